import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  BeforeInsert,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { createdAtColumn, updatedAtColumn, uniqueKeyName } from '../../common/database/column-options';
import { AgencyLevel } from './catalog-enums';

/** Cơ quan thực hiện: a ministry, a province (or one of its departments) or a commune/ward. */
@ObjectType('Agency', { description: 'Cơ quan thực hiện thủ tục hành chính.' })
@Index('IDX_agencies_level', ['level'])
@ForeignKey('agencies', ['parentId'], ['id'], { name: 'FK_agencies_parent' })
@Unique(uniqueKeyName('agencies', 'code'), ['code'])
@Entity('agencies')
export class AgencyEntity {
  @Field(() => ID, { description: 'Mã định danh.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

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

  @Field({ description: 'Đang hoạt động (false: đã ngừng, không còn hiện trong danh mục).' })
  @Column({ type: 'boolean', width: 1, default: true })
  active: boolean;

  @CreateDateColumn(createdAtColumn())
  createdAt: Date;

  @UpdateDateColumn(updatedAtColumn())
  updatedAt: Date;

  @BeforeInsert()
  protected assignId(): void {
    this.id ??= randomUUID();
  }
}
