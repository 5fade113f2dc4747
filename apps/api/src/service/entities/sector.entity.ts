import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Unique } from 'typeorm';
import { uniqueKeyName } from '../../common/database/column-options';
import { CatalogEntity } from './catalog-entity';

/** Lĩnh vực: Hộ tịch, Cư trú, Đường bộ… */
@ObjectType('Sector', { description: 'Lĩnh vực thủ tục hành chính.' })
@Unique(uniqueKeyName('sectors', 'code'), ['code'])
@Entity('sectors')
export class SectorEntity extends CatalogEntity {
  @Field({ description: 'Mã lĩnh vực.' })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Field({ description: 'Tên.' })
  @Column({ type: 'varchar', length: 255 })
  name: string;
}
