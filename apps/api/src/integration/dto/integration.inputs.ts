import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'Ứng dụng tích hợp mới.' })
export class CreateApiClientInput {
  @Field({ description: 'Tên ứng dụng (3–100 ký tự).' })
  name: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Cơ quan (bắt buộc với phạm vi hồ sơ; bỏ trống: toàn cổng).',
  })
  agencyId?: string | null;

  @Field(() => [String], { description: 'Phạm vi được cấp (ít nhất một).' })
  scopes: string[];
}

@InputType({ description: 'Thay đổi ứng dụng tích hợp; trường bỏ trống giữ nguyên.' })
export class UpdateApiClientInput {
  @Field(() => String, { nullable: true, description: 'Tên mới.' })
  name?: string | null;

  @Field(() => [String], { nullable: true, description: 'Phạm vi mới (thay toàn bộ).' })
  scopes?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Bật hoặc ngừng ứng dụng.' })
  active?: boolean | null;
}
