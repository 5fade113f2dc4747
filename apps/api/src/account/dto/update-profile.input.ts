import { Field, InputType } from '@nestjs/graphql';
import { Gender } from '../models/account-enums';

@InputType({
  description: 'Sửa hồ sơ cá nhân; chỉ các trường được gửi mới thay đổi (null xóa trường địa chỉ).',
})
export class UpdateProfileInput {
  @Field(() => String, { description: 'Họ và tên.', nullable: true })
  fullName?: string | null;

  @Field(() => Gender, { description: 'Giới tính.', nullable: true })
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  dateOfBirth?: string | null;

  @Field(() => String, { description: 'Số điện thoại.', nullable: true })
  phone?: string | null;

  @Field(() => String, { description: 'Mã tỉnh, thành phố.', nullable: true })
  provinceCode?: string | null;

  @Field(() => String, { description: 'Xã, phường.', nullable: true })
  commune?: string | null;

  @Field(() => String, { description: 'Số nhà, đường, thôn, xóm.', nullable: true })
  street?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'E-mail mới: có hiệu lực sau khi xác thực qua liên kết gửi tới địa chỉ mới.',
  })
  email?: string | null;
}
