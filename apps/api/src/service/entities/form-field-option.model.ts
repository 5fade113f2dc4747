import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('FormFieldOption', { description: 'Một lựa chọn của trường select.' })
export class FormFieldOptionModel {
  @Field()
  value: string;

  @Field()
  label: string;
}
