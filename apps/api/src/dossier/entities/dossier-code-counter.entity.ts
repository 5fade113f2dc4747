import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Last dossier-code sequence used per receiving agency and day (YYMMDD in Vietnam). */
@Entity('dossier_code_counters')
export class DossierCodeCounterEntity {
  @PrimaryColumn({ name: 'agency_id', type: 'varchar', length: 36 })
  agencyId: string;

  @PrimaryColumn({ type: 'varchar', length: 6 })
  day: string;

  @Column({ name: 'last_value', type: 'int', default: 0 })
  lastValue: number;
}
