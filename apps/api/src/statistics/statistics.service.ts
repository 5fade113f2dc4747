import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { ErrorCode, Role } from '@dvc/shared/domain';
import { EntityManager, In } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { AgencyEntity } from '../service/entities/agency.entity';
import { ServiceProcedureEntity } from '../service/entities/service-procedure.entity';
import { addSums, emptySums, FigureSums, toFigures } from './statistics-figures';
import { STATISTICS_LIMITS } from './statistics-limits';
import { procedureSums, StatisticsScope } from './statistics-query';
import { AgencyStatisticsModel, StatisticsReportModel } from './models/statistics.model';

const DAY_MS = 86_400_000;
/** The longest period one query covers (two years): bounds the rows one request adds up. */
export const MAX_PERIOD_DAYS = 731;
const PUBLIC_CACHE_MS = 60_000;
const PUBLIC_CACHE_SIZE = 50;

/**
 * agencyStatistics (admins: any or every agency; officers: their own) and publicStatistics (anyone,
 * per agency only, cached a minute: the page is public and the same period is asked again and again).
 */
@Injectable()
export class StatisticsService {
  private readonly publicCache = new Map<string, { expires: number; report: StatisticsReportModel }>();

  constructor(
    @InjectEntityManager() private readonly em: EntityManager,
    private readonly rateLimits: RateLimitService,
  ) {}

  async forAgency(
    user: AuthUser,
    args: { from: Date; to: Date; agencyId?: string | null },
  ): Promise<StatisticsReportModel> {
    await this.rateLimits.consume(STATISTICS_LIMITS.perAccount, user.id);
    let agencyId = args.agencyId ?? null;
    if (user.role === Role.OFFICER) {
      // An officer sees their own agency; another agency's figures are not theirs to read.
      if (agencyId && agencyId !== user.agencyId) throw new DomainError(ErrorCode.FORBIDDEN);
      agencyId = user.agencyId;
      if (!agencyId) throw new DomainError(ErrorCode.FORBIDDEN);
    } else if (agencyId && !(await this.em.existsBy(AgencyEntity, { id: agencyId }))) {
      throw new DomainError(ErrorCode.NOT_FOUND);
    }
    return this.report({ ...checkPeriod(args.from, args.to), agencyId }, true);
  }

  async forPublic(args: { from: Date; to: Date }, clientKey: string): Promise<StatisticsReportModel> {
    await this.rateLimits.consume(STATISTICS_LIMITS.publicPerIp, clientKey);
    const period = checkPeriod(args.from, args.to);
    const key = `${period.from.toISOString()}|${period.to.toISOString()}`;
    const now = Date.now();
    const cached = this.publicCache.get(key);
    if (cached && cached.expires > now) return cached.report;
    const report = await this.report({ ...period, agencyId: null }, false);
    if (this.publicCache.size >= PUBLIC_CACHE_SIZE) {
      this.publicCache.delete(this.publicCache.keys().next().value as string);
    }
    this.publicCache.set(key, { expires: now + PUBLIC_CACHE_MS, report });
    return report;
  }

  private async report(scope: StatisticsScope, withProcedures: boolean): Promise<StatisticsReportModel> {
    const rows = await procedureSums(this.em, scope);
    const agencyIds = [...new Set(rows.map((r) => r.agencyId))];
    const procedureIds = [...new Set(rows.map((r) => r.procedureId))];
    const [agencies, procedures] = await Promise.all([
      agencyIds.length
        ? this.em.find(AgencyEntity, { where: { id: In(agencyIds) }, select: ['id', 'name'] })
        : [],
      withProcedures && procedureIds.length
        ? this.em.find(ServiceProcedureEntity, {
            where: { id: In(procedureIds) },
            select: ['id', 'code', 'name'],
          })
        : [],
    ]);
    const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
    const procedure = new Map(procedures.map((p) => [p.id, p]));
    const totals = emptySums();
    const byAgency = new Map<string, { sums: FigureSums; model: AgencyStatisticsModel }>();
    for (const row of rows) {
      let agency = byAgency.get(row.agencyId);
      if (!agency) {
        agency = {
          sums: emptySums(),
          model: {
            agencyId: row.agencyId,
            agencyName: agencyName.get(row.agencyId) ?? '',
            figures: toFigures(emptySums()),
            procedures: [],
          },
        };
        byAgency.set(row.agencyId, agency);
      }
      addSums(agency.sums, row.sums);
      addSums(totals, row.sums);
      if (withProcedures) {
        const p = procedure.get(row.procedureId);
        agency.model.procedures.push({
          procedureId: row.procedureId,
          procedureCode: p?.code ?? '',
          procedureName: p?.name ?? '',
          figures: toFigures(row.sums),
        });
      }
    }
    const list = [...byAgency.values()].map(({ sums, model }) => {
      model.figures = toFigures(sums);
      model.procedures.sort((a, b) => a.procedureCode.localeCompare(b.procedureCode));
      return model;
    });
    list.sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'vi'));
    return { from: scope.from, to: scope.to, totals: toFigures(totals), agencies: list };
  }
}

/** from < to, both valid, at most MAX_PERIOD_DAYS apart. */
export function checkPeriod(from: Date, to: Date): { from: Date; to: Date } {
  if (!(from instanceof Date) || Number.isNaN(from.getTime())) {
    throw DomainError.validation({ from: 'Ngày bắt đầu không hợp lệ.' });
  }
  if (!(to instanceof Date) || Number.isNaN(to.getTime())) {
    throw DomainError.validation({ to: 'Ngày kết thúc không hợp lệ.' });
  }
  if (to.getTime() <= from.getTime())
    throw DomainError.validation({ to: 'Ngày kết thúc phải sau ngày bắt đầu.' });
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS) {
    throw DomainError.validation({ to: 'Khoảng thời gian tối đa là 2 năm.' });
  }
  return { from, to };
}
