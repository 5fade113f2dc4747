import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Captcha', {
  description: 'Mã xác nhận: ảnh SVG của một chuỗi ngẫu nhiên, dùng một lần trong 5 phút.',
})
export class CaptchaModel {
  @Field(() => ID, { description: 'Gửi lại cùng câu trả lời (captchaId).' })
  id: string;

  @Field({ description: 'Ảnh SVG (image/svg+xml) để hiển thị.' })
  svg: string;

  @Field({ description: 'Mã kiểm tra hết hạn lúc.' })
  expiresAt: Date;
}
