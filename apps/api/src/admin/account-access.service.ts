import { Injectable } from '@nestjs/common';
import { ErrorCode, RESET_PASSWORD_PATH, Role } from '@dvc/shared/domain';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AccountAdminService } from '../account/account-admin.service';
import { AccountTokensService } from '../account/account-tokens.service';
import { SessionService } from '../account/session.service';
import { AccountEntity } from '../account/entities/account.entity';
import { TokenPurpose } from '../account/entities/account-token.entity';
import { AuditAction, AuditLog, AuditTarget } from '../audit/audit-log';
import type { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner } from '../common/database/transaction-runner';
import { DomainError } from '../common/errors/domain-error';
import { MailOutbox } from '../common/mail/mail-outbox.service';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { AppConfig } from '../config/app-config';
import { AgencyEntity } from '../service/entities/agency.entity';
import { ADMIN_LIMITS, INVITATION_TTL_SECONDS } from './admin-limits';
import { InviteAccountInput } from './dto/admin-accounts.args';
import { invitationMail } from './invitation-mail';

const STAFF: Role[] = [Role.OFFICER, Role.ADMIN];

/**
 * What an admin changes on accounts: invite an officer or admin, change a role or agency,
 * deactivate and reactivate. Every change writes its audit entry in its transaction; a change of
 * access ends the account's sessions at once (the next request is anonymous). The last active admin
 * can be neither deactivated nor demoted (LAST_ADMIN), checked inside the transaction.
 */
@Injectable()
export class AccountAccessService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly accountAdmin: AccountAdminService,
    private readonly tokens: AccountTokensService,
    private readonly sessions: SessionService,
    private readonly outbox: MailOutbox,
    private readonly rateLimits: RateLimitService,
    private readonly config: AppConfig,
  ) {}

  async invite(admin: AuthUser, input: InviteAccountInput): Promise<AccountEntity> {
    await this.rateLimits.consume(ADMIN_LIMITS.invitePerAccount, admin.id);
    if (!STAFF.includes(input.role))
      throw DomainError.validation({ role: 'Chỉ mời được cán bộ hoặc quản trị viên.' });
    await this.tx.run((em) => checkAgency(em, input.role, input.agencyId ?? null));
    // A random password nobody knows: the account is usable once its owner sets one from the link.
    // Validation (names, e-mail, uniqueness) is the account feature's, as for every other account.
    const account = await this.accountAdmin.createAccount({
      username: input.username,
      email: input.email,
      fullName: input.fullName,
      password: `${randomBytes(24).toString('base64url')}aA1!`,
      role: input.role,
      agencyId: input.role === Role.OFFICER ? (input.agencyId ?? null) : null,
      verified: false,
    });
    // A reset token: the reset page sets the password and, the link having reached the address,
    // verifies the e-mail too.
    const token = await this.tokens.issue(
      account.id,
      TokenPurpose.RESET_PASSWORD,
      account.email,
      INVITATION_TTL_SECONDS,
    );
    const link = `${this.config.env.PUBLIC_URL}${RESET_PASSWORD_PATH}?token=${encodeURIComponent(token)}`;
    await this.tx.run(async (em) => {
      await AuditLog.record(em, {
        action: AuditAction.ACCOUNT_INVITED,
        targetType: AuditTarget.ACCOUNT,
        targetId: account.id,
        summary: { after: { username: account.username, role: account.role, agencyId: account.agencyId } },
      });
      await this.outbox.enqueue(
        em,
        invitationMail(account.email, account.fullName, account.username, account.role, link),
      );
    });
    return account;
  }

  async updateAccess(
    admin: AuthUser,
    id: string,
    role: Role,
    agencyId: string | null,
  ): Promise<AccountEntity> {
    await this.rateLimits.consume(ADMIN_LIMITS.accountChangePerAccount, admin.id);
    const account = await this.tx.run(async (em) => {
      const found = await this.find(em, id);
      if (found.role === Role.CITIZEN || !STAFF.includes(role)) {
        // A citizen's account holds their dossiers: it is never turned into a staff account.
        throw DomainError.validation({ role: 'Chỉ đổi vai trò giữa cán bộ và quản trị viên.' });
      }
      await checkAgency(em, role, agencyId);
      const next = role === Role.OFFICER ? agencyId : null;
      if (found.role === Role.ADMIN && role !== Role.ADMIN && !found.deactivatedAt)
        await assertNotLastAdmin(em, found.id);
      const before = { role: found.role, agencyId: found.agencyId };
      await em.update(AccountEntity, { id }, { role, agencyId: next });
      await AuditLog.record(em, {
        action: AuditAction.ACCOUNT_ROLE_CHANGED,
        targetType: AuditTarget.ACCOUNT,
        targetId: id,
        summary: { before, after: { role, agencyId: next } },
      });
      return Object.assign(found, { role, agencyId: next });
    });
    // New rights take effect at the next login.
    await this.sessions.destroyOthers(id, null);
    return account;
  }

  async setActive(admin: AuthUser, id: string, active: boolean): Promise<AccountEntity> {
    await this.rateLimits.consume(ADMIN_LIMITS.accountChangePerAccount, admin.id);
    const account = await this.tx.run(async (em) => {
      const found = await this.find(em, id);
      if (active === !found.deactivatedAt) return found; // already so: nothing to record
      if (!active && found.role === Role.ADMIN) await assertNotLastAdmin(em, found.id);
      const deactivatedAt = active ? null : new Date();
      await em.update(AccountEntity, { id }, { deactivatedAt });
      await AuditLog.record(em, {
        action: active ? AuditAction.ACCOUNT_REACTIVATED : AuditAction.ACCOUNT_DEACTIVATED,
        targetType: AuditTarget.ACCOUNT,
        targetId: id,
        summary: { before: { active: !active }, after: { active } },
      });
      return Object.assign(found, { deactivatedAt });
    });
    // Deactivating ends every session of the account at once.
    if (!active) await this.sessions.destroyOthers(id, null);
    return account;
  }

  private async find(em: EntityManager, id: string): Promise<AccountEntity> {
    const found = await em.findOneBy(AccountEntity, { id });
    // A deleted account (privacy/) is not managed any more: its row only anchors the sent dossiers.
    if (!found || found.deletedAt) throw new DomainError(ErrorCode.NOT_FOUND);
    return found;
  }
}

/** An officer belongs to an existing, active agency; an admin to none. */
async function checkAgency(em: EntityManager, role: Role, agencyId: string | null): Promise<void> {
  if (role !== Role.OFFICER) return;
  if (!agencyId) throw DomainError.validation({ agencyId: 'Vui lòng chọn cơ quan của cán bộ.' });
  if (!(await em.existsBy(AgencyEntity, { id: agencyId, active: true }))) {
    throw DomainError.validation({ agencyId: 'Cơ quan không tồn tại hoặc đã ngừng hoạt động.' });
  }
}

/**
 * Another active admin must remain. Read in the changing transaction; two admins demoting each
 * other at the same instant on MySQL could still both pass (no row lock on "the others"): the
 * window is a few milliseconds and the CLI (admin:create) is the way back.
 */
export async function assertNotLastAdmin(em: EntityManager, id: string): Promise<void> {
  const others = await em
    .createQueryBuilder(AccountEntity, 'a')
    .where('a.role = :role AND a.id <> :id AND a.deactivated_at IS NULL AND a.deleted_at IS NULL', {
      role: Role.ADMIN,
      id,
    })
    .getCount();
  if (others === 0) throw new DomainError(ErrorCode.LAST_ADMIN);
}
