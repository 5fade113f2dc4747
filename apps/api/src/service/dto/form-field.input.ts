import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { FormFieldType } from '../entities/catalog-enums';

@InputType('FormFieldOptionInput')
export class FormFieldOptionInput {
  @Field()
  value: string;

  @Field()
  label: string;
}

@InputType('CreateFormFieldInput')
export class CreateFormFieldInput {
  @Field({ description: 'Khóa (camelCase), duy nhất trong form của thủ tục.' })
  key: string;

  @Field()
  label: string;

  @Field({ nullable: true })
  help?: string;

  @Field(() => FormFieldType)
  type: FormFieldType;

  @Field({ defaultValue: false })
  required: boolean;

  @Field(() => [FormFieldOptionInput], { nullable: true })
  options?: FormFieldOptionInput[];

  @Field(() => Int, { nullable: true })
  minLength?: number;

  @Field(() => Int, { nullable: true })
  maxLength?: number;

  @Field(() => Float, { nullable: true })
  min?: number;

  @Field(() => Float, { nullable: true })
  max?: number;

  @Field({ nullable: true })
  pattern?: string;

  @Field(() => Int, { nullable: true, description: 'Thứ tự; mặc định xếp cuối.' })
  position?: number;
}

@InputType('UpdateFormFieldInput', {
  description: 'Trường để trống (không gửi) thì giữ nguyên; null để xóa giá trị.',
})
export class UpdateFormFieldInput {
  @Field({ nullable: true })
  key?: string;

  @Field({ nullable: true })
  label?: string;

  @Field(() => String, { nullable: true })
  help?: string | null;

  @Field(() => FormFieldType, { nullable: true })
  type?: FormFieldType;

  @Field({ nullable: true })
  required?: boolean;

  @Field(() => [FormFieldOptionInput], { nullable: true })
  options?: FormFieldOptionInput[] | null;

  @Field(() => Int, { nullable: true })
  minLength?: number | null;

  @Field(() => Int, { nullable: true })
  maxLength?: number | null;

  @Field(() => Float, { nullable: true })
  min?: number | null;

  @Field(() => Float, { nullable: true })
  max?: number | null;

  @Field(() => String, { nullable: true })
  pattern?: string | null;

  @Field(() => Int, { nullable: true })
  position?: number;

  @Field({ nullable: true })
  active?: boolean;
}
