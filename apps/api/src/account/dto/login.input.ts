import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class LoginInput {
  @Field({ description: 'Tên đăng nhập hoặc e-mail.' })
  username: string;

  @Field()
  password: string;

  @Field({ defaultValue: false, description: 'Tự động đăng nhập lần sau: phiên 30 ngày, cookie lâu dài.' })
  rememberMe: boolean;
}
