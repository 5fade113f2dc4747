import { createHmac } from 'node:crypto';
import { WebhookDeliveryEntity } from '../src/integration/entities/webhook-delivery.entity';
import { verifyWebhook } from '../src/integration/integration-secrets';
import { waitFor } from './support/notifications';
import {
  CREATE_WEBHOOK,
  issueToken,
  must,
  ReceivedHook,
  startReceiver,
  WEBHOOK_DELIVERIES,
} from './support/integration';
import {
  act,
  codeOf,
  createWorld,
  dataSource,
  dossierOf,
  ProcessingWorld,
  sentDossier,
} from './support/processing';
import { createTestApp, TestApp } from './support/test-app';

interface Delivery {
  id: string;
  eventType: string;
  status: string;
  attempts: number;
  payload: string;
  lastStatusCode: number | null;
  log: { statusCode: number | null; durationMs: number; error: string | null }[];
}

/** Webhooks: queued with the change, posted signed (Standard Webhooks), retried, logged, redelivered. */
describe('webhooks', () => {
  let t: TestApp;
  let w: ProcessingWorld;

  beforeAll(async () => {
    t = await createTestApp({
      SEED_ON_START: 'false',
      WEBHOOK_POLL_INTERVAL_MS: '50',
      WEBHOOK_RETRY_BASE_MS: '100',
    });
    w = await createWorld(t);
  });
  afterAll(() => t?.close());

  const register = async (clientId: string, url: string, events: string[]) =>
    must<{ secret: string; webhook: { id: string } }>(
      await w.admin.gql(CREATE_WEBHOOK, { clientId, url, events }),
      'createWebhook',
    );
  const deliveries = async (webhookId: string) =>
    must<Delivery[]>(await w.admin.gql(WEBHOOK_DELIVERIES, { id: webhookId }), 'webhookDeliveries');
  const parsed = (hook: ReceivedHook) =>
    JSON.parse(hook.body) as { type: string; timestamp: string; data: Record<string, unknown> };

  it('posts the agency’s dossier events, signed, with identifiers only; other agencies hear nothing', async () => {
    const receiver = await startReceiver();
    const otherReceiver = await startReceiver();
    try {
      const client = await issueToken(w.admin, { agencyId: w.proc.agency.id, scopes: ['dossiers:read'] });
      const other = await issueToken(w.admin, { agencyId: w.otherProc.agency.id, scopes: ['dossiers:read'] });
      const { secret, webhook } = await register(client.clientId, receiver.url, [
        'dossier.submitted',
        'dossier.status_changed',
        'dossier.completed',
      ]);
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32}$/);
      await register(other.clientId, otherReceiver.url, ['dossier.submitted', 'dossier.status_changed']);
      const dossier = await sentDossier(w);
      const received = dossierOf(await act(w.officer, 'receiveDossier', dossier, w.proc));
      await waitFor(() => receiver.received.length >= 3);
      const bodies = receiver.received.map(parsed);
      expect(bodies.map((b) => b.type).sort()).toEqual([
        'dossier.status_changed',
        'dossier.status_changed',
        'dossier.submitted',
      ]);
      for (const body of bodies)
        expect(Object.keys(body.data).sort()).toEqual(['code', 'id', 'status', 'version']);
      const last = bodies.find((b) => b.type === 'dossier.status_changed' && b.data['status'] === 'RECEIVED');
      expect(last?.data).toEqual({
        id: dossier.id,
        code: dossier.code,
        status: 'RECEIVED',
        version: received.version,
      });
      for (const hook of receiver.received) {
        const headers = {
          id: String(hook.headers['webhook-id']),
          timestamp: String(hook.headers['webhook-timestamp']),
          signature: String(hook.headers['webhook-signature']),
        };
        expect(headers.signature).toMatch(/^v1,[A-Za-z0-9+/=]{44}$/);
        expect(Math.abs(Number(headers.timestamp) - Date.now() / 1000)).toBeLessThan(60);
        // The Standard Webhooks algorithm written out, as a receiver would: base64 HMAC-SHA256 keyed
        // with the secret's base64 part, over id.timestamp.body.
        const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
        const mac = createHmac('sha256', key).update(`${headers.id}.${headers.timestamp}.${hook.body}`);
        expect(headers.signature).toBe(`v1,${mac.digest('base64')}`);
        expect(verifyWebhook(secret, headers, hook.body)).toBe(true);
        expect(verifyWebhook(secret, headers, `${hook.body} `)).toBe(false);
        expect(verifyWebhook('whsec_' + Buffer.alloc(24).toString('base64'), headers, hook.body)).toBe(false);
      }
      // The receiver answers before the worker records it: wait for the rows, not just the POSTs.
      await waitFor(async () => (await deliveries(webhook.id)).every((d) => d.status === 'DELIVERED'));
      const log = await deliveries(webhook.id);
      expect(log.map((d) => [d.status, d.attempts, d.lastStatusCode])).toEqual([
        ['DELIVERED', 1, 200],
        ['DELIVERED', 1, 200],
        ['DELIVERED', 1, 200],
      ]);
      expect(log.every((d) => d.log.length === 1 && d.log[0].durationMs >= 0)).toBe(true);
      await new Promise((r) => setTimeout(r, 200));
      expect(otherReceiver.received).toHaveLength(0);
    } finally {
      await receiver.close();
      await otherReceiver.close();
    }
  });

  it('retries after the receiver fails twice, with the same webhook-id, and logs each attempt', async () => {
    const receiver = await startReceiver([500, 503]);
    try {
      const client = await issueToken(w.admin, { agencyId: w.proc.agency.id, scopes: ['dossiers:process'] });
      const { webhook } = await register(client.clientId, receiver.url, ['dossier.submitted']);
      await sentDossier(w);
      await waitFor(() => receiver.received.length >= 3);
      expect(new Set(receiver.received.map((h) => h.headers['webhook-id'])).size).toBe(1);
      await waitFor(async () => (await deliveries(webhook.id))[0]?.status === 'DELIVERED');
      const [delivery] = await deliveries(webhook.id);
      expect(delivery).toMatchObject({
        eventType: 'dossier.submitted',
        status: 'DELIVERED',
        attempts: 3,
        lastStatusCode: 200,
      });
      expect(delivery.log.map((a) => a.statusCode)).toEqual([500, 503, 200]);
      // Redelivery by an admin: the same event (id and body) once more.
      const again = await w.admin.gql(
        'mutation R($id: ID!) { redeliverWebhookEvent(deliveryId: $id) { id status } }',
        {
          id: delivery.id,
        },
      );
      expect(codeOf(again)).toBeUndefined();
      await waitFor(() => receiver.received.length >= 4);
      expect(receiver.received[3].headers['webhook-id']).toBe(delivery.id);
      expect(receiver.received[3].body).toBe(receiver.received[0].body);
      // Deleted: its queue and log go with it, and new events no longer reach it.
      const deleted = await w.admin.gql('mutation D($id: ID!) { deleteWebhook(id: $id) }', {
        id: webhook.id,
      });
      expect(deleted.data).toEqual({ deleteWebhook: true });
      expect(codeOf(await w.admin.gql(WEBHOOK_DELIVERIES, { id: webhook.id }))).toBe('NOT_FOUND');
      await sentDossier(w);
      await new Promise((r) => setTimeout(r, 300));
      expect(receiver.received).toHaveLength(4);
    } finally {
      await receiver.close();
    }
  });

  it('queues in the transaction of the change: a refused change queues nothing', async () => {
    const receiver = await startReceiver();
    try {
      const client = await issueToken(w.admin, { agencyId: w.proc.agency.id, scopes: ['dossiers:read'] });
      const { webhook } = await register(client.clientId, receiver.url, ['dossier.status_changed']);
      const dossier = await sentDossier(w);
      // A stale version: the state change is refused, so no event may exist for it.
      const stale = await act(
        w.officer,
        'receiveDossier',
        { id: dossier.id, version: dossier.version - 1 },
        w.proc,
      );
      expect(codeOf(stale)).toBe('STALE_DOSSIER');
      await waitFor(() => receiver.received.length >= 1);
      await new Promise((r) => setTimeout(r, 200));
      const rows = await dataSource(t).getRepository(WebhookDeliveryEntity).findBy({ webhookId: webhook.id });
      expect(rows.map((r) => JSON.parse(r.payload).data.status)).toEqual(['SUBMITTED']);
    } finally {
      await receiver.close();
    }
  });

  it('catalog.changed reaches catalog clients when an admin changes a procedure', async () => {
    const receiver = await startReceiver();
    try {
      const client = await issueToken(w.admin, { scopes: ['catalog:read'] });
      await register(client.clientId, receiver.url, ['catalog.changed']);
      const res = await w.admin.gql(
        'mutation U($id: ID!) { updateService(id: $id, input: { popularity: 7 }) { id code } }',
        {
          id: w.proc.procedure.id,
        },
      );
      expect(codeOf(res)).toBeUndefined();
      await waitFor(() => receiver.received.length >= 1);
      const body = parsed(receiver.received[0]);
      expect(body.type).toBe('catalog.changed');
      expect(body.data).toMatchObject({ kind: 'service', id: w.proc.procedure.id, status: 'ACTIVE' });
    } finally {
      await receiver.close();
    }
  });

  it('refuses events the client’s scopes do not cover, and bad URLs', async () => {
    const client = await issueToken(w.admin, { scopes: ['catalog:read'] });
    const noScope = await w.admin.gql(CREATE_WEBHOOK, {
      clientId: client.clientId,
      url: 'http://localhost:9/x',
      events: ['dossier.submitted'],
    });
    expect(noScope.errors?.[0].extensions?.fields?.['events']).toBeTruthy();
    const badUrl = await w.admin.gql(CREATE_WEBHOOK, {
      clientId: client.clientId,
      url: 'ftp://example.org/x',
      events: ['catalog.changed'],
    });
    expect(badUrl.errors?.[0].extensions?.fields?.['url']).toBeTruthy();
  });
});
