import { Gender, Role } from '@dvc/shared/domain';
import { randomBytes, randomInt } from 'node:crypto';
import { AccountAdminService } from '../../src/account/account-admin.service';
import { SESSION_COOKIE, SessionService } from '../../src/account/session.service';
import { GqlClient } from './gql-client';
import type { TestApp } from './test-app';

export interface TestAccount {
  id: string;
  username: string;
  email: string;
  password: string;
  citizenId: string;
  fullName: string;
}

export interface AccountOverrides {
  role?: Role;
  agencyId?: string | null;
  username?: string;
  email?: string;
  password?: string;
  fullName?: string;
  citizenId?: string;
  /** Default true: the account can log in at once. */
  verified?: boolean;
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

/** A random, valid 12-digit CCCD (province code 001). */
export function randomCitizenId(): string {
  return `001${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`;
}

/** A random, valid Vietnamese mobile number. */
export function randomPhone(): string {
  return `09${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

/**
 * Creates a verified account straight through AccountAdminService (no captcha, no e-mail): unique random
 * values unless overridden. Officers get their agency with `{ role: Role.OFFICER, agencyId }`.
 */
export async function createAccount(t: TestApp, overrides: AccountOverrides = {}): Promise<TestAccount> {
  const tag = hex(5);
  const username = overrides.username ?? `user${tag}`;
  const email = overrides.email ?? `${username}@example.vn`;
  const password = overrides.password ?? `Thu-nghiem-${hex(4)}`;
  const citizenId = overrides.citizenId ?? randomCitizenId();
  const fullName = overrides.fullName ?? 'Nguyễn Thị Thử';
  const account = await t.app.get(AccountAdminService).createAccount({
    username,
    email,
    password,
    fullName,
    citizenId,
    role: overrides.role ?? Role.CITIZEN,
    agencyId: overrides.agencyId ?? null,
    dateOfBirth: '1990-01-15',
    gender: Gender.FEMALE,
    phone: randomPhone(),
    verified: overrides.verified ?? true,
  });
  return {
    id: account.id,
    username: account.username,
    email: account.email,
    password,
    citizenId,
    fullName: account.fullName,
  };
}

/**
 * A client whose cookie jar holds a session of `account`. The session is opened directly (as a
 * login would), so suites that log in many times never meet the login rate limits.
 */
export async function loginAs(
  t: TestApp,
  account: { id: string },
  options: { rememberMe?: boolean; headers?: Record<string, string> } = {},
): Promise<GqlClient> {
  const { token } = await t.app.get(SessionService).create(account.id, options.rememberMe ?? false);
  const client = t.client(options.headers);
  client.setCookie(SESSION_COOKIE, token);
  return client;
}

export const LOGIN_MUTATION = `mutation Login($input: LoginInput!) {
  login(input: $input) { rememberMe account { id username role fullName } }
}`;

/** Logs in over HTTP with the real `login` mutation (rate limits apply). */
export async function loginOverHttp(
  client: GqlClient,
  username: string,
  password: string,
  rememberMe = false,
) {
  return client.gql<{
    login: { rememberMe: boolean; account: { id: string; username: string; role: string; fullName: string } };
  }>(LOGIN_MUTATION, { input: { username, password, rememberMe } });
}

/** A random documentation-range IP, so each test client has its own rate-limit buckets (TRUST_PROXY=true). */
export function randomIp(): string {
  return `198.51.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

export const CAPTCHA_QUERY = '{ captcha { id svg expiresAt } }';

export async function newCaptchaId(client: GqlClient): Promise<string> {
  const res = await client.gql<{ captcha: { id: string } }>(CAPTCHA_QUERY);
  if (!res.data) throw new Error(`captcha failed: ${JSON.stringify(res.errors)}`);
  return res.data.captcha.id;
}

export const REGISTER_MUTATION = `mutation Register($input: RegisterInput!) {
  register(input: $input) { username email emailVerified }
}`;

export interface RegistrationData {
  fullName: string;
  username: string;
  email: string;
  password: string;
  citizenId: string;
  dateOfBirth: string;
  gender: string;
  phone: string;
  provinceCode?: string | null;
  commune?: string | null;
  street?: string | null;
  /** Consent to the privacy notice; registration without it answers CONSENT_REQUIRED. */
  privacyConsent?: boolean | null;
}

/** A complete, valid registration (captcha excluded) with unique values; overrides may be invalid. */
export function registrationInput(overrides: Record<string, unknown> = {}): RegistrationData {
  const tag = hex(4);
  return {
    fullName: 'Trần Văn Đăng Ký',
    username: `dk${tag}`,
    email: `dk${tag}@example.vn`,
    password: 'mot cum tu de nho',
    citizenId: randomCitizenId(),
    dateOfBirth: '1988-08-08',
    gender: 'MALE',
    phone: randomPhone(),
    provinceCode: '79',
    commune: 'Phường Sài Gòn',
    street: '12 Lê Lợi',
    privacyConsent: true,
    ...overrides,
  } as RegistrationData;
}
