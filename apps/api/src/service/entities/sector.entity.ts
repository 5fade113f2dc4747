import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  BeforeInsert,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { createdAtColumn, updatedAtColumn, uniqueKeyName } from '../../common/database/column-options';

/** Lĩnh vực: Hộ tịch, Cư trú, Đường bộ… */
@ObjectType('Sector', { description: 'Lĩnh vực thủ tục hành chính.' })
@Unique(uniqueKeyName('sectors', 'code'), ['code'])
@Entity('sectors')
export class SectorEntity {
  @Field(() => ID, { description: 'Mã định danh.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field({ description: 'Mã lĩnh vực.' })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Field({ description: 'Tên.' })
  @Column({ type: 'varchar', length: 255 })
  name: string;

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
