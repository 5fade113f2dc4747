import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How a finished dossier ended, computed once when it finishes (COMPLETED or REJECTED): the statistics
 * then add these up in SQL. Working days need the holiday calendar (libs/shared/domain), which SQL
 * does not have, so they are counted here in TypeScript, at write time.
 */
@Entity('dossier_outcomes')
export class DossierOutcomeEntity {
  @PrimaryColumn({ name: 'dossier_id', type: 'varchar', length: 36 })
  dossierId: string;

  /** COMPLETED or REJECTED. */
  @Column({ type: 'varchar', length: 24 })
  outcome: string;

  @Column({ name: 'finished_at', type: 'datetime' })
  finishedAt: Date;

  /**
   * Working days from the day after reception to the finishing day, minus the days paused for a
   * supplement. Null when the dossier was never received (rejected at intake).
   */
  @Column({ name: 'working_days', type: 'int', nullable: true })
  workingDays: number | null;

  /** Finished no later than its due date (a dossier without a due date counts as on time). */
  @Column({ name: 'on_time', type: 'boolean' })
  onTime: boolean;
}
