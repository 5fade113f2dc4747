import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '@dvc/shared/domain';
import '../../account/models/account-enums';

@ObjectType('AdminAccount', {
  description: 'Tài khoản như quản trị viên thấy (không có mật khẩu hay dữ liệu hồ sơ).',
})
export class AdminAccountModel {
  @Field(() => ID)
  id: string;
  @Field()
  username: string;
  @Field()
  email: string;
  @Field()
  fullName: string;
  @Field(() => Role)
  role: Role;
  @Field(() => ID, { nullable: true })
  agencyId: string | null;
  @Field(() => String, { nullable: true })
  agencyName: string | null;
  @Field({ description: 'false: đã bị khóa bởi quản trị viên.' })
  active: boolean;
  @Field(() => Date, { nullable: true })
  deactivatedAt: Date | null;
  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;
  @Field({ description: 'false: chưa đặt mật khẩu từ thư mời hoặc chưa xác thực e-mail.' })
  emailVerified: boolean;
  @Field()
  createdAt: Date;
}

@ObjectType('AdminAccountPage')
export class AdminAccountPageModel {
  @Field(() => [AdminAccountModel])
  items: AdminAccountModel[];
  @Field(() => Int)
  totalCount: number;
  @Field(() => Int)
  page: number;
  @Field(() => Int)
  pageSize: number;
}
