import { Field, InputType } from '@nestjs/graphql';

@InputType('CreateSectorInput', { description: 'Lĩnh vực mới.' })
export class CreateSectorInput {
  @Field({ description: 'Mã lĩnh vực (chữ in hoa, số, dấu gạch), ví dụ "HO-TICH".' })
  code: string;

  @Field({ description: 'Tên.' })
  name: string;
}

@InputType('UpdateSectorInput', { description: 'Thay đổi lĩnh vực; trường bỏ trống giữ nguyên.' })
export class UpdateSectorInput {
  @Field({ description: 'Mã lĩnh vực mới.', nullable: true })
  code?: string;

  @Field({ description: 'Tên.', nullable: true })
  name?: string;

  @Field({ nullable: true, description: 'true để hoạt động trở lại.' })
  active?: boolean;
}
