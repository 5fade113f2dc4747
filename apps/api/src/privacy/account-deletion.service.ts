import { DossierStatus, ErrorCode, Role } from '@dvc/shared/domain';
import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { AccountTokenEntity } from '../account/entities/account-token.entity';
import { AccountEntity } from '../account/entities/account.entity';
import { SessionEntity } from '../account/entities/session.entity';
import { PasswordHasher } from '../account/password-hasher';
import { assertNotLastAdmin } from '../admin/account-access.service';
import { AuditAction, AuditLog, AuditTarget } from '../audit/audit-log';
import type { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner } from '../common/database/transaction-runner';
import { DomainError } from '../common/errors/domain-error';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { StorageDriver } from '../common/storage/storage';
import { DossierFileEntity } from '../dossier/entities/dossier-file.entity';
import { DossierEntity } from '../dossier/entities/dossier.entity';
import { ProcessingStepEntity } from '../dossier/entities/processing-step.entity';
import { NotificationEntity } from '../notification/entities/notification.entity';
import { DataExportLinkEntity } from './entities/data-export-link.entity';
import { PRIVACY_LIMITS } from './privacy-limits';

/** What a deleted account's row shows (the row stays: sent dossiers still point at it). */
export const DELETED_ACCOUNT_NAME = 'Tài khoản đã xóa';

/**
 * deleteMyAccount(password). In one transaction: the drafts (rows, steps, file rows), the sessions
 * (every device is logged out at once), the e-mailed tokens and export links, the notifications;
 * then the account row is anonymised: username, e-mail, phone, CCCD, birth date, address and name
 * cleared, an unusable password, deactivated and marked deleted, so the same person can register
 * again. Sent dossiers stay, with their applicant snapshot, for the agency's legal retention period:
 * they point at the anonymised row, which no login can reach. The drafts' stored files are deleted
 * after the commit (a failure there leaves orphans for the sweep, never a row without its file).
 */
@Injectable()
export class AccountDeletionService {
  private readonly logger = new Logger(AccountDeletionService.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly hasher: PasswordHasher,
    private readonly rateLimits: RateLimitService,
    private readonly storage: StorageDriver,
  ) {}

  async delete(user: AuthUser, password: string): Promise<void> {
    await this.rateLimits.consume(PRIVACY_LIMITS.deletePerAccount, user.id);
    const account = await this.tx.run((em) => em.findOneBy(AccountEntity, { id: user.id }));
    if (!account || account.deletedAt) throw new DomainError(ErrorCode.UNAUTHENTICATED);
    if (!password || !(await this.hasher.verify(account.passwordHash, password))) {
      throw DomainError.withFields(
        ErrorCode.WRONG_PASSWORD,
        { password: 'Mật khẩu không đúng.' },
        {
          message: 'Mật khẩu không đúng.',
        },
      );
    }
    const keys = await this.tx.run(async (em) => {
      const current = await em.findOneBy(AccountEntity, { id: user.id });
      if (!current || current.deletedAt) throw new DomainError(ErrorCode.UNAUTHENTICATED);
      if (current.role === Role.ADMIN && !current.deactivatedAt) await assertNotLastAdmin(em, current.id);
      const drafts = await removeDrafts(em, current.id);
      await em.delete(SessionEntity, { accountId: current.id });
      await em.delete(AccountTokenEntity, { accountId: current.id });
      await em.delete(DataExportLinkEntity, { accountId: current.id });
      const notifications = await em.delete(NotificationEntity, { recipientId: current.id });
      const kept = await em.countBy(DossierEntity, { ownerId: current.id });
      const now = new Date();
      await em.update(AccountEntity, { id: current.id }, anonymised(current.id, now));
      await AuditLog.record(em, {
        action: AuditAction.ACCOUNT_DELETED,
        targetType: AuditTarget.ACCOUNT,
        targetId: current.id,
        // The log keeps who and when, not the person's name.
        actor: { id: current.id, name: null, role: current.role },
        summary: {
          after: {
            draftsRemoved: drafts.count,
            draftAttachmentsRemoved: drafts.keys.length,
            notificationsRemoved: notifications.affected ?? null,
            sentDossiersKept: kept,
          },
        },
        at: now,
      });
      return drafts.keys;
    });
    for (const key of keys) {
      await this.storage.delete(key).catch((error: Error) => {
        this.logger.warn(`File ${key} of a deleted draft stays for the orphan sweep: ${error.message}`);
      });
    }
  }
}

async function removeDrafts(em: EntityManager, ownerId: string): Promise<{ count: number; keys: string[] }> {
  const drafts = await em.find(DossierEntity, {
    where: { ownerId, status: DossierStatus.DRAFT },
    select: { id: true },
  });
  const ids = drafts.map((d) => d.id);
  if (ids.length === 0) return { count: 0, keys: [] };
  const files = await em.find(DossierFileEntity, {
    where: { dossierId: In(ids) },
    select: { id: true, storageKey: true },
  });
  await em.delete(DossierFileEntity, { dossierId: In(ids) });
  await em.delete(ProcessingStepEntity, { dossierId: In(ids) });
  await em.delete(DossierEntity, { id: In(ids) });
  return { count: ids.length, keys: files.map((f) => f.storageKey) };
}

/** The row of a deleted account: nothing that identifies the person, nothing that logs in. */
export function anonymised(id: string, now: Date): Partial<AccountEntity> {
  const tag = id.replace(/-/g, '').slice(0, 24);
  return {
    username: `xoa_${tag}`,
    email: `${tag}@tai-khoan-da-xoa.invalid`,
    pendingEmail: null,
    emailVerifiedAt: null,
    fullName: DELETED_ACCOUNT_NAME,
    citizenId: null,
    dateOfBirth: null,
    gender: null,
    phone: null,
    provinceCode: null,
    commune: null,
    street: null,
    // Not an argon2 hash: verification always fails.
    passwordHash: `deleted:${randomBytes(16).toString('hex')}`,
    demoPassword: false,
    failedLoginCount: 0,
    lastFailedLoginAt: null,
    deactivatedAt: now,
    deletedAt: now,
  };
}
