import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DOSSIER_DEFAULT_PAGE_SIZE,
  DOSSIER_MAX_PAGE_SIZE,
  DossierGroup,
  DossierStatus,
  ErrorCode,
  Role,
  searchTerms,
  statusesOfGroup,
} from '@dvc/shared/domain';
import { Repository } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { RateLimitRule, RateLimitService } from '../common/rate-limit/rate-limit.service';
import { CatalogReader } from '../service/catalog-reader.service';
import { MyDossiersArgs } from './dto/my-dossiers.args';
import { DossierEntity } from './entities/dossier.entity';
import { ProcessingStepEntity } from './entities/processing-step.entity';
import { DossierLookupModel } from './models/dossier-lookup.model';
import { DossierPage } from './models/dossier-page.model';
import { pageWithTotal } from '../common/database/page-with-total';
import { requestedPage } from '../common/graphql/paged';

/** Tra cứu hồ sơ is public: limited per client and per code, so a CCCD cannot be guessed. */
export const LOOKUP_LIMITS = {
  perIp: { name: 'dossier-lookup:ip', limit: 30, windowSeconds: 10 * 60 },
  perCode: { name: 'dossier-lookup:code', limit: 10, windowSeconds: 10 * 60 },
} satisfies Record<string, RateLimitRule>;

/** How the public lookup names the citizen's own steps: it gives out no personal data. */
export const LOOKUP_CITIZEN_ACTOR = 'Người nộp hồ sơ';

/** A step as the public lookup shows it: officers and agencies by name, the citizen anonymously. */
function withoutCitizenName(step: ProcessingStepEntity): ProcessingStepEntity {
  return step.actorRole === Role.CITIZEN ? { ...step, actorName: LOOKUP_CITIZEN_ACTOR } : step;
}

@Injectable()
export class DossierQueryService {
  constructor(
    @InjectRepository(DossierEntity) private readonly dossiers: Repository<DossierEntity>,
    @InjectRepository(ProcessingStepEntity) private readonly steps: Repository<ProcessingStepEntity>,
    private readonly catalog: CatalogReader,
    private readonly rateLimits: RateLimitService,
  ) {}

  /** Hồ sơ đã đăng ký: the caller's dossiers, newest first. */
  async mine(user: AuthUser, args: MyDossiersArgs): Promise<DossierPage> {
    const { page, pageSize } = requestedPage(args, DOSSIER_DEFAULT_PAGE_SIZE, DOSSIER_MAX_PAGE_SIZE);
    const group = args.filter?.group ?? DossierGroup.ALL;
    const allowed = statusesOfGroup(group);
    const status = args.filter?.status;
    const empty = { items: [], totalCount: 0, page, pageSize, pageCount: 0 };
    if (status && !allowed.includes(status)) return empty;

    const qb = this.dossiers.createQueryBuilder('d').where('d.owner_id = :owner', { owner: user.id });
    if (args.filter?.serviceId)
      qb.andWhere('d.procedure_id = :serviceId', { serviceId: args.filter.serviceId });
    if (status) qb.andWhere('d.status = :status', { status });
    else if (group !== DossierGroup.ALL) qb.andWhere('d.status IN (:...statuses)', { statuses: allowed });
    searchTerms(args.filter?.search).forEach((term, i) => {
      // Folded terms hold only [a-z0-9.-]: nothing to escape for LIKE.
      qb.andWhere(`d.search_text LIKE :term${i}`, { [`term${i}`]: `%${term}%` });
    });
    const [items, totalCount] = await pageWithTotal(
      qb.orderBy('d.created_at', 'DESC').addOrderBy('d.id', 'DESC'),
      page,
      pageSize,
    );
    return { items, totalCount, page, pageSize, pageCount: Math.ceil(totalCount / pageSize) };
  }

  /** Public lookup by code and the applicant's CCCD: status and history only, no personal data. */
  async lookup(code: string, citizenId: string, clientIp: string): Promise<DossierLookupModel> {
    const cleanCode = code.trim().toUpperCase();
    const cleanId = citizenId.replace(/\s+/g, '');
    await this.rateLimits.consumeAll([
      [LOOKUP_LIMITS.perIp, clientIp],
      [LOOKUP_LIMITS.perCode, cleanCode.slice(0, 64)],
    ]);
    const dossier =
      cleanCode && cleanCode.length <= 64 ? await this.dossiers.findOneBy({ code: cleanCode }) : null;
    // A wrong CCCD answers exactly like an unknown code.
    if (!dossier || !dossier.applicant?.citizenId || dossier.applicant.citizenId !== cleanId) {
      throw new DomainError(
        ErrorCode.NOT_FOUND,
        'Không tìm thấy hồ sơ với mã hồ sơ và số CCCD đã nhập. Vui lòng kiểm tra lại.',
      );
    }
    const procedure = await this.catalog.getProcedure(dossier.serviceId, { includeInactive: true });
    return {
      code: dossier.code ?? cleanCode,
      serviceName: procedure?.name ?? '',
      status: dossier.status as DossierStatus,
      submittedAt: dossier.submittedAt,
      dueDate: dossier.dueDate,
      history: (await this.steps.find({ where: { dossierId: dossier.id }, order: { position: 'ASC' } })).map(
        withoutCitizenName,
      ),
    };
  }
}
