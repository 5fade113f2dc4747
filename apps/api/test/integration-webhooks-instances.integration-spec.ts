import { Role, WebhookEvent } from '@dvc/shared/domain';
import { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../src/bootstrap';
import { TransactionRunner } from '../src/common/database/transaction-runner';
import { AppConfig } from '../src/config/app-config';
import { WebhookDeliveryEntity } from '../src/integration/entities/webhook-delivery.entity';
import { WebhookQueue } from '../src/integration/webhook-queue.service';
import { WebhookWorker } from '../src/integration/webhook.worker';
import { createAccount, loginAs } from './support/accounts';
import { CREATE_WEBHOOK, issueToken, must, startReceiver } from './support/integration';
import { waitFor } from './support/notifications';
import { dataSource } from './support/processing';
import { createTestApp, TestApp } from './support/test-app';

const EVENTS = 30;
const FAST = { WEBHOOK_POLL_INTERVAL_MS: '20', WEBHOOK_RETRY_BASE_MS: '100' };

/**
 * Two API instances (two Nest apps, each with its own database connection and webhook worker) on
 * one database: every queued event is posted exactly once, whichever instance claims it.
 */
describe('webhooks with two API instances', () => {
  let t: TestApp;
  let second: NestExpressApplication;

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', ...FAST });
    const config = new AppConfig({
      ...t.config.env,
      ...AppConfig.fromEnv({ ...FAST, NODE_ENV: 'test' }).env,
      DATABASE_URL: t.db.url,
    });
    second = await createApp(config, ['error']);
    await second.init();
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  it(`posts each of ${EVENTS} events once while both workers race for them`, async () => {
    const receiver = await startReceiver();
    try {
      const admin = await loginAs(t, await createAccount(t, { role: Role.ADMIN }));
      const client = await issueToken(admin, { scopes: ['catalog:read'] });
      must(
        await admin.gql(CREATE_WEBHOOK, {
          clientId: client.clientId,
          url: receiver.url,
          events: ['catalog.changed'],
        }),
        'createWebhook',
      );
      // All rows appear at one commit, then both instances are told at once.
      await t.app.get(TransactionRunner).run(async (em) => {
        for (let i = 0; i < EVENTS; i++) {
          const data = { kind: 'service', id: `event-${i}`, code: null, status: 'ACTIVE', version: i };
          await t.app.get(WebhookQueue).enqueue(em, WebhookEvent.CATALOG_CHANGED, data, new Date(), null);
        }
      });
      second.get(WebhookWorker).kick();
      t.app.get(WebhookWorker).kick();
      await waitFor(async () => {
        const pending = await dataSource(t)
          .getRepository(WebhookDeliveryEntity)
          .countBy({ status: 'PENDING' });
        return receiver.received.length >= EVENTS && pending === 0;
      }, 20_000);
      await new Promise((r) => setTimeout(r, 300)); // a duplicate, if any, would arrive meanwhile
      const ids = receiver.received.map((h) => String(h.headers['webhook-id']));
      expect(ids).toHaveLength(EVENTS);
      expect(new Set(ids).size).toBe(EVENTS);
      const versions = receiver.received.map(
        (h) => (JSON.parse(h.body) as { data: { version: number } }).data.version,
      );
      expect([...versions].sort((a, b) => a - b)).toEqual([...Array(EVENTS).keys()]);
      const rows = await dataSource(t).getRepository(WebhookDeliveryEntity).find();
      expect(rows.every((r) => r.status === 'DELIVERED' && r.attempts === 1)).toBe(true);
      const [{ n }] = await dataSource(t).query('SELECT COUNT(*) AS n FROM webhook_attempts');
      expect(Number(n)).toBe(EVENTS);
    } finally {
      await receiver.close();
    }
  });
});
