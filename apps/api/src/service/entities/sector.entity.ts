import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Lĩnh vực: Hộ tịch, Cư trú, Đường bộ… */
@ObjectType('Sector', { description: 'Lĩnh vực thủ tục hành chính.' })
@Entity('sectors')
export class SectorEntity {
  @Field(() => ID, { description: 'Mã định danh.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Mã lĩnh vực.' })
  @Column({ type: 'varchar', length: 40, unique: true })
  code: string;

  @Field({ description: 'Tên.' })
  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Field({ description: 'Đang hoạt động (false: đã ngừng, không còn hiện trong danh mục).' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
