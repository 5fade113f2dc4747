import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { GqlClient } from './gql-client';
import type { TestApp } from './test-app';

export const CREATE_CLIENT = `mutation C($input: CreateApiClientInput!) {
  createApiClient(input: $input) { id name agencyId scopes active } }`;
export const CREATE_TOKEN = `mutation T($clientId: ID!, $expiresAt: DateTime) {
  createApiToken(clientId: $clientId, expiresAt: $expiresAt) { secret token { id prefix active expiresAt } } }`;
export const REVOKE_TOKEN = 'mutation R($id: ID!) { revokeApiToken(id: $id) { id active revokedAt } }';
export const API_CLIENTS = `{ apiClients { id name scopes active requestCount
  tokens { id prefix active lastUsedAt requestCount revokedAt } webhooks { id url events } } }`;
export const CREATE_WEBHOOK = `mutation W($clientId: ID!, $url: String!, $events: [String!]!) {
  createWebhook(clientId: $clientId, url: $url, events: $events) { secret webhook { id url events } } }`;
export const WEBHOOK_DELIVERIES = `query D($id: ID!) { webhookDeliveries(webhookId: $id) {
  id eventType status attempts payload lastStatusCode log { statusCode durationMs error } } }`;

/** Data of a successful answer, or a thrown error naming the GraphQL errors. */
export function must<T>(res: { data: unknown; errors?: unknown[] }, field: string): T {
  const value = (res.data as Record<string, unknown> | null)?.[field];
  if (value === undefined || value === null || res.errors) throw new Error(JSON.stringify(res.errors));
  return value as T;
}

export interface IssuedToken {
  clientId: string;
  tokenId: string;
  secret: string;
}

/** An API client (created by `admin`) with one token. */
export async function issueToken(
  admin: GqlClient,
  input: { name?: string; agencyId?: string | null; scopes: string[] },
): Promise<IssuedToken> {
  const name = input.name ?? `Ứng dụng thử ${Math.random().toString(36).slice(2, 8)}`;
  const client = must<{ id: string }>(
    await admin.gql(CREATE_CLIENT, {
      input: { name, agencyId: input.agencyId ?? null, scopes: input.scopes },
    }),
    'createApiClient',
  );
  const created = must<{ secret: string; token: { id: string } }>(
    await admin.gql(CREATE_TOKEN, { clientId: client.id }),
    'createApiToken',
  );
  return { clientId: client.id, tokenId: created.token.id, secret: created.secret };
}

/** A client that sends only the bearer token (no cookie, no CSRF header). */
export function bearer(t: TestApp, secret: string): GqlClient {
  return t.client({ authorization: `Bearer ${secret}` });
}

export interface ReceivedHook {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local webhook receiver: answers each POST with the next status of `statuses` (then 200). */
export async function startReceiver(statuses: number[] = []): Promise<{
  url: string;
  received: ReceivedHook[];
  close(): Promise<void>;
}> {
  const received: ReceivedHook[] = [];
  const queue = [...statuses];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = queue.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
