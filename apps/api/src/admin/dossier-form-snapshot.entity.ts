import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import type { ComponentRequirements } from '../service/entities/document-component.entity';

/** A component as the citizen saw it when sending (no template file keys: those are storage details). */
export interface SnapshotComponent extends ComponentRequirements {
  id: string;
  position: number;
}

/**
 * The intake form and component list a dossier was filled against, taken at its first submission
 * (issue 14): editing the procedure afterwards never changes what a sent dossier was asked for.
 */
@ForeignKey('dossiers', ['dossierId'], ['id'], {
  name: 'FK_dossier_form_snapshots_dossier',
  onDelete: 'CASCADE',
})
@Entity('dossier_form_snapshots')
export class DossierFormSnapshotEntity {
  @PrimaryColumn({ name: 'dossier_id', type: 'varchar', length: 36 })
  dossierId: string;

  /** FormFieldDefinition[] (libs/shared/domain), as the form renderer takes them. */
  @Column({ type: 'simple-json' })
  fields: unknown[];

  @Column({ type: 'simple-json' })
  components: SnapshotComponent[];

  @Column({ name: 'taken_at', type: 'datetime' })
  takenAt: Date;
}
