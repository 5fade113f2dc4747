import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { uniqueKeyName } from '../../common/database/column-options';
import { OnlineLevel } from './catalog-enums';
import { CatalogEntity } from './catalog-entity';

/**
 * Thủ tục hành chính. `agency`, `sector`, `components` and `formFields` are resolved through
 * per-request DataLoaders, so this row only keeps their ids.
 */
@ObjectType('ServiceProcedure', { description: 'Thủ tục hành chính (dịch vụ công).' })
@Index('IDX_service_procedures_sector', ['sectorId'])
@Index('IDX_service_procedures_agency', ['agencyId'])
@Index('IDX_service_procedures_active_popularity', ['active', 'popularity'])
@Index('IDX_service_procedures_search_name', ['searchName'])
@ForeignKey('sectors', ['sectorId'], ['id'], { name: 'FK_service_procedures_sector' })
@ForeignKey('agencies', ['agencyId'], ['id'], { name: 'FK_service_procedures_agency' })
@Unique(uniqueKeyName('service_procedures', 'code'), ['code'])
@Entity('service_procedures')
export class ServiceProcedureEntity extends CatalogEntity {
  @Field({ description: 'Mã thủ tục theo Cơ sở dữ liệu quốc gia, ví dụ "1.001193".' })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Field({ description: 'Tên.' })
  @Column({ type: 'varchar', length: 500 })
  name: string;

  @Column({ name: 'agency_id', type: 'varchar', length: 36 })
  agencyId: string;

  @Column({ name: 'sector_id', type: 'varchar', length: 36 })
  sectorId: string;

  @Field(() => OnlineLevel, { description: 'Mức độ dịch vụ công trực tuyến.' })
  @Column({ name: 'online_level', type: 'varchar', length: 16 })
  onlineLevel: OnlineLevel;

  @Field(() => Int, { description: 'Thời hạn giải quyết (ngày làm việc); 0 = trong ngày.' })
  @Column({ name: 'processing_days', type: 'int' })
  processingDays: number;

  @Field({ description: 'Phí, lệ phí như công bố, ví dụ "Miễn lệ phí".' })
  @Column({ name: 'fee_text', type: 'varchar', length: 500, default: '' })
  feeText: string;

  @Field(() => Int, { nullable: true, description: 'Lệ phí (đồng), null nếu không cố định.' })
  @Column({ name: 'fee_amount', type: 'int', nullable: true })
  feeAmount: number | null;

  @Field({ description: 'Căn cứ pháp lý.' })
  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis: string;

  @Field({ description: 'Mô tả.' })
  @Column({ type: 'text' })
  description: string;

  @Field({ description: 'Kết quả thực hiện thủ tục.' })
  @Column({ name: 'result_description', type: 'text' })
  resultDescription: string;

  @Field(() => Int, { description: 'Mức độ sử dụng, để xếp "dịch vụ được sử dụng nhiều".' })
  @Column({ type: 'int', default: 0 })
  popularity: number;

  /** Folded (foldVietnamese) code + name: matched first and ranked above description matches. */
  @Column({ name: 'search_name', type: 'varchar', length: 600, default: '' })
  searchName: string;

  /** Folded description and result, for the weaker matches. */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;

  // The inherited timestamps, exposed in GraphQL for procedures only.
  @Field({ description: 'Thời điểm tạo.' })
  declare createdAt: Date;

  @Field({ description: 'Thời điểm cập nhật gần nhất.' })
  declare updatedAt: Date;
}
