import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { dossierCodeDay, formatDossierCode } from '@dvc/shared/domain';
import { DataSource, EntityManager } from 'typeorm';
import { DossierCodeCounterEntity } from './entities/dossier-code-counter.entity';

/**
 * Dossier codes `<agency code>-YYMMDD-NNNN`, unique under concurrent submissions. The counter row of
 * (agency, day) is created beforehand in its own statement (INSERT IGNORE / ON CONFLICT DO NOTHING,
 * so no transaction holds a shared lock on it), then incremented with one UPDATE inside the submit
 * transaction: the row lock serialises concurrent submits on MySQL until they commit, and SQLite
 * has a single writer. A rolled-back submit rolls its increment back too.
 */
@Injectable()
export class DossierCodeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Outside the transaction: makes sure the counter row exists. */
  async prepare(agencyId: string, at: Date): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(DossierCodeCounterEntity)
      .values({ agencyId, day: dossierCodeDay(at), lastValue: 0 })
      .orIgnore()
      .execute();
  }

  /** Inside the submit transaction: the next code for the agency on that day. */
  async next(em: EntityManager, agencyId: string, agencyCode: string, at: Date): Promise<string> {
    const day = dossierCodeDay(at);
    const updated = await em
      .createQueryBuilder()
      .update(DossierCodeCounterEntity)
      .set({ lastValue: () => 'last_value + 1' })
      .where('agency_id = :agencyId AND day = :day', { agencyId, day })
      .execute();
    if (!updated.affected) {
      // The row vanished (e.g. created inside a transaction that rolled back): start it here.
      await em.insert(DossierCodeCounterEntity, { agencyId, day, lastValue: 1 });
    }
    const row = await em.findOneByOrFail(DossierCodeCounterEntity, { agencyId, day });
    return formatDossierCode(agencyCode, at, row.lastValue);
  }
}
