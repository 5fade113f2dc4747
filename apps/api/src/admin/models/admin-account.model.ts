import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@dvc/shared/domain';
import '../../account/models/account-enums';
import { Paged } from '../../common/graphql/paged';

@ObjectType('AdminAccount', {
  description: 'Tài khoản như quản trị viên thấy (không có mật khẩu hay dữ liệu hồ sơ).',
})
export class AdminAccountModel {
  @Field(() => ID, { description: 'Mã định danh.' })
  id: string;
  @Field({ description: 'Tên đăng nhập.' })
  username: string;
  @Field({ description: 'Địa chỉ e-mail.' })
  email: string;
  @Field({ description: 'Họ và tên.' })
  fullName: string;
  @Field(() => Role, { description: 'Vai trò: CITIZEN, OFFICER hoặc ADMIN.' })
  role: Role;
  @Field(() => ID, { description: 'Cơ quan của cán bộ.', nullable: true })
  agencyId: string | null;
  @Field(() => String, { description: 'Tên cơ quan của cán bộ.', nullable: true })
  agencyName: string | null;
  @Field({ description: 'false: đã bị khóa bởi quản trị viên.' })
  active: boolean;
  @Field(() => Date, { description: 'Ngừng hoạt động lúc (không có: đang hoạt động).', nullable: true })
  deactivatedAt: Date | null;
  @Field(() => Date, { description: 'Lần đăng nhập gần nhất.', nullable: true })
  lastLoginAt: Date | null;
  @Field({ description: 'false: chưa đặt mật khẩu từ thư mời hoặc chưa xác thực e-mail.' })
  emailVerified: boolean;
  @Field({ description: 'Thời điểm tạo.' })
  createdAt: Date;
}

@ObjectType('AdminAccountPage', { description: 'Một trang danh sách tài khoản.' })
export class AdminAccountPageModel extends Paged(AdminAccountModel, {
  items: 'Các tài khoản của trang.',
}) {}
