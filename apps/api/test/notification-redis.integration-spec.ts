import Redis from 'ioredis';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LiveEvents } from '../src/common/events/live-events';
import { notificationTopic } from '../src/notification/notification-sink.service';
import { QUEUE_COUNTS_TOPIC } from '../src/processing/officer-queue-counts';
import { ApiProcess, startApiProcess } from './support/api-process';
import { createCompleteDraft } from './support/dossier-fixtures';
import { GqlClient } from './support/gql-client';
import { LiveFeed, step, subscribeNotifications, waitFor, wsClient } from './support/notifications';
import { createWorld, ProcessingWorld } from './support/processing';
import { createTestApp, TEST_CAPTCHA_ANSWER, TestApp } from './support/test-app';

// Redis runs at 127.0.0.1:6379 on these machines and in CI (.ci/run starts it). No skip: without
// Redis this suite fails, so the cross-instance path is always exercised.
const REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * Two API processes on one database and one Redis: instance A is booted in this jest worker, instance
 * B is the real entry point (src/main.ts) in a separate node process. A status change made through one
 * reaches a citizen subscribed on the other.
 */
describe('notifications: live updates across two API processes through Redis', () => {
  let a: TestApp;
  let b: ApiProcess;
  let w: ProcessingWorld;
  let redis: Redis;
  const feeds: LiveFeed[] = [];
  beforeAll(async () => {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    expect(await redis.ping()).toBe('PONG');
    a = await createTestApp({ SEED_ON_START: 'false', REDIS_URL });
    b = await startApiProcess({
      DATABASE_URL: a.config.env.DATABASE_URL,
      REDIS_URL,
      SEED_ON_START: 'false',
      UPLOAD_DIR: join(a.dir, 'uploads'),
      MAIL_OUTBOX_DIR: join(a.dir, 'outbox-b'),
      PUBLIC_URL: 'http://portal.test',
      CAPTCHA_FIXED_ANSWER: TEST_CAPTCHA_ANSWER,
      PORTAL_DIR: join(a.dir, 'no-portal'),
      PLAYGROUND_DIR: join(a.dir, 'no-playground'),
      MAIL_POLL_INTERVAL_MS: '200',
    });
    w = await createWorld(a);
  });
  afterAll(async () => {
    await Promise.all(feeds.map((f) => f.dispose()));
    await b?.stop();
    await a?.close();
    redis?.disconnect();
  });

  /** The same browser session, talking to instance B. */
  const onB = (client: GqlClient): GqlClient => {
    const other = new GqlClient(b.url);
    other.setCookie('dvc_session', client.cookie('dvc_session') as string);
    return other;
  };
  const subscribers = async (userId: string) =>
    Number(((await redis.pubsub('NUMSUB', notificationTopic(userId))) as [string, number])[1]);

  it('runs two separate API processes sharing the database and the session', async () => {
    expect(a.app.get(LiveEvents).kind).toBe('redis');
    expect(b.pid).not.toBe(process.pid);
    expect(a.url).not.toBe(b.url);
    const me = await onB(w.owner).gql<{ me: { id: string } | null }>('{ me { id } }');
    expect(me.data?.me?.id).toBe(w.ownerAccount.id);
  });

  it('a change made through instance A reaches a subscriber connected to instance B', async () => {
    const feed = subscribeNotifications(wsClient(b.url, w.owner));
    feeds.push(feed);
    await waitFor(async () => (await subscribers(w.ownerAccount.id)) >= 1);
    // One subscriber in all, on B (NUMSUB counts every instance): only Redis can carry the event there.
    expect(await a.app.get(LiveEvents).listeners(notificationTopic(w.ownerAccount.id))).toBe(1);

    const sent = await step(w.owner, 'submitDossier', {
      id: (await createCompleteDraft(w.owner, w.proc)).id,
    });
    expect(await feed.nth(1)).toMatchObject({
      dossierId: sent.id,
      status: 'SUBMITTED',
      dossierCode: sent.code,
    });
    const received = await step(w.officer, 'receiveDossier', { id: sent.id, v: sent.version });
    const pushed = await feed.nth(2);
    expect(pushed).toMatchObject({
      dossierId: sent.id,
      status: 'RECEIVED',
      title: 'Hồ sơ đã được tiếp nhận',
    });
    expect(new Date(pushed.createdAt).getTime()).not.toBeNaN();
    expect(received.status).toBe('RECEIVED');
    expect(feed.errors).toEqual([]);
  });

  it('and the other way round: a change through B reaches a subscriber on A', async () => {
    const feed = subscribeNotifications(wsClient(a.url, w.owner));
    feeds.push(feed);
    await waitFor(async () => (await subscribers(w.ownerAccount.id)) >= 2);
    const sent = await step(onB(w.owner), 'submitDossier', {
      id: (await createCompleteDraft(w.owner, w.proc)).id,
    });
    await step(onB(w.officer), 'rejectDossier', { id: sent.id, v: sent.version, reason: 'Sai thẩm quyền' });
    await feed.nth(2);
    expect(feed.received.map((n) => n.status)).toEqual(['SUBMITTED', 'REJECTED']);
    expect(feed.received[1].body).toContain('Lý do: Sai thẩm quyền');
  });

  it('each queued e-mail is sent once, by one of the two instances', async () => {
    const count = (dir: string) =>
      existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.eml')).length : 0;
    const total = () => count(join(a.dir, 'outbox')) + count(join(a.dir, 'outbox-b'));
    // Four status changes so far, each with one mail to the owner.
    await waitFor(() => total() >= 4, 15_000);
    await new Promise((r) => setTimeout(r, 600));
    expect(total()).toBe(4);
  });

  it("the officer queue's tab counts kept on A follow a submit made through B", async () => {
    // Both instances listen (NUMSUB counts every instance's subscription).
    await waitFor(
      async () => Number(((await redis.pubsub('NUMSUB', QUEUE_COUNTS_TOPIC)) as [string, number])[1]) >= 2,
      5_000,
    );
    const submittedOnA = async () => {
      const res = await w.officer.gql<{
        agencyDossiers: { countsByStatus: { status: string; count: number }[] };
      }>('{ agencyDossiers { countsByStatus { status count } } }');
      return res.data?.agencyDossiers.countsByStatus.find((c) => c.status === 'SUBMITTED')?.count;
    };
    const before = (await submittedOnA()) ?? NaN; // now kept in A's memory
    const owner = onB(w.owner);
    await step(owner, 'submitDossier', { id: (await createCompleteDraft(owner, w.proc)).id });
    // Well within the counts' 5-second lifetime: only B's message can have dropped them on A.
    await waitFor(async () => (await submittedOnA()) === before + 1, 2_000);
  });
});
