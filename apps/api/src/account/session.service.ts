import { REMEMBER_ME_SECONDS, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from '@dvc/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CookieOptions, Response } from 'express';
import { Not, Repository } from 'typeorm';
import type { AppRequest } from '../common/auth/auth-user';
import { FixedSelect } from '../common/database/fixed-select';
import { AppConfig } from '../config/app-config';
import { AccountSecrets } from './account-secrets';
import { AccountEntity } from './entities/account.entity';
import { SessionEntity } from './entities/session.entity';

export const SESSION_COOKIE = 'dvc_session';
const HASH_PURPOSE = 'session';
/** lastSeenAt is written at most this often per session, not on every request. */
const TOUCH_EVERY_MS = 60_000;

export interface ActiveSession {
  session: SessionEntity;
  account: AccountEntity;
}

/**
 * Server-side sessions in the database. The cookie carries 256 random bits; the row stores their
 * HMAC. Without remember me: a browser-session cookie, 30 minutes idle and 12 hours at most.
 * With remember me: a persistent cookie and a 30-day session.
 */
@Injectable()
export class SessionService {
  private readonly lookup: FixedSelect<{ s: SessionEntity; a: AccountEntity }>;
  private readonly lookupFrom: string;

  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    private readonly secrets: AccountSecrets,
    private readonly config: AppConfig,
  ) {
    this.lookup = new FixedSelect(sessions.manager.connection, { s: SessionEntity, a: AccountEntity });
    const { lookup } = this;
    this.lookupFrom =
      `FROM ${lookup.table(SessionEntity)} s INNER JOIN ${lookup.table(AccountEntity)} a ` +
      'ON a.id = s.account_id WHERE s.token_hash = ?';
  }

  /** Starts a session; returns the cookie value (shown to no one else). */
  async create(
    accountId: string,
    persistent: boolean,
    client: { ip?: string | null; userAgent?: string | null } = {},
  ): Promise<{ token: string; session: SessionEntity }> {
    const token = this.secrets.newToken();
    const now = new Date();
    const lifetime = persistent ? REMEMBER_ME_SECONDS : SESSION_ABSOLUTE_SECONDS;
    const session = this.sessions.create({
      tokenHash: this.secrets.hash(HASH_PURPOSE, token),
      accountId,
      persistent,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + lifetime * 1000),
      ip: client.ip?.slice(0, 45) ?? null,
      userAgent: client.userAgent?.slice(0, 255) ?? null,
    });
    await this.sessions.insert(session);
    return { token, session };
  }

  /**
   * The live session behind a cookie value, or null (an expired one is deleted on the way).
   * `touch: false` checks without counting as activity (an open live-updates socket is not a user).
   */
  async resolve(token: string | undefined, { touch = true } = {}): Promise<ActiveSession | null> {
    if (!token || token.length > 100) return null;
    // The session and its account in one statement, written once: this runs before every logged-in request.
    const [found] = await this.lookup.many(this.lookupFrom, [this.secrets.hash(HASH_PURPOSE, token)]);
    if (!found) return null;
    const { s: session, a: account } = found;
    const now = Date.now();
    const idleUntil = session.lastSeenAt.getTime() + SESSION_IDLE_SECONDS * 1000;
    if (session.expiresAt.getTime() <= now || (!session.persistent && idleUntil <= now)) {
      await this.sessions.delete({ id: session.id });
      return null;
    }
    if (touch && now - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
      session.lastSeenAt = new Date(now);
      await this.sessions.update({ id: session.id }, { lastSeenAt: session.lastSeenAt });
    }
    return { session, account };
  }

  async destroy(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }

  async destroyByToken(token: string | undefined): Promise<void> {
    if (token) await this.sessions.delete({ tokenHash: this.secrets.hash(HASH_PURPOSE, token) });
  }

  /** Ends every session of the account except `keepSessionId` (all of them when it is null). */
  async destroyOthers(accountId: string, keepSessionId: string | null): Promise<void> {
    await this.sessions.delete(keepSessionId ? { accountId, id: Not(keepSessionId) } : { accountId });
  }

  countFor(accountId: string): Promise<number> {
    return this.sessions.countBy({ accountId });
  }

  // ---- Cookie ----

  tokenFrom(req: AppRequest): string | undefined {
    const cookies = (req as AppRequest & { cookies?: Record<string, string> }).cookies;
    const value = cookies?.[SESSION_COOKIE];
    return typeof value === 'string' && value ? value : undefined;
  }

  setCookie(res: Response, token: string, session: SessionEntity): void {
    res.cookie(SESSION_COOKIE, token, {
      ...this.cookieOptions(),
      // Without remember me the cookie has no expiry: the browser drops it when it closes.
      ...(session.persistent ? { expires: session.expiresAt } : {}),
    });
  }

  clearCookie(res: Response): void {
    res.clearCookie(SESSION_COOKIE, this.cookieOptions());
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.secureCookies, path: '/' };
  }
}
