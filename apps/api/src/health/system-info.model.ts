import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Facts about this deployment, for integrators checking the connection.' })
export class SystemInfo {
  @Field({ description: 'Tên cổng: "Cổng Dịch vụ công trực tuyến".' })
  name: string;

  @Field({ description: 'Phiên bản của máy chủ API.' })
  version: string;

  @Field({ description: 'Giờ máy chủ (UTC, ISO 8601).' })
  serverTime: Date;

  @Field({ description: 'Múi giờ hiển thị ngày giờ cho người dùng.' })
  displayTimeZone: string;
}
