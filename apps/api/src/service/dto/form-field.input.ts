import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { FormFieldType } from '../entities/catalog-enums';

@InputType('FormFieldOptionInput', { description: 'Một lựa chọn của trường chọn.' })
export class FormFieldOptionInput {
  @Field({ description: 'Giá trị lưu.' })
  value: string;

  @Field({ description: 'Nhãn hiển thị.' })
  label: string;
}

@InputType('CreateFormFieldInput', { description: 'Trường mới của form thông tin.' })
export class CreateFormFieldInput {
  @Field({ description: 'Khóa (camelCase), duy nhất trong form của thủ tục.' })
  key: string;

  @Field({ description: 'Nhãn hiển thị.' })
  label: string;

  @Field({ description: 'Hướng dẫn nhập, hiển thị dưới trường.', nullable: true })
  help?: string;

  @Field(() => FormFieldType, { description: 'Kiểu trường: TEXT, TEXTAREA, NUMBER, DATE, SELECT…' })
  type: FormFieldType;

  @Field({ description: 'Bắt buộc.', defaultValue: false })
  required: boolean;

  @Field(() => [FormFieldOptionInput], { description: 'Các lựa chọn (trường chọn).', nullable: true })
  options?: FormFieldOptionInput[];

  @Field(() => Int, { description: 'Độ dài tối thiểu (ký tự).', nullable: true })
  minLength?: number;

  @Field(() => Int, { description: 'Độ dài tối đa (ký tự).', nullable: true })
  maxLength?: number;

  @Field(() => Float, { description: 'Giá trị nhỏ nhất (trường số).', nullable: true })
  min?: number;

  @Field(() => Float, { description: 'Giá trị lớn nhất (trường số).', nullable: true })
  max?: number;

  @Field({ description: 'Biểu thức chính quy giá trị phải khớp.', nullable: true })
  pattern?: string;

  @Field(() => Int, { nullable: true, description: 'Thứ tự; mặc định xếp cuối.' })
  position?: number;
}

@InputType('UpdateFormFieldInput', {
  description: 'Trường để trống (không gửi) thì giữ nguyên; null để xóa giá trị.',
})
export class UpdateFormFieldInput {
  @Field({ description: 'Khóa mới của trường.', nullable: true })
  key?: string;

  @Field({ description: 'Nhãn hiển thị.', nullable: true })
  label?: string;

  @Field(() => String, { description: 'Hướng dẫn nhập, hiển thị dưới trường.', nullable: true })
  help?: string | null;

  @Field(() => FormFieldType, {
    description: 'Kiểu trường: TEXT, TEXTAREA, NUMBER, DATE, SELECT…',
    nullable: true,
  })
  type?: FormFieldType;

  @Field({ description: 'Bắt buộc.', nullable: true })
  required?: boolean;

  @Field(() => [FormFieldOptionInput], { description: 'Các lựa chọn (trường chọn).', nullable: true })
  options?: FormFieldOptionInput[] | null;

  @Field(() => Int, { description: 'Độ dài tối thiểu (ký tự).', nullable: true })
  minLength?: number | null;

  @Field(() => Int, { description: 'Độ dài tối đa (ký tự).', nullable: true })
  maxLength?: number | null;

  @Field(() => Float, { description: 'Giá trị nhỏ nhất (trường số).', nullable: true })
  min?: number | null;

  @Field(() => Float, { description: 'Giá trị lớn nhất (trường số).', nullable: true })
  max?: number | null;

  @Field(() => String, { description: 'Biểu thức chính quy giá trị phải khớp.', nullable: true })
  pattern?: string | null;

  @Field(() => Int, { description: 'Thứ tự hiển thị.', nullable: true })
  position?: number;

  @Field({ description: 'Đang hoạt động (false: đã ngừng, không còn hiện trong danh mục).', nullable: true })
  active?: boolean;
}
