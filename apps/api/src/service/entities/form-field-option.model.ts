import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('FormFieldOption', { description: 'Một lựa chọn của trường select.' })
export class FormFieldOptionModel {
  @Field({ description: 'Giá trị lưu.' })
  value: string;

  @Field({ description: 'Nhãn hiển thị.' })
  label: string;
}
