import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { DossierStatus } from '../../dossier/models/dossier-enums';

/** One thing the citizen must add or fix: a component (its files) or a form field, with a comment. */
export interface SupplementItem {
  componentId: string | null;
  fieldKey: string | null;
  comment: string;
}

/**
 * Yêu cầu bổ sung: what the officer asked for, and the clock pause it opened. `previousStatus` is where
 * the resubmission resumes; `requestedAt` → resubmission is the time that does not count toward the
 * due date. Open while `resolvedAt` is null (at most one per dossier: the status says so).
 */
@ForeignKey('dossiers', ['dossierId'], ['id'], {
  name: 'FK_supplement_requests_dossier',
  onDelete: 'CASCADE',
})
@Entity('supplement_requests')
@Index('IDX_supplement_requests_dossier', ['dossierId', 'resolvedAt'])
export class SupplementRequestEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'dossier_id', type: 'varchar', length: 36 })
  dossierId: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'simple-json' })
  items: SupplementItem[];

  @Column({ name: 'previous_status', type: 'varchar', length: 24 })
  previousStatus: DossierStatus;

  @Column({ name: 'requested_at', type: 'datetime' })
  requestedAt: Date;

  @Column({ name: 'requested_by_id', type: 'varchar', length: 36 })
  requestedById: string;

  @Column({ name: 'requested_by', type: 'varchar', length: 100 })
  requestedBy: string;

  @Column({ name: 'resolved_at', type: 'datetime', nullable: true })
  resolvedAt: Date | null;
}
