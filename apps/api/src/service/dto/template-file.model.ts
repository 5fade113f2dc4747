import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TemplateFile', { description: 'Mẫu đơn, tờ khai tải về của một thành phần hồ sơ.' })
export class TemplateFile {
  @Field({ description: 'Tên tệp.' })
  fileName: string;

  @Field({ description: 'Kiểu nội dung (MIME).' })
  mimeType: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Dung lượng (byte); null khi mẫu được tạo tự động và chưa được tải lần nào.',
  })
  size: number | null;

  @Field({ description: 'Đường dẫn tải về (công khai), ví dụ /files/templates/<id>.' })
  url: string;
}
