import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Mã truy cập API của một ứng dụng tích hợp (chỉ lưu giá trị băm có khóa).' })
export class ApiToken {
  @Field(() => ID, { description: 'Mã định danh của mã truy cập.' })
  id: string;

  @Field({ description: 'Vài ký tự đầu của mã, để phân biệt các mã (không đủ để dùng).' })
  prefix: string;

  @Field({ description: 'Thời điểm tạo.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Hết hạn lúc (không có: không hết hạn).' })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Thu hồi lúc.' })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Lần dùng gần nhất.' })
  lastUsedAt: Date | null;

  @Field(() => Int, { description: 'Số yêu cầu đã gửi bằng mã này.' })
  requestCount: number;

  @Field({ description: 'Còn dùng được: chưa thu hồi và chưa hết hạn.' })
  active: boolean;
}

@ObjectType({ description: 'Mã truy cập vừa tạo: giá trị bí mật chỉ hiển thị một lần.' })
export class CreatedApiToken {
  @Field(() => ApiToken, { description: 'Mã truy cập vừa tạo.' })
  token: ApiToken;

  @Field({ description: 'Giá trị bí mật, gửi trong tiêu đề Authorization: Bearer. Không thể xem lại.' })
  secret: string;
}

@ObjectType({ description: 'Địa chỉ webhook của một ứng dụng tích hợp.' })
export class Webhook {
  @Field(() => ID, { description: 'Mã định danh của webhook.' })
  id: string;

  @Field(() => ID, { description: 'Ứng dụng sở hữu webhook.' })
  clientId: string;

  @Field({ description: 'Địa chỉ nhận (https khi vận hành thật).' })
  url: string;

  @Field(() => [String], { description: 'Các sự kiện được gửi, ví dụ dossier.submitted.' })
  events: string[];

  @Field({ description: 'Thời điểm đăng ký.' })
  createdAt: Date;
}

@ObjectType({ description: 'Webhook vừa đăng ký: khóa ký chỉ hiển thị một lần.' })
export class CreatedWebhook {
  @Field(() => Webhook, { description: 'Webhook vừa đăng ký.' })
  webhook: Webhook;

  @Field({ description: 'Khóa ký whsec_… (Standard Webhooks). Không thể xem lại.' })
  secret: string;
}

@ObjectType({ description: 'Một lần gửi webhook: mã trạng thái và thời gian phản hồi.' })
export class WebhookAttempt {
  @Field({ description: 'Thời điểm gửi.' })
  attemptedAt: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'Mã trạng thái HTTP nhận được (không có: không phản hồi).',
  })
  statusCode: number | null;

  @Field(() => Int, { description: 'Thời gian chờ phản hồi (ms).' })
  durationMs: number;

  @Field(() => String, { nullable: true, description: 'Lỗi kết nối, nếu có.' })
  error: string | null;
}

@ObjectType({ description: 'Một sự kiện cần gửi tới một webhook, với nhật ký các lần gửi.' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'Mã sự kiện (tiêu đề webhook-id, giữ nguyên khi gửi lại).' })
  id: string;

  @Field({ description: 'Loại sự kiện, ví dụ dossier.status_changed.' })
  eventType: string;

  @Field({ description: 'PENDING (chờ gửi), DELIVERED (đã nhận 2xx) hoặc FAILED (đã thôi thử lại).' })
  status: string;

  @Field(() => Int, { description: 'Số lần đã gửi.' })
  attempts: number;

  @Field({ description: 'Nội dung JSON được gửi.' })
  payload: string;

  @Field({ description: 'Thời điểm phát sinh sự kiện.' })
  createdAt: Date;

  @Field({ description: 'Lần gửi tiếp theo (khi đang chờ).' })
  nextAttemptAt: Date;

  @Field(() => Date, { nullable: true, description: 'Thời điểm bên nhận xác nhận.' })
  deliveredAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Mã trạng thái HTTP của lần gửi gần nhất.' })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true, description: 'Lỗi của lần gửi gần nhất.' })
  lastError: string | null;

  @Field(() => [WebhookAttempt], { description: 'Các lần gửi, cũ trước.' })
  log: WebhookAttempt[];
}

@ObjectType({ description: 'Ứng dụng tích hợp (hệ thống bên ngoài) gọi API bằng mã truy cập.' })
export class ApiClient {
  @Field(() => ID, { description: 'Mã định danh của ứng dụng.' })
  id: string;

  @Field({ description: 'Tên ứng dụng, hiển thị trong lịch sử xử lý hồ sơ.' })
  name: string;

  @Field(() => ID, { nullable: true, description: 'Cơ quan của ứng dụng (không có: toàn cổng).' })
  agencyId: string | null;

  @Field(() => String, { nullable: true, description: 'Tên cơ quan của ứng dụng.' })
  agencyName: string | null;

  @Field(() => [String], {
    description: 'Phạm vi: catalog:read, dossiers:read, dossiers:process, catalog:write.',
  })
  scopes: string[];

  @Field({ description: 'Đang hoạt động (ngừng: mọi mã truy cập bị từ chối).' })
  active: boolean;

  @Field({ description: 'Thời điểm tạo.' })
  createdAt: Date;

  @Field(() => Int, { description: 'Tổng số yêu cầu của mọi mã truy cập.' })
  requestCount: number;

  @Field(() => [ApiToken], { description: 'Các mã truy cập, mới trước.' })
  tokens: ApiToken[];

  @Field(() => [Webhook], { description: 'Các webhook đã đăng ký.' })
  webhooks: Webhook[];
}
