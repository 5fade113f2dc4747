import { DataSource } from 'typeorm';
import { SessionEntity } from '../src/account/entities/session.entity';
import { SESSION_COOKIE } from '../src/account/session.service';
import { LiveEvents } from '../src/common/events/live-events';
import { notificationTopic } from '../src/notification/notification-sink.service';
import { createAccount, loginAs } from './support/accounts';
import {
  closeCodeOf,
  LiveFeed,
  STEP,
  step,
  subscribeNotifications,
  waitFor,
  wsClient,
} from './support/notifications';
import { createWorld, ProcessingWorld, sentDossier } from './support/processing';
import { createTestApp, TestApp } from './support/test-app';

/**
 * notificationAdded over graphql-ws on /graphql (the API's own HTTP server), authenticated by the
 * session cookie of the upgrade request, in-process pub/sub (no REDIS_URL).
 */
describe('notifications: live subscription (graphql-ws)', () => {
  let t: TestApp;
  let w: ProcessingWorld;
  const feeds: LiveFeed[] = [];
  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', LIVE_SESSION_CHECK_MS: '200' });
    w = await createWorld(t);
  });
  afterAll(async () => {
    await Promise.all(feeds.map((f) => f.dispose()));
    await t?.close();
  });

  const listening = (userId: string, count = 1) =>
    waitFor(async () => (await t.app.get(LiveEvents).listeners(notificationTopic(userId))) >= count);

  it("delivers the owner's notification of each status change, and nobody else's", async () => {
    expect(t.app.get(LiveEvents).kind).toBe('in-process');
    const mine = subscribeNotifications(wsClient(t.url, w.owner));
    const stranger = await createAccount(t);
    const theirs = subscribeNotifications(wsClient(t.url, await loginAs(t, stranger)));
    feeds.push(mine, theirs);
    await listening(w.ownerAccount.id);
    await listening(stranger.id);

    const sent = await sentDossier(w);
    const first = await mine.nth(1);
    expect(first).toMatchObject({
      dossierId: sent.id,
      dossierCode: sent.code,
      status: 'SUBMITTED',
      title: 'Hồ sơ đã được gửi',
      readAt: null,
    });
    expect(new Date(first.createdAt).getTime()).not.toBeNaN();

    const received = await step(w.officer, 'receiveDossier', { id: sent.id, v: sent.version });
    expect(received.status).toBe('RECEIVED');
    const second = await mine.nth(2);
    expect(second).toMatchObject({
      dossierId: sent.id,
      status: 'RECEIVED',
      title: 'Hồ sơ đã được tiếp nhận',
    });
    expect(second.body).toContain(sent.code as string);

    // The pushed notification is the stored one.
    const listed = await w.owner.gql<{ notifications: { items: { id: string }[] } }>(
      '{ notifications { items { id } } }',
    );
    expect(listed.data?.notifications.items.map((n) => n.id)).toEqual([second.id, first.id]);
    await new Promise((r) => setTimeout(r, 200));
    expect(theirs.received).toEqual([]);
    expect(theirs.errors).toEqual([]);
  });

  it('pushes nothing for a change that fails (rolled back)', async () => {
    const feed = subscribeNotifications(wsClient(t.url, w.owner));
    feeds.push(feed);
    await listening(w.ownerAccount.id, 2);
    const sent = await sentDossier(w);
    await feed.nth(1);
    const stale = await w.officer.gql(STEP.receiveDossier, { id: sent.id, v: sent.version - 1 });
    expect(stale.errors?.[0].extensions?.code).toBe('STALE_DOSSIER');
    await new Promise((r) => setTimeout(r, 300));
    expect(feed.received).toHaveLength(1);
  });

  it('refuses a socket without a session, with an ended session, or from another site', async () => {
    expect(await closeCodeOf(wsClient(t.url, null))).toBe(4403);

    const account = await createAccount(t);
    const client = await loginAs(t, account);
    const token = client.cookie(SESSION_COOKIE);
    expect((await client.gql('mutation { logout }')).errors).toBeUndefined();
    const ended = wsClient(t.url, null, { cookie: `${SESSION_COOKIE}=${token}` });
    expect(await closeCodeOf(ended)).toBe(4403);

    const live = await loginAs(t, account);
    expect(await closeCodeOf(wsClient(t.url, live, { origin: 'https://evil.example' }))).toBe(4403);
  });

  it('closes an open socket once its session ends (logout), without keeping the session alive', async () => {
    const account = await createAccount(t);
    const client = await loginAs(t, account);
    const ws = wsClient(t.url, client);
    const closed = new Promise<number>((resolve) =>
      ws.on('closed', (event) => resolve((event as { code: number }).code)),
    );
    const feed = subscribeNotifications(ws);
    feeds.push(feed);
    await waitFor(async () => (await t.app.get(LiveEvents).listeners(notificationTopic(account.id))) >= 1);
    // The periodic checks do not count as activity: an open tab must not defeat the idle timeout.
    const sessions = t.app.get(DataSource).getRepository(SessionEntity);
    const idleSince = new Date(Math.floor(Date.now() / 1000 - 300) * 1000); // whole seconds (MySQL)
    await sessions.update({ accountId: account.id }, { lastSeenAt: idleSince });
    await new Promise((r) => setTimeout(r, 600));
    const [session] = await sessions.findBy({ accountId: account.id });
    expect(session.lastSeenAt.getTime()).toBe(idleSince.getTime());
    expect(feed.errors).toEqual([]);
    expect((await client.gql('mutation { logout }')).errors).toBeUndefined();
    expect(await closed).toBe(4401);
  });

  it('applies the document shape limits to subscriptions too', async () => {
    const ws = wsClient(t.url, w.owner);
    const errors: unknown[] = [];
    await new Promise<void>((resolve) => {
      ws.subscribe(
        { query: 'subscription { notificationAdded { id id id id id id } }' },
        { next: () => undefined, error: (e) => (errors.push(e), resolve()), complete: () => resolve() },
      );
    });
    await ws.dispose();
    expect(JSON.stringify(errors)).toContain('bị lặp lại quá nhiều lần');
  });

  it('caps the subscriptions one socket may hold', async () => {
    const ws = wsClient(t.url, w.owner);
    const refused: unknown[] = [];
    const stops = Array.from({ length: 11 }, () =>
      ws.subscribe(
        { query: 'subscription { notificationAdded { id } }' },
        { next: () => undefined, error: (e) => void refused.push(e), complete: () => undefined },
      ),
    );
    await waitFor(() => refused.length > 0);
    await new Promise((r) => setTimeout(r, 200));
    expect(refused).toHaveLength(1);
    expect(JSON.stringify(refused[0])).toContain('Tối đa 10 đăng ký');
    stops.forEach((stop) => stop());
    await ws.dispose();
  });
});
