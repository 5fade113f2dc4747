import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  CLOCK_RUNNING_STATUSES,
  DOSSIER_CODE_PATTERN,
  DossierStatus,
  ErrorCode,
  Role,
  searchTerms,
} from '@dvc/shared/domain';
import { Brackets, Repository, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { isUuid } from '../dossier/dossier-access.service';
import { DossierEntity } from '../dossier/entities/dossier.entity';
import {
  AGENCY_QUEUE_DEFAULT_PAGE_SIZE,
  AGENCY_QUEUE_MAX_PAGE_SIZE,
  AgencyDossierFilter,
  AgencyDossiersArgs,
} from './dto/agency-dossiers.args';
import { AgencyDossierPage } from './models/agency-dossier-page.model';
import { OfficerQueueCounts, StatusCounts } from './officer-queue-counts';
import { requestedPage } from '../common/graphql/paged';

/** The statuses an officer's queue shows (everything sent), in the order of the tabs. */
const QUEUE_STATUSES: DossierStatus[] = [
  DossierStatus.SUBMITTED,
  DossierStatus.RECEIVED,
  DossierStatus.IN_PROGRESS,
  DossierStatus.SUPPLEMENT_REQUESTED,
  DossierStatus.COMPLETED,
  DossierStatus.REJECTED,
];

/**
 * agencyDossiers: the officer's queue. Sent dossiers (submitted_at set) of the officer's agency,
 * oldest submission first (first come, first served). Two queries per page, both on indexes
 * starting with agency_id: the page, and the counts by status for the tabs (which ignore the status
 * filter but keep the others; the page's total is among them). The plain tabs' counts, with no other
 * filter, come from OfficerQueueCounts: the same for every officer of the agency, kept until a change.
 */
@Injectable()
export class OfficerQueueService {
  constructor(
    @InjectRepository(DossierEntity) private readonly dossiers: Repository<DossierEntity>,
    private readonly plainCounts: OfficerQueueCounts,
  ) {}

  async page(user: AuthUser, args: AgencyDossiersArgs): Promise<AgencyDossierPage> {
    if (user.role !== Role.OFFICER || !user.agencyId) throw new DomainError(ErrorCode.FORBIDDEN);
    const { page, pageSize } = requestedPage(
      args,
      AGENCY_QUEUE_DEFAULT_PAGE_SIZE,
      AGENCY_QUEUE_MAX_PAGE_SIZE,
    );
    const filter = args.filter ?? {};
    const now = new Date();
    const status = filter.status ?? null;
    if (status === DossierStatus.DRAFT || (filter.serviceId && !isUuid(filter.serviceId))) {
      return { items: [], totalCount: 0, page, pageSize, countsByStatus: zeroCounts() };
    }

    const agencyId = user.agencyId;
    const countByStatus = () => this.countByStatus(agencyId, filter, now);
    const countOf = isPlain(filter)
      ? await this.plainCounts.get(agencyId, countByStatus)
      : await countByStatus();

    const list = this.base(user.agencyId, filter, now);
    if (status) list.andWhere('d.status = :status', { status });
    const totalCount = status
      ? (countOf.get(status) ?? 0)
      : [...countOf.values()].reduce((sum, n) => sum + n, 0);
    const items =
      totalCount > (page - 1) * pageSize
        ? await list
            .orderBy('d.submitted_at', 'ASC')
            .addOrderBy('d.id', 'ASC')
            .offset((page - 1) * pageSize)
            .limit(pageSize)
            .getMany()
        : [];
    return {
      items,
      totalCount,
      page,
      pageSize,
      countsByStatus: QUEUE_STATUSES.map((s) => ({ status: s, count: countOf.get(s) ?? 0 })),
    };
  }

  private async countByStatus(
    agencyId: string,
    filter: AgencyDossierFilter,
    now: Date,
  ): Promise<StatusCounts> {
    const counts = await this.base(agencyId, filter, now)
      .select('d.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .groupBy('d.status')
      .getRawMany<{ status: DossierStatus; count: number | string }>();
    return new Map(counts.map((c) => [c.status, Number(c.count)]));
  }

  /** Every filter but the status. */
  private base(agencyId: string, filter: AgencyDossierFilter, now: Date): SelectQueryBuilder<DossierEntity> {
    const qb = this.dossiers
      .createQueryBuilder('d')
      .where('d.agency_id = :agencyId', { agencyId })
      .andWhere('d.submitted_at IS NOT NULL');
    if (filter.serviceId) qb.andWhere('d.procedure_id = :serviceId', { serviceId: filter.serviceId });
    if (filter.submittedFrom) qb.andWhere('d.submitted_at >= :from', { from: filter.submittedFrom });
    if (filter.submittedTo) qb.andWhere('d.submitted_at < :to', { to: filter.submittedTo });
    const code = filter.search?.trim().toUpperCase() ?? '';
    if (!/\s/.test(code) && DOSSIER_CODE_PATTERN.test(code)) {
      // A whole dossier code (pasted from a mail or a call): its unique index, no scan of the agency.
      qb.andWhere('d.code = :code', { code });
    } else {
      searchTerms(filter.search).forEach((term, i) => {
        // Folded terms hold only [a-z0-9.-]: nothing to escape for LIKE.
        qb.andWhere(`d.search_text LIKE :term${i}`, { [`term${i}`]: `%${term}%` });
      });
    }
    const running = { running: CLOCK_RUNNING_STATUSES, now };
    if (filter.overdue === true) {
      qb.andWhere('d.status IN (:...running) AND d.due_date < :now', running);
    } else if (filter.overdue === false) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('d.status NOT IN (:...running)', running)
            .orWhere('d.due_date IS NULL')
            .orWhere('d.due_date >= :now', running),
        ),
      );
    }
    return qb;
  }
}

/** Only the status (a tab), or nothing: the counts are the agency's plain tab counts. */
function isPlain(filter: AgencyDossierFilter): boolean {
  return (
    !filter.serviceId &&
    !filter.submittedFrom &&
    !filter.submittedTo &&
    !filter.search?.trim() &&
    (filter.overdue === undefined || filter.overdue === null)
  );
}

function zeroCounts() {
  return QUEUE_STATUSES.map((status) => ({ status, count: 0 }));
}
