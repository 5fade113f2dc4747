import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'Thông tin đăng nhập.' })
export class LoginInput {
  @Field({ description: 'Tên đăng nhập hoặc e-mail.' })
  username: string;

  @Field({ description: 'Mật khẩu.' })
  password: string;

  @Field({ defaultValue: false, description: 'Tự động đăng nhập lần sau: phiên 30 ngày, cookie lâu dài.' })
  rememberMe: boolean;
}
