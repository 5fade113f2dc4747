import { Field, ObjectType } from '@nestjs/graphql';
import { AccountModel } from './account.model';

@ObjectType({ description: 'Kết quả đăng ký: tài khoản chưa xác thực, thư xác thực đã được gửi.' })
export class RegisterPayload {
  @Field({ description: 'Tên đăng nhập của tài khoản vừa tạo.' })
  username: string;

  @Field({ description: 'Địa chỉ nhận thư xác thực.' })
  email: string;

  @Field({ description: 'Luôn false: tài khoản cần xác thực e-mail trước khi đăng nhập.' })
  emailVerified: boolean;
}

@ObjectType({ description: 'Kết quả đăng nhập; cookie phiên được đặt trong phản hồi HTTP.' })
export class LoginPayload {
  @Field(() => AccountModel, { description: 'Tài khoản vừa đăng nhập.' })
  account: AccountModel;

  @Field({ description: 'Phiên được ghi nhớ (Tự động đăng nhập lần sau).' })
  rememberMe: boolean;
}
