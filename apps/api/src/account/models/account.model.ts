import { findProvince } from '@dvc/shared/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { type AccountEntity, personalDetails } from '../entities/account.entity';
import { Gender, Role } from './account-enums';

@ObjectType('Account', { description: 'Tài khoản người dùng của cổng.' })
export class AccountModel {
  @Field(() => ID, { description: 'Mã định danh.' })
  id: string;

  @Field({ description: 'Tên đăng nhập (chữ thường).' })
  username: string;

  @Field({ description: 'Địa chỉ e-mail đã xác thực (hoặc chờ xác thực khi mới đăng ký).' })
  email: string;

  @Field({ description: 'E-mail đã được xác thực chưa.' })
  emailVerified: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Địa chỉ e-mail mới đang chờ xác thực; `email` chỉ đổi sau khi xác thực.',
  })
  pendingEmail: string | null;

  @Field({ description: 'Họ và tên.' })
  fullName: string;

  @Field(() => String, { nullable: true, description: 'Số CCCD (12 chữ số).' })
  citizenId: string | null;

  @Field(() => String, { nullable: true, description: 'Ngày sinh, dạng YYYY-MM-DD.' })
  dateOfBirth: string | null;

  @Field(() => Gender, { description: 'Giới tính.', nullable: true })
  gender: Gender | null;

  @Field(() => String, { nullable: true, description: 'Số điện thoại di động.' })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'Mã tỉnh/thành phố (2 chữ số, 34 đơn vị).' })
  provinceCode: string | null;

  @Field(() => String, { nullable: true, description: 'Tên tỉnh/thành phố.' })
  provinceName: string | null;

  @Field(() => String, { nullable: true, description: 'Xã/phường/đặc khu.' })
  commune: string | null;

  @Field(() => String, { nullable: true, description: 'Địa chỉ (số nhà, đường, thôn/xóm).' })
  street: string | null;

  @Field(() => Role, { description: 'Vai trò: CITIZEN, OFFICER hoặc ADMIN.' })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Cơ quan của cán bộ; null với công dân và quản trị.' })
  agencyId: string | null;

  @Field({ description: 'Thời điểm tạo.' })
  createdAt: Date;

  static from(account: AccountEntity): AccountModel {
    return {
      id: account.id,
      username: account.username,
      email: account.email,
      emailVerified: account.emailVerifiedAt !== null,
      pendingEmail: account.pendingEmail,
      ...personalDetails(account),
      provinceName: account.provinceCode ? (findProvince(account.provinceCode)?.name ?? null) : null,
      role: account.role,
      agencyId: account.agencyId,
      createdAt: account.createdAt,
    };
  }
}
