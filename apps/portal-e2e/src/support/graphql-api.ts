import { BrowserContext } from 'playwright-core';
import { randomInt } from 'node:crypto';
import { e2eEnv } from './e2e-env';
import { waitForMail } from './mail-text';

/** One GraphQL request to the e2e server, without a session; throws on any error. */
export async function api<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export interface CitizenAccount {
  username: string;
  email: string;
  password: string;
  fullName: string;
}

/**
 * A citizen with a complete profile (so the applicant block is prefilled), registered through the
 * API (the e2e server's captcha answer) and verified through the link in the captured e-mail.
 */
export async function registerCitizen<A extends CitizenAccount>(account: A, dateOfBirth: string): Promise<A> {
  const env = e2eEnv();
  const { captcha } = await api<{ captcha: { id: string } }>(env.baseUrl, '{ captcha { id } }');
  await api(env.baseUrl, 'mutation($input: RegisterInput!) { register(input: $input) { username } }', {
    input: {
      ...account,
      captchaId: captcha.id,
      captchaAnswer: env.captchaAnswer,
      citizenId: `001${String(randomInt(0, 1e9)).padStart(9, '0')}`,
      dateOfBirth,
      gender: 'FEMALE',
      phone: `09${String(randomInt(0, 1e8)).padStart(8, '0')}`,
      provinceCode: '01',
      commune: 'Phường Ba Đình',
      street: '1 Hoàng Hoa Thám',
      privacyConsent: true,
    },
  });
  const link = await waitForMail(env.mailDir, account.email, /token=[\w%-]+/);
  await api(env.baseUrl, 'mutation($token: String!) { verifyEmail(token: $token) }', {
    token: decodeURIComponent(link.slice('token='.length)),
  });
  return account;
}

/** One GraphQL request with a browser context's session cookie; throws on any error. */
export async function sessionApi<T>(
  context: BrowserContext,
  baseUrl: string,
  query: string,
  variables: object = {},
): Promise<T> {
  const res = await context.request.post(`${baseUrl}/graphql`, { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
