import type { ApiScope } from '@dvc/shared/domain';
import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { commaListTransformer } from '../../common/database/column-options';

/** An integrator's system: acts inside its scopes, for one agency or (agencyId null) the whole portal. */
@ForeignKey('agencies', ['agencyId'], ['id'])
@Entity('api_clients')
export class ApiClientEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'agency_id', type: 'varchar', length: 36, nullable: true })
  agencyId: string | null;

  @Column({ type: 'varchar', length: 255, transformer: commaListTransformer })
  scopes: ApiScope[];

  @Column({ type: 'boolean', width: 1, default: true })
  active: boolean;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
