import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { FormFieldOption } from '@dvc/shared/domain';
import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { FormFieldType } from './catalog-enums';
import { FormFieldOptionModel } from './form-field-option.model';
import { CatalogEntity } from './catalog-entity';

/** One field of a procedure's intake form (form thông tin tiếp nhận hồ sơ), in `position` order. */
@ObjectType('FormField', { description: 'Trường của form thông tin tiếp nhận hồ sơ.' })
@Index('IDX_form_fields_procedure_position', ['procedureId', 'position'])
@Index('UQ_form_fields_procedure_key', ['procedureId', 'key'], { unique: true })
@ForeignKey('service_procedures', ['procedureId'], ['id'], { name: 'FK_form_fields_procedure' })
@Entity('form_fields')
export class FormFieldEntity extends CatalogEntity {
  @Field(() => ID, { description: 'Mã định danh của thủ tục.' })
  @Column({ name: 'procedure_id', type: 'varchar', length: 36 })
  procedureId: string;

  @Field(() => Int, { description: 'Thứ tự hiển thị.' })
  @Column({ type: 'int' })
  position: number;

  @Field({ description: 'Khóa của giá trị trong formData, ví dụ "childFullName".' })
  @Column({ name: 'field_key', type: 'varchar', length: 64 })
  key: string;

  @Field({ description: 'Nhãn hiển thị.' })
  @Column({ type: 'varchar', length: 255 })
  label: string;

  @Field(() => String, { description: 'Hướng dẫn nhập, hiển thị dưới trường.', nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  help: string | null;

  @Field(() => FormFieldType, { description: 'Kiểu trường: TEXT, TEXTAREA, NUMBER, DATE, SELECT…' })
  @Column({ type: 'varchar', length: 16 })
  type: FormFieldType;

  @Field({ description: 'Bắt buộc.' })
  @Column({ type: 'boolean', width: 1, default: false })
  required: boolean;

  @Field(() => [FormFieldOptionModel], { nullable: true, description: 'Lựa chọn của trường select.' })
  @Column({ type: 'simple-json', nullable: true })
  options: FormFieldOption[] | null;

  @Field(() => Int, { description: 'Độ dài tối thiểu (ký tự).', nullable: true })
  @Column({ name: 'min_length', type: 'int', nullable: true })
  minLength: number | null;

  @Field(() => Int, { description: 'Độ dài tối đa (ký tự).', nullable: true })
  @Column({ name: 'max_length', type: 'int', nullable: true })
  maxLength: number | null;

  @Field(() => Float, { nullable: true, description: 'Giá trị nhỏ nhất (number).' })
  @Column({ name: 'min_value', type: 'double', nullable: true })
  min: number | null;

  @Field(() => Float, { nullable: true, description: 'Giá trị lớn nhất (number).' })
  @Column({ name: 'max_value', type: 'double', nullable: true })
  max: number | null;

  @Field(() => String, { nullable: true, description: 'Biểu thức chính quy (JavaScript) cho trường text.' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  pattern: string | null;
}
