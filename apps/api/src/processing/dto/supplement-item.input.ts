import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('SupplementItemInput', {
  description: 'Một nội dung cần bổ sung: componentId hoặc fieldKey (ít nhất một), kèm nhận xét.',
})
export class SupplementItemInput {
  @Field(() => ID, { nullable: true })
  componentId?: string | null;

  @Field(() => String, { nullable: true })
  fieldKey?: string | null;

  @Field()
  comment: string;
}
