import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('DataExportLink', {
  description: 'Liên kết tải tệp ZIP dữ liệu cá nhân: dùng được một lần, trong 1 giờ, khi đã đăng nhập.',
})
export class DataExportLinkModel {
  @Field({ description: 'Đường dẫn tải (tương đối với cổng), ví dụ /files/exports/<mã>.' })
  url: string;

  @Field({ description: 'Thời điểm liên kết hết hạn.' })
  expiresAt: Date;
}
