import { Field, Float, InputType, Int } from '@nestjs/graphql';

@InputType('CreateDocumentComponentInput', { description: 'Thành phần hồ sơ mới của thủ tục.' })
export class CreateDocumentComponentInput {
  @Field({ description: 'Tên.' })
  name: string;

  @Field({ description: 'Mô tả.', nullable: true })
  description?: string;

  @Field({ description: 'Bắt buộc.', defaultValue: true })
  required: boolean;

  @Field(() => Int, { description: 'Số bản chính cần nộp.', defaultValue: 1 })
  originals: number;

  @Field(() => Int, { description: 'Số bản sao cần nộp.', defaultValue: 0 })
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

@InputType('UpdateDocumentComponentInput', {
  description: 'Thay đổi thành phần hồ sơ; trường bỏ trống giữ nguyên.',
})
export class UpdateDocumentComponentInput {
  @Field({ description: 'Tên.', nullable: true })
  name?: string;

  @Field({ description: 'Mô tả.', nullable: true })
  description?: string;

  @Field({ description: 'Bắt buộc.', nullable: true })
  required?: boolean;

  @Field(() => Int, { description: 'Số bản chính cần nộp.', nullable: true })
  originals?: number;

  @Field(() => Int, { description: 'Số bản sao cần nộp.', nullable: true })
  copies?: number;

  @Field(() => [String], {
    description: 'Định dạng tệp được nhận (phần mở rộng, ví dụ pdf, jpg).',
    nullable: true,
  })
  acceptedTypes?: string[];

  @Field(() => Float, { description: 'Dung lượng tối đa mỗi tệp (MB).', nullable: true })
  maxSizeMb?: number;

  @Field(() => Int, { description: 'Thứ tự hiển thị.', nullable: true })
  position?: number;

  @Field({ description: 'Đang hoạt động (false: đã ngừng, không còn hiện trong danh mục).', nullable: true })
  active?: boolean;

  @Field({ description: 'Thành phần là tờ khai được điền từ form thông tin.', nullable: true })
  isDeclaration?: boolean;

  @Field({ nullable: true, description: 'Chỉ khi isDeclaration; bỏ isDeclaration thì cũng bỏ cờ này.' })
  requiresSignature?: boolean;
}
