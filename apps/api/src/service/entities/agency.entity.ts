import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { uniqueKeyName } from '../../common/database/column-options';
import { AgencyLevel } from './catalog-enums';
import { CatalogEntity } from './catalog-entity';

/** Cơ quan thực hiện: a ministry, a province (or one of its departments) or a commune/ward. */
@ObjectType('Agency', { description: 'Cơ quan thực hiện thủ tục hành chính.' })
@Index('IDX_agencies_level', ['level'])
@ForeignKey('agencies', ['parentId'], ['id'], { name: 'FK_agencies_parent' })
@Unique(uniqueKeyName('agencies', 'code'), ['code'])
@Entity('agencies')
export class AgencyEntity extends CatalogEntity {
  @Field({ description: 'Mã cơ quan, ví dụ "000.00.12.H29".' })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Field({ description: 'Tên.' })
  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Field(() => AgencyLevel, { description: 'Cấp: MINISTRY (bộ, ngành), PROVINCE (tỉnh) hoặc COMMUNE (xã).' })
  @Column({ type: 'varchar', length: 16 })
  level: AgencyLevel;

  /** Resolved as `parent` in GraphQL. */
  @Column({ name: 'parent_id', type: 'varchar', length: 36, nullable: true })
  parentId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Mã tỉnh/thành phố (2 chữ số) của cơ quan địa phương; null với bộ/ngành.',
  })
  @Column({ name: 'province_code', type: 'varchar', length: 2, nullable: true })
  provinceCode: string | null;
}
