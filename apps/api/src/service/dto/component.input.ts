import { Field, Float, InputType, Int } from '@nestjs/graphql';

@InputType('CreateDocumentComponentInput')
export class CreateDocumentComponentInput {
  @Field()
  name: string;

  @Field({ nullable: true })
  description?: string;

  @Field({ defaultValue: true })
  required: boolean;

  @Field(() => Int, { defaultValue: 1 })
  originals: number;

  @Field(() => Int, { defaultValue: 0 })
  copies: number;

  @Field(() => [String], { description: 'pdf, jpg, png, doc, docx, xls, xlsx, odt, ods' })
  acceptedTypes: string[];

  @Field(() => Float, { description: 'MB, không vượt giới hạn tải lên của hệ thống.' })
  maxSizeMb: number;

  @Field(() => Int, { nullable: true, description: 'Thứ tự; mặc định xếp cuối.' })
  position?: number;

  @Field({ defaultValue: false, description: 'Tờ khai/đơn của chính thủ tục, được lập từ form thông tin.' })
  isDeclaration: boolean;

  @Field({ defaultValue: false, description: 'Tờ khai vẫn phải ký và đính kèm (chỉ khi isDeclaration).' })
  requiresSignature: boolean;
}

@InputType('UpdateDocumentComponentInput')
export class UpdateDocumentComponentInput {
  @Field({ nullable: true })
  name?: string;

  @Field({ nullable: true })
  description?: string;

  @Field({ nullable: true })
  required?: boolean;

  @Field(() => Int, { nullable: true })
  originals?: number;

  @Field(() => Int, { nullable: true })
  copies?: number;

  @Field(() => [String], { nullable: true })
  acceptedTypes?: string[];

  @Field(() => Float, { nullable: true })
  maxSizeMb?: number;

  @Field(() => Int, { nullable: true })
  position?: number;

  @Field({ nullable: true })
  active?: boolean;

  @Field({ nullable: true })
  isDeclaration?: boolean;

  @Field({ nullable: true, description: 'Chỉ khi isDeclaration; bỏ isDeclaration thì cũng bỏ cờ này.' })
  requiresSignature?: boolean;
}
