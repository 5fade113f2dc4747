import { Field, ID, InputType } from '@nestjs/graphql';
import { OnlineLevel } from '../entities/catalog-enums';

@InputType('ServiceFilter', { description: 'Bộ lọc danh sách dịch vụ công.' })
export class ServiceFilterInput {
  @Field({
    nullable: true,
    description:
      'Từ khóa: không phân biệt hoa thường, có dấu hay không dấu (đ = d), thứ tự từ tùy ý; tìm theo mã, tên và mô tả.',
  })
  search?: string;

  @Field(() => ID, { description: 'Chỉ thủ tục của cơ quan này.', nullable: true })
  agencyId?: string;

  @Field(() => ID, { description: 'Chỉ thủ tục thuộc lĩnh vực này.', nullable: true })
  sectorId?: string;

  @Field(() => OnlineLevel, { description: 'Chỉ thủ tục ở mức độ trực tuyến này.', nullable: true })
  onlineLevel?: OnlineLevel;

  @Field({ nullable: true, description: 'Gồm cả thủ tục đã ngừng (chỉ quản trị).' })
  includeInactive?: boolean;
}
