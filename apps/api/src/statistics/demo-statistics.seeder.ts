import { Injectable, Logger } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { formatDossierCode } from '@dvc/shared/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { TransactionRunner } from '../common/database/transaction-runner';
import { AppConfig } from '../config/app-config';
import { Seeder } from '../database/seeds/seeder';
import { dossierSearchText } from '../dossier/dossier-save.service';
import { DossierEntity } from '../dossier/entities/dossier.entity';
import { ProcessingStepEntity } from '../dossier/entities/processing-step.entity';
import { DossierRatingEntity } from '../processing/entities/dossier-rating.entity';
import { DossierResultEntity } from '../processing/entities/dossier-result.entity';
import { SupplementRequestEntity } from '../processing/entities/supplement-request.entity';
import { AgencyEntity } from '../service/entities/agency.entity';
import { ServiceProcedureEntity } from '../service/entities/service-procedure.entity';
import { DEMO_STATISTICS_COUNT, demoStatisticsId, planDemoDossier } from './demo-statistics-plan';
import { demoApplicant, DemoPeople, demoStepActor, findDemoPeople } from '../processing/demo-dossier-people';
import { backfillStatistics } from './dossier-statistics-rows';

const AGENCIES = 6;
const CHUNK = 100;

/**
 * Demo data for the statistics page (never in production): 300 dossiers of `congdan` over the last
 * three months at the six agencies with the most procedures, processed by the demo officer's
 * colleagues, written straight into the tables in a few bulk inserts. Deterministic ids: a second run
 * adds nothing. Then every sent dossier without a statistics row gets one (this seeder's and the
 * back-office demo's).
 */
@Injectable()
export class DemoStatisticsSeeder implements Seeder {
  readonly name = 'demo statistics';
  private readonly logger = new Logger(DemoStatisticsSeeder.name);

  constructor(
    @InjectEntityManager() private readonly em: EntityManager,
    private readonly tx: TransactionRunner,
    private readonly config: AppConfig,
  ) {}

  async seed(): Promise<void> {
    if (this.config.isProduction) return;
    const people = await findDemoPeople(this.em);
    if (!people) return; // demo accounts not seeded
    const ids = Array.from({ length: DEMO_STATISTICS_COUNT }, (_, i) => demoStatisticsId(i + 1));
    const existing = new Set(
      (await this.em.find(DossierEntity, { where: { id: In(ids) }, select: ['id'] })).map((d) => d.id),
    );
    const procedures = await this.procedures();
    if (existing.size < ids.length && procedures.length) {
      const agencies = new Map(
        (await this.em.findBy(AgencyEntity, { id: In([...new Set(procedures.map((p) => p.agencyId))]) })).map(
          (a) => [a.id, a],
        ),
      );
      await this.tx.run((em) => this.write(em, ids, existing, procedures, agencies, people));
      this.logger.log(`${ids.length - existing.size} demo dossiers for the statistics`);
    }
    const added = await this.tx.run((em) => backfillStatistics((sql, params) => em.query(sql, params)));
    if (added) this.logger.log(`${added} dossier statistics rows added`);
  }

  /** Active procedures of the agencies with the most of them (a handful each). */
  private async procedures(): Promise<ServiceProcedureEntity[]> {
    const top = (await this.em
      .createQueryBuilder(ServiceProcedureEntity, 'p')
      .select('p.agency_id', 'agencyId')
      .addSelect('COUNT(*)', 'n')
      .where('p.active = :active', { active: true })
      .groupBy('p.agency_id')
      .orderBy('n', 'DESC')
      .addOrderBy('p.agency_id', 'ASC')
      .limit(AGENCIES)
      .getRawMany()) as { agencyId: string }[];
    if (!top.length) return [];
    return this.em.find(ServiceProcedureEntity, {
      where: { agencyId: In(top.map((t) => t.agencyId)), active: true },
      order: { code: 'ASC' },
    });
  }

  private async write(
    em: EntityManager,
    ids: string[],
    existing: Set<string>,
    procedures: ServiceProcedureEntity[],
    agencies: Map<string, AgencyEntity>,
    people: DemoPeople,
  ): Promise<void> {
    const { citizen, officer } = people;
    const now = new Date();
    const applicant = demoApplicant(citizen);
    const dossiers: DossierEntity[] = [];
    const steps: Partial<ProcessingStepEntity>[] = [];
    const supplements: Partial<SupplementRequestEntity>[] = [];
    const results: Partial<DossierResultEntity>[] = [];
    const ratings: Partial<DossierRatingEntity>[] = [];
    ids.forEach((id, i) => {
      if (existing.has(id)) return;
      const n = i + 1;
      const procedure = procedures[(n * 31) % procedures.length];
      const agency = agencies.get(procedure.agencyId) as AgencyEntity;
      const plan = planDemoDossier(n, procedure.processingDays, now);
      // Sequence 5000+: apart from the numbers the code counter hands out on a demo day.
      const code = formatDossierCode(agency.code, plan.submittedAt, 5000 + n);
      const last = plan.steps[plan.steps.length - 1];
      dossiers.push({
        id,
        code,
        ownerId: citizen.id,
        serviceId: procedure.id,
        agencyId: agency.id,
        status: plan.status,
        applicant,
        formData: {},
        searchText: dossierSearchText(code, procedure, applicant.fullName),
        version: plan.steps.length + 1,
        createdAt: new Date(plan.submittedAt.getTime() - 15 * 60_000),
        updatedAt: last.at,
        submittedAt: plan.submittedAt,
        dueDate: plan.dueDate,
      });
      plan.steps.forEach((s, position) => {
        steps.push({
          id: randomUUID(),
          dossierId: id,
          position: position + 1,
          action: s.action,
          fromStatus: s.from,
          toStatus: s.to,
          note: null,
          ...demoStepActor(s.byOfficer, people, agency),
          createdAt: s.at,
        });
      });
      if (plan.supplement) {
        supplements.push({
          id: randomUUID(),
          dossierId: id,
          note: 'Đề nghị bổ sung giấy tờ.',
          items: [{ componentId: null, fieldKey: null, comment: 'Bản sao chưa chứng thực.' }],
          previousStatus: 'IN_PROGRESS' as SupplementRequestEntity['previousStatus'],
          requestedAt: plan.supplement.requestedAt,
          requestedById: officer.id,
          requestedBy: officer.fullName,
          resolvedAt: plan.supplement.resolvedAt,
        });
      }
      if (plan.status === 'COMPLETED' && plan.finishedAt) {
        results.push({
          dossierId: id,
          note: null,
          officerId: officer.id,
          officerName: officer.fullName,
          agencyId: agency.id,
          issuedAt: plan.finishedAt,
        });
        if (plan.rating) {
          ratings.push({
            dossierId: id,
            ownerId: citizen.id,
            agencyId: agency.id,
            score: plan.rating,
            comment: null,
            ratedAt: new Date(Math.min(now.getTime(), plan.finishedAt.getTime() + 86_400_000)),
          });
        }
      }
    });
    // simple-json columns: TypeORM's deep-partial insert type cannot describe open records.
    for (const [entity, rows] of [
      [DossierEntity, dossiers],
      [ProcessingStepEntity, steps],
      [SupplementRequestEntity, supplements],
      [DossierResultEntity, results],
      [DossierRatingEntity, ratings],
    ] as const) {
      for (let i = 0; i < rows.length; i += CHUNK) await em.insert(entity, rows.slice(i, i + CHUNK) as never);
    }
  }
}
