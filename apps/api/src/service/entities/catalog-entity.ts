import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column } from 'typeorm';
import { TimestampedEntity } from '../../common/database/base-entities';

/**
 * What every catalog row has (agency, sector, procedure, component, form field): its id, exposed
 * as a GraphQL ID, timestamps, and the active flag. Catalog rows are deactivated, never deleted:
 * sent dossiers keep pointing at them.
 */
@ObjectType({ isAbstract: true })
export abstract class CatalogEntity extends TimestampedEntity {
  @Field(() => ID, { description: 'Mã định danh.' })
  declare id: string;

  @Field({ description: 'Đang hoạt động (false: đã ngừng, không còn hiện trong danh mục).' })
  @Column({ type: 'boolean', width: 1, default: true })
  active: boolean;
}
