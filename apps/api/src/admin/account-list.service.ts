import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { normalizeText } from '@dvc/shared/domain';
import { EntityManager, In } from 'typeorm';
import { AccountEntity } from '../account/entities/account.entity';
import type { AuthUser } from '../common/auth/auth-user';
import { pageWithTotal } from '../common/database/page-with-total';
import { DomainError } from '../common/errors/domain-error';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { AgencyEntity } from '../service/entities/agency.entity';
import { ADMIN_LIMITS } from './admin-limits';
import { ADMIN_ACCOUNTS_MAX_PAGE_SIZE, AdminAccountsArgs } from './dto/admin-accounts.args';
import { AdminAccountModel, AdminAccountPageModel } from './models/admin-account.model';

const SEARCH_MAX = 100;

/** adminAccounts: the admin's list of accounts, staff first, then by name; search and paging. */
@Injectable()
export class AccountListService {
  constructor(
    @InjectEntityManager() private readonly em: EntityManager,
    private readonly rateLimits: RateLimitService,
  ) {}

  async page(admin: AuthUser, args: AdminAccountsArgs): Promise<AdminAccountPageModel> {
    await this.rateLimits.consume(ADMIN_LIMITS.accountsReadPerAccount, admin.id);
    const page = args.page ?? 1;
    const pageSize = args.pageSize ?? 20;
    const f = args.filter ?? {};
    const problems: Record<string, string> = {};
    if (!Number.isInteger(page) || page < 1) problems['page'] = 'Trang phải là số nguyên từ 1.';
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > ADMIN_ACCOUNTS_MAX_PAGE_SIZE) {
      problems['pageSize'] = `Số dòng mỗi trang từ 1 đến ${ADMIN_ACCOUNTS_MAX_PAGE_SIZE}.`;
    }
    if ((f.search?.length ?? 0) > SEARCH_MAX) problems['search'] = `Tối đa ${SEARCH_MAX} ký tự.`;
    if (Object.keys(problems).length) throw DomainError.validation(problems);

    const qb = this.em.createQueryBuilder(AccountEntity, 'a');
    const search = normalizeText(f.search ?? '').toLowerCase();
    if (search) {
      // LIKE with the text's wildcards escaped by '!' (a backslash means different things in MySQL
      // and SQLite string literals); usernames and e-mails are stored lower-case.
      const like = `%${search.replace(/[!%_]/g, (c) => `!${c}`)}%`;
      qb.andWhere(
        "(a.username LIKE :like ESCAPE '!' OR a.email LIKE :like ESCAPE '!' OR LOWER(a.full_name) LIKE :like ESCAPE '!')",
        { like },
      );
    }
    if (f.role) qb.andWhere('a.role = :role', { role: f.role });
    if (f.agencyId) qb.andWhere('a.agency_id = :agencyId', { agencyId: f.agencyId });
    if (f.active === true) qb.andWhere('a.deactivated_at IS NULL');
    if (f.active === false) qb.andWhere('a.deactivated_at IS NOT NULL');
    const [rows, totalCount] = await pageWithTotal(
      qb.orderBy('a.full_name', 'ASC').addOrderBy('a.id', 'ASC'),
      page,
      pageSize,
    );
    const agencyIds = [...new Set(rows.map((r) => r.agencyId).filter((id): id is string => !!id))];
    const agencies = agencyIds.length
      ? await this.em.find(AgencyEntity, { where: { id: In(agencyIds) }, select: ['id', 'name'] })
      : [];
    const names = new Map(agencies.map((a) => [a.id, a.name]));
    return {
      items: rows.map((r) => toAdminAccount(r, names.get(r.agencyId ?? '') ?? null)),
      totalCount,
      page,
      pageSize,
    };
  }

  async one(id: string): Promise<AdminAccountModel> {
    const account = await this.em.findOneBy(AccountEntity, { id });
    if (!account) throw DomainError.notFound();
    const agency = account.agencyId ? await this.em.findOneBy(AgencyEntity, { id: account.agencyId }) : null;
    return toAdminAccount(account, agency?.name ?? null);
  }
}

export function toAdminAccount(a: AccountEntity, agencyName: string | null): AdminAccountModel {
  return {
    id: a.id,
    username: a.username,
    email: a.email,
    fullName: a.fullName,
    role: a.role,
    agencyId: a.agencyId,
    agencyName,
    active: !a.deactivatedAt,
    deactivatedAt: a.deactivatedAt ?? null,
    lastLoginAt: a.lastLoginAt ?? null,
    emailVerified: !!a.emailVerifiedAt,
    createdAt: a.createdAt,
  };
}
