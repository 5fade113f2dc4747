import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('SupplementItemInput', {
  description: 'Một nội dung cần bổ sung: componentId hoặc fieldKey (ít nhất một), kèm nhận xét.',
})
export class SupplementItemInput {
  @Field(() => ID, { description: 'Thành phần hồ sơ cần bổ sung (nếu có).', nullable: true })
  componentId?: string | null;

  @Field(() => String, { description: 'Trường thông tin cần sửa (nếu có).', nullable: true })
  fieldKey?: string | null;

  @Field({ description: 'Điều cần bổ sung, sửa đổi.' })
  comment: string;
}
