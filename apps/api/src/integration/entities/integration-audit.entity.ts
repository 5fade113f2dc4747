import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Append-only: one row per changing operation made with a token (until the audit log of issue 14). */
@Index('IDX_integration_audit_client', ['clientId', 'createdAt'])
@Entity('integration_audit')
export class IntegrationAuditEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'client_id', type: 'varchar', length: 36 })
  clientId: string;

  @Column({ name: 'token_id', type: 'varchar', length: 36 })
  tokenId: string;

  /** "Mutation receiveDossier", "REST POST /…". */
  @Column({ type: 'varchar', length: 100 })
  operation: string;

  /** OK, or the error code the caller got. */
  @Column({ type: 'varchar', length: 40 })
  outcome: string;

  @Column({ type: 'varchar', length: 45, nullable: true })
  ip: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
