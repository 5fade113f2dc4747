import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One line of the audit log (nhật ký hệ thống). Append-only: nothing in the API updates or deletes it. */
@Index('IDX_audit_log_action_at', ['action', 'at'])
@Index('IDX_audit_log_target_at', ['targetType', 'targetId', 'at'])
@Index('IDX_audit_log_actor_at', ['actorId', 'at'])
@Index('IDX_audit_log_at', ['at'])
@Entity('audit_log')
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  /** Null for an anonymous attempt (a failed login). */
  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 100, nullable: true })
  actorName: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 10, nullable: true })
  actorRole: string | null;

  @Column({ name: 'actor_ip', type: 'varchar', length: 45, nullable: true })
  actorIp: string | null;

  @Column({ type: 'varchar', length: 48 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 32 })
  targetType: string;

  @Column({ name: 'target_id', type: 'varchar', length: 64, nullable: true })
  targetId: string | null;

  /** A small before/after summary, never secrets (see AuditLog.clean). */
  @Column({ type: 'simple-json', nullable: true })
  summary: Record<string, unknown> | null;
}
