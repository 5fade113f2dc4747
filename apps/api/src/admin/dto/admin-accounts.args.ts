import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Role } from '@dvc/shared/domain';
import '../../account/models/account-enums';

export const ADMIN_ACCOUNTS_DEFAULT_PAGE_SIZE = 20;
export const ADMIN_ACCOUNTS_MAX_PAGE_SIZE = 100;

@InputType('AdminAccountFilter', { description: 'Bộ lọc danh sách tài khoản.' })
export class AdminAccountFilter {
  @Field(() => String, { nullable: true, description: 'Tên đăng nhập, e-mail hoặc họ tên (một phần).' })
  search?: string | null;
  @Field(() => Role, { description: 'Chỉ tài khoản có vai trò này.', nullable: true })
  role?: Role | null;
  @Field(() => ID, { description: 'Chỉ tài khoản của cơ quan này.', nullable: true })
  agencyId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: đang hoạt động; false: đã khóa.' })
  active?: boolean | null;
}

@ArgsType()
export class AdminAccountsArgs {
  @Field(() => AdminAccountFilter, { description: 'Điều kiện lọc.', nullable: true })
  filter?: AdminAccountFilter | null;
  @Field(() => Int, { description: 'Trang, từ 1.', nullable: true, defaultValue: 1 })
  page: number;
  @Field(() => Int, {
    description: 'Số mục mỗi trang.',
    nullable: true,
    defaultValue: ADMIN_ACCOUNTS_DEFAULT_PAGE_SIZE,
  })
  pageSize: number;
}

@InputType('InviteAccountInput', { description: 'Tài khoản cán bộ hoặc quản trị được mời.' })
export class InviteAccountInput {
  @Field({ description: 'Tên đăng nhập.' })
  username: string;
  @Field({ description: 'E-mail nhận liên kết đặt mật khẩu.' })
  email: string;
  @Field({ description: 'Họ và tên.' })
  fullName: string;
  @Field(() => Role, { description: 'OFFICER hoặc ADMIN.' })
  role: Role;
  @Field(() => ID, { nullable: true, description: 'Bắt buộc với cán bộ (OFFICER).' })
  agencyId?: string | null;
}
