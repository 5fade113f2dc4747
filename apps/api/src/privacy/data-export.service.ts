import { ErrorCode } from '@dvc/shared/domain';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AccountSecrets } from '../account/account-secrets';
import { AuditAction, AuditLog, AuditTarget } from '../audit/audit-log';
import type { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner } from '../common/database/transaction-runner';
import { DomainError } from '../common/errors/domain-error';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { DataExportLinkEntity } from './entities/data-export-link.entity';
import { collectPersonalData, PersonalData } from './personal-data.collector';
import { EXPORT_DOWNLOAD_PATH, EXPORT_LINK_TTL_SECONDS, PRIVACY_LIMITS } from './privacy-limits';

/** Keyed-hash purpose of export tokens (AccountSecrets: a database copy alone opens no link). */
const HASH_PURPOSE = 'data-export';

/**
 * exportMyData: a one-time link, valid 1 hour, to a ZIP of the caller's personal data. Creating it
 * writes the hashed token and the audit entry in one transaction; downloading it marks it used
 * (atomically: two concurrent downloads cannot both pass) before the ZIP is built.
 */
@Injectable()
export class DataExportService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly dataSource: DataSource,
    private readonly secrets: AccountSecrets,
    private readonly rateLimits: RateLimitService,
  ) {}

  async createLink(user: AuthUser): Promise<{ url: string; expiresAt: Date }> {
    await this.rateLimits.consume(PRIVACY_LIMITS.exportPerAccount, user.id);
    const token = this.secrets.newToken();
    const createdAt = new Date();
    const expiresAt = new Date(createdAt.getTime() + EXPORT_LINK_TTL_SECONDS * 1000);
    await this.tx.run(async (em) => {
      await em.insert(DataExportLinkEntity, {
        id: randomUUID(),
        accountId: user.id,
        tokenHash: this.secrets.hash(HASH_PURPOSE, token),
        expiresAt,
        usedAt: null,
        createdAt,
      });
      await AuditLog.record(em, {
        action: AuditAction.DATA_EXPORT,
        targetType: AuditTarget.ACCOUNT,
        targetId: user.id,
        summary: { after: { expiresAt } },
      });
    });
    return { url: `${EXPORT_DOWNLOAD_PATH}/${token}`, expiresAt };
  }

  /**
   * Uses up the link and answers what goes into the ZIP. Someone else's link (or an unknown one) is
   * NOT_FOUND, so a link says nothing to another account; a used one TOKEN_INVALID; an old one TOKEN_EXPIRED.
   */
  async redeem(user: AuthUser, token: string): Promise<PersonalData> {
    const tokenHash = this.secrets.hash(HASH_PURPOSE, String(token ?? ''));
    const link = await this.dataSource.getRepository(DataExportLinkEntity).findOneBy({ tokenHash });
    if (!link || link.accountId !== user.id) throw DomainError.notFound();
    if (link.usedAt) throw new DomainError(ErrorCode.TOKEN_INVALID);
    const now = new Date();
    if (link.expiresAt.getTime() <= now.getTime()) throw new DomainError(ErrorCode.TOKEN_EXPIRED);
    const taken = await this.tx.run(async (em) => {
      const result = await em
        .createQueryBuilder()
        .update(DataExportLinkEntity)
        .set({ usedAt: now })
        .where('id = :id AND used_at IS NULL', { id: link.id })
        .execute();
      return (result.affected ?? 0) === 1;
    });
    if (!taken) throw new DomainError(ErrorCode.TOKEN_INVALID);
    // Reads only, outside the transaction: on SQLite an open transaction would hold every request.
    return collectPersonalData(this.dataSource.manager, link.accountId);
  }
}
