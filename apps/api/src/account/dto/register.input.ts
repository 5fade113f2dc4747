import { Field, InputType } from '@nestjs/graphql';
import { Gender } from '../models/account-enums';

@InputType({ description: 'Đăng ký tài khoản công dân. Các trường có dấu (*) trên cổng là bắt buộc.' })
export class RegisterInput {
  @Field({ description: 'Họ và tên (*).' })
  fullName: string;

  @Field({ description: 'Tên đăng nhập (*): 4–30 ký tự a-z, 0-9, . _ -' })
  username: string;

  @Field({ description: 'E-mail (*): nhận thư xác thực.' })
  email: string;

  @Field({ description: 'Mật khẩu (*): 8–128 ký tự, không nằm trong danh sách mật khẩu phổ biến.' })
  password: string;

  @Field({ description: 'Số CCCD (*): 12 chữ số.' })
  citizenId: string;

  @Field({ description: 'Ngày sinh (*), dạng YYYY-MM-DD.' })
  dateOfBirth: string;

  @Field(() => Gender, { description: 'Giới tính (*).' })
  gender: Gender;

  @Field({ description: 'Số điện thoại di động (*).' })
  phone: string;

  @Field(() => String, { nullable: true, description: 'Mã tỉnh/thành phố (34 đơn vị).' })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Xã/phường/đặc khu.' })
  commune?: string | null;

  @Field(() => String, { nullable: true, description: 'Địa chỉ (số nhà, đường…).' })
  street?: string | null;

  @Field({ description: 'Mã của captcha (query `captcha`).' })
  captchaId: string;

  @Field({ description: 'Mã xác nhận người dùng nhập (không phân biệt hoa thường).' })
  captchaAnswer: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Đồng ý với Chính sách bảo vệ dữ liệu cá nhân (*), trang /chinh-sach-bao-ve-du-lieu. Thiếu hoặc false: CONSENT_REQUIRED.',
  })
  privacyConsent?: boolean | null;
}
