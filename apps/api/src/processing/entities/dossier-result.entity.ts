import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** Kết quả giải quyết: one per completed dossier. Its files are dossier files of kind RESULT. */
@ForeignKey('dossiers', ['dossierId'], ['id'], { name: 'FK_dossier_results_dossier', onDelete: 'CASCADE' })
@Entity('dossier_results')
export class DossierResultEntity {
  @PrimaryColumn({ name: 'dossier_id', type: 'varchar', length: 36 })
  dossierId: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'officer_id', type: 'varchar', length: 36 })
  officerId: string;

  @Column({ name: 'officer_name', type: 'varchar', length: 100 })
  officerName: string;

  @Column({ name: 'agency_id', type: 'varchar', length: 36, nullable: true })
  agencyId: string | null;

  @Column({ name: 'issued_at', type: 'datetime' })
  issuedAt: Date;
}
