import { Field, ID, InputType } from '@nestjs/graphql';
import { AgencyLevel } from '../entities/catalog-enums';

@InputType('CreateAgencyInput', { description: 'Cơ quan mới.' })
export class CreateAgencyInput {
  @Field({ description: 'Mã cơ quan (chữ in hoa, số, dấu chấm), ví dụ "000.00.12.H29".' })
  code: string;

  @Field({ description: 'Tên.' })
  name: string;

  @Field(() => AgencyLevel, { description: 'Cấp: MINISTRY (bộ, ngành), PROVINCE (tỉnh) hoặc COMMUNE (xã).' })
  level: AgencyLevel;

  @Field(() => ID, { description: 'Cơ quan cấp trên.', nullable: true })
  parentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Mã tỉnh/thành phố (bắt buộc với cơ quan địa phương).',
  })
  provinceCode?: string | null;
}

@InputType('UpdateAgencyInput', { description: 'Thay đổi cơ quan; trường bỏ trống giữ nguyên.' })
export class UpdateAgencyInput {
  @Field({ description: 'Mã cơ quan mới.', nullable: true })
  code?: string;

  @Field({ description: 'Tên.', nullable: true })
  name?: string;

  @Field(() => AgencyLevel, {
    description: 'Cấp: MINISTRY (bộ, ngành), PROVINCE (tỉnh) hoặc COMMUNE (xã).',
    nullable: true,
  })
  level?: AgencyLevel;

  @Field(() => ID, { nullable: true, description: 'null để bỏ cơ quan cấp trên.' })
  parentId?: string | null;

  @Field(() => String, { description: 'Mã tỉnh, thành phố.', nullable: true })
  provinceCode?: string | null;

  @Field({ nullable: true, description: 'true để hoạt động trở lại.' })
  active?: boolean;
}
