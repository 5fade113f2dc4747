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

  @Field(() => ID, { nullable: true })
  agencyId?: string;

  @Field(() => ID, { nullable: true })
  sectorId?: string;

  @Field(() => OnlineLevel, { nullable: true })
  onlineLevel?: OnlineLevel;

  @Field({ nullable: true, description: 'Gồm cả thủ tục đã ngừng (chỉ quản trị).' })
  includeInactive?: boolean;
}
