import type { WebhookEvent } from '@dvc/shared/domain';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { commaListTransformer } from '../../common/database/column-options';

/** A URL of a client that hears some events. */
@Index('IDX_webhooks_client', ['clientId'])
@ForeignKey('api_clients', ['clientId'], ['id'])
@Entity('webhooks')
export class WebhookEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'client_id', type: 'varchar', length: 36 })
  clientId: string;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Column({ type: 'varchar', length: 255, transformer: commaListTransformer })
  events: WebhookEvent[];

  /** The whsec_ secret, sealed with AES-GCM under a key derived from the server secret. */
  @Column({ name: 'secret_sealed', type: 'varchar', length: 255 })
  secretSealed: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
