import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Role } from '@dvc/shared/domain';
import '../../account/models/account-enums';

export const ADMIN_ACCOUNTS_DEFAULT_PAGE_SIZE = 20;
export const ADMIN_ACCOUNTS_MAX_PAGE_SIZE = 100;

@InputType('AdminAccountFilter')
export class AdminAccountFilter {
  @Field(() => String, { nullable: true, description: 'Tên đăng nhập, e-mail hoặc họ tên (một phần).' })
  search?: string | null;
  @Field(() => Role, { nullable: true })
  role?: Role | null;
  @Field(() => ID, { nullable: true })
  agencyId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: đang hoạt động; false: đã khóa.' })
  active?: boolean | null;
}

@ArgsType()
export class AdminAccountsArgs {
  @Field(() => AdminAccountFilter, { nullable: true })
  filter?: AdminAccountFilter | null;
  @Field(() => Int, { nullable: true, defaultValue: 1 })
  page: number;
  @Field(() => Int, { nullable: true, defaultValue: ADMIN_ACCOUNTS_DEFAULT_PAGE_SIZE })
  pageSize: number;
}

@InputType('InviteAccountInput')
export class InviteAccountInput {
  @Field()
  username: string;
  @Field()
  email: string;
  @Field()
  fullName: string;
  @Field(() => Role, { description: 'OFFICER hoặc ADMIN.' })
  role: Role;
  @Field(() => ID, { nullable: true, description: 'Bắt buộc với cán bộ (OFFICER).' })
  agencyId?: string | null;
}
