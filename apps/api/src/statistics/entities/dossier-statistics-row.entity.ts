import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** What a report reads after the agency and period: both indexes cover it, so no row is loaded. */
const REPORTED = ['procedureId', 'status', 'onTime', 'workingDays', 'supplementCount', 'rating'];

/**
 * One row per sent dossier with everything the statistics add up: kept by DossierTransitions at
 * every status change (and by rateDossier for the rating), so that a report is one GROUP BY over
 * one covering index — no joins, no rows loaded. Working days need the holiday calendar
 * (libs/shared/domain), which SQL does not have: they are counted in TypeScript when the dossier
 * finishes.
 */
@Index('IDX_dossier_statistics_agency', ['agencyId', 'submittedAt', ...REPORTED])
@Index('IDX_dossier_statistics_period', ['submittedAt', 'agencyId', ...REPORTED])
@ForeignKey('dossiers', ['dossierId'], ['id'], { name: 'FK_dossier_statistics_dossier', onDelete: 'CASCADE' })
@Entity('dossier_statistics')
export class DossierStatisticsRowEntity {
  @PrimaryColumn({ name: 'dossier_id', type: 'varchar', length: 36 })
  dossierId: string;

  @Column({ name: 'agency_id', type: 'varchar', length: 36 })
  agencyId: string;

  @Column({ name: 'procedure_id', type: 'varchar', length: 36 })
  procedureId: string;

  /** The first submission: the period a dossier counts in. */
  @Column({ name: 'submitted_at', type: 'datetime' })
  submittedAt: Date;

  /** The dossier's current status. */
  @Column({ type: 'varchar', length: 24 })
  status: string;

  @Column({ name: 'finished_at', type: 'datetime', nullable: true })
  finishedAt: Date | null;

  /**
   * Working days from the day after reception to the finishing day, minus the days paused for a
   * supplement. Null until finished, and for a dossier never received (rejected at intake).
   */
  @Column({ name: 'working_days', type: 'int', nullable: true })
  workingDays: number | null;

  /** Finished no later than its due date (none: on time). Null until finished. */
  @Column({ name: 'on_time', type: 'boolean', width: 1, nullable: true })
  onTime: boolean | null;

  @Column({ name: 'supplement_count', type: 'int', default: 0 })
  supplementCount: number;

  /** The citizen's rating (1..5), once given. */
  @Column({ type: 'int', nullable: true })
  rating: number | null;
}
