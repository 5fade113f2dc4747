import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { pageWithTotal } from '../common/database/page-with-total';
import { AUDIT_MAX_PAGE_SIZE, AuditLogArgs } from './dto/audit-log.args';
import { AuditEntryEntity } from './entities/audit-entry.entity';
import { AuditLogPageModel } from './models/audit-entry.model';

const AUDIT_SEARCH_LIMIT = { name: 'audit-log:account', limit: 120, windowSeconds: 60 };
const MAX_TEXT = 64;

/** auditLog: the admin's search, newest first. Read only: the API has no way to change an entry. */
@Injectable()
export class AuditQueryService {
  constructor(
    @InjectEntityManager() private readonly em: EntityManager,
    private readonly rateLimits: RateLimitService,
  ) {}

  async page(user: AuthUser, args: AuditLogArgs): Promise<AuditLogPageModel> {
    await this.rateLimits.consume(AUDIT_SEARCH_LIMIT, user.id);
    const page = args.page ?? 1;
    const pageSize = args.pageSize ?? 50;
    const f = args.filter ?? {};
    const problems: Record<string, string> = {};
    if (!Number.isInteger(page) || page < 1) problems['page'] = 'Trang phải là số nguyên từ 1.';
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > AUDIT_MAX_PAGE_SIZE) {
      problems['pageSize'] = `Số dòng mỗi trang từ 1 đến ${AUDIT_MAX_PAGE_SIZE}.`;
    }
    for (const key of ['actorId', 'action', 'targetType', 'targetId'] as const) {
      if ((f[key]?.length ?? 0) > MAX_TEXT) problems[key] = `Tối đa ${MAX_TEXT} ký tự.`;
    }
    if (f.from && f.to && f.to.getTime() <= f.from.getTime())
      problems['to'] = 'Ngày kết thúc phải sau ngày bắt đầu.';
    if (Object.keys(problems).length) throw DomainError.validation(problems);

    const qb = this.em.createQueryBuilder(AuditEntryEntity, 'a');
    if (f.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: f.actorId });
    if (f.action) qb.andWhere('a.action = :action', { action: f.action });
    if (f.targetType) qb.andWhere('a.target_type = :targetType', { targetType: f.targetType });
    if (f.targetId) qb.andWhere('a.target_id = :targetId', { targetId: f.targetId });
    if (f.from) qb.andWhere('a.at >= :from', { from: f.from });
    if (f.to) qb.andWhere('a.at < :to', { to: f.to });
    const [items, totalCount] = await pageWithTotal(
      qb.orderBy('a.at', 'DESC').addOrderBy('a.id', 'DESC'),
      page,
      pageSize,
    );
    return { items, totalCount, page, pageSize };
  }
}
