import { Client, createClient } from 'graphql-ws';
import { SMTPServer } from 'smtp-server';
import WebSocket from 'ws';
import { SESSION_COOKIE } from '../../src/account/session.service';
import { decodeMail } from './account-mail';
import type { GqlClient } from './gql-client';

export const NOTIFICATION_FIELDS = 'id dossierId dossierCode title body status createdAt readAt';
export const NOTIFICATIONS = `query Notifications($unreadOnly: Boolean, $page: Int, $pageSize: Int) {
  notifications(unreadOnly: $unreadOnly, page: $page, pageSize: $pageSize) {
    totalCount page pageSize unreadCount items { ${NOTIFICATION_FIELDS} } } }`;
export const UNREAD_COUNT = '{ unreadNotificationCount }';
export const MARK_READ = 'mutation Mark($ids: [ID!]!) { markNotificationsRead(ids: $ids) }';
export const NOTIFICATION_ADDED = `subscription { notificationAdded { ${NOTIFICATION_FIELDS} } }`;

export interface NotificationData {
  id: string;
  dossierId: string;
  dossierCode: string | null;
  title: string;
  body: string;
  status: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPageData {
  totalCount: number;
  page: number;
  pageSize: number;
  unreadCount: number;
  items: NotificationData[];
}

export async function notificationsOf(
  client: GqlClient,
  variables: Record<string, unknown> = {},
): Promise<NotificationPageData> {
  const res = await client.gql<{ notifications: NotificationPageData }>(NOTIFICATIONS, variables);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.notifications;
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export interface ReceivedMail {
  to: string[];
  text: string;
}

/**
 * A real SMTP server on localhost keeping what it accepts in memory. While `refusing` is set it
 * answers every recipient with a temporary failure (451), as a mail server that is down would.
 */
export async function startSmtp(port = 0): Promise<{
  port: number;
  mails: ReceivedMail[];
  refusing: boolean;
  refused: number;
  close(): Promise<void>;
}> {
  const state = {
    port: 0,
    mails: [] as ReceivedMail[],
    refusing: false,
    refused: 0,
    close: (): Promise<void> => Promise.resolve(),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!state.refusing) return callback();
      state.refused++;
      callback(Object.assign(new Error('Hệ thống thư tạm thời không nhận thư'), { responseCode: 451 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        state.mails.push({ to: session.envelope.rcptTo.map((r) => r.address), text: decodeMail(raw) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const address = server.server.address();
  state.port = typeof address === 'object' && address ? address.port : 0;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}

/** A graphql-ws client that authenticates like the portal: the session cookie on the upgrade request. */
export function wsClient(
  baseUrl: string,
  client: GqlClient | null,
  headers: Record<string, string> = {},
): Client {
  const token = client?.cookie(SESSION_COOKIE);
  const all = { ...(token ? { cookie: `${SESSION_COOKIE}=${token}` } : {}), ...headers };
  class CookieSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: all });
    }
  }
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: CookieSocket,
    retryAttempts: 0,
    lazy: true,
  });
}

export interface LiveFeed {
  received: NotificationData[];
  errors: unknown[];
  /** Waits for the n-th notification (1-based). */
  nth(n: number, timeoutMs?: number): Promise<NotificationData>;
  dispose(): Promise<void>;
}

/** Subscribes to notificationAdded; the caller must wait until the server has subscribed. */
export function subscribeNotifications(ws: Client): LiveFeed {
  const feed: LiveFeed = {
    received: [],
    errors: [],
    nth: async (n, timeoutMs = 10_000) => {
      await waitFor(() => feed.received.length >= n || feed.errors.length > 0, timeoutMs);
      if (feed.received.length < n) throw new Error(`Subscription failed: ${JSON.stringify(feed.errors)}`);
      return feed.received[n - 1];
    },
    dispose: async () => {
      stop();
      await ws.dispose();
    },
  };
  const stop = ws.subscribe<{ notificationAdded: NotificationData }>(
    { query: NOTIFICATION_ADDED },
    {
      next: (value) => {
        if (value.data) feed.received.push(value.data.notificationAdded);
        if (value.errors) feed.errors.push(value.errors);
      },
      error: (error) => feed.errors.push(error),
      complete: () => undefined,
    },
  );
  return feed;
}

/** Why the server closed a socket that was refused (graphql-ws: 4403 Forbidden). */
export function closeCodeOf(ws: Client): Promise<number> {
  return new Promise((resolve) => {
    ws.on('closed', (event) => resolve((event as { code: number }).code));
    ws.subscribe(
      { query: NOTIFICATION_ADDED },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
  });
}

/** Officer actions selecting only what these suites read (independent of the back-office fixtures). */
const STEP_FIELDS = 'id code status version';
export const STEP = {
  receiveDossier: `mutation($id: ID!, $v: Int!, $note: String) {
    receiveDossier(id: $id, expectedVersion: $v, note: $note) { ${STEP_FIELDS} } }`,
  startProcessing: `mutation($id: ID!, $v: Int!, $note: String) {
    startProcessing(id: $id, expectedVersion: $v, note: $note) { ${STEP_FIELDS} } }`,
  requestSupplement: `mutation($id: ID!, $v: Int!, $note: String, $items: [SupplementItemInput!]!) {
    requestSupplement(id: $id, expectedVersion: $v, note: $note, items: $items) { ${STEP_FIELDS} } }`,
  rejectDossier: `mutation($id: ID!, $v: Int!, $reason: String!) {
    rejectDossier(id: $id, expectedVersion: $v, reason: $reason) { ${STEP_FIELDS} } }`,
  submitDossier: `mutation($id: ID!) { submitDossier(id: $id) { ${STEP_FIELDS} } }`,
} as const;

export interface StepDossier {
  id: string;
  code: string | null;
  status: string;
  version: number;
}

/** Runs one action; throws with the GraphQL errors unless it succeeded. */
export async function step(
  client: GqlClient,
  action: keyof typeof STEP,
  variables: Record<string, unknown>,
): Promise<StepDossier> {
  const res = await client.gql<Record<string, StepDossier>>(STEP[action], variables);
  const value = res.data?.[action];
  if (!value) throw new Error(`${action}: ${JSON.stringify(res.errors)}`);
  return value;
}
