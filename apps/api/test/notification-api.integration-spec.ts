import { createAccount, loginAs } from './support/accounts';
import { createCompleteDraft } from './support/dossier-fixtures';
import { MARK_READ, notificationsOf, step, UNREAD_COUNT } from './support/notifications';
import { createWorld, ProcessingWorld } from './support/processing';
import { createTestApp, TestApp } from './support/test-app';

/** notifications, unreadNotificationCount and markNotificationsRead: each caller sees and marks only their own. */
describe('notifications: queries and markNotificationsRead', () => {
  let t: TestApp;
  let w: ProcessingWorld;
  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false' });
    w = await createWorld(t);
    // Three status changes of the owner's dossier: three notifications.
    const sent = await step(w.owner, 'submitDossier', {
      id: (await createCompleteDraft(w.owner, w.proc)).id,
    });
    const received = await step(w.officer, 'receiveDossier', { id: sent.id, v: sent.version });
    await step(w.officer, 'startProcessing', { id: received.id, v: received.version });
  });
  afterAll(() => t?.close());

  const unread = async (client = w.owner) =>
    (await client.gql<{ unreadNotificationCount: number }>(UNREAD_COUNT)).data?.unreadNotificationCount;

  it("lists the caller's notifications newest first, with paging and counts", async () => {
    const all = await notificationsOf(w.owner);
    expect(all).toMatchObject({ totalCount: 3, page: 1, pageSize: 10, unreadCount: 3 });
    expect(all.items.map((n) => n.status)).toEqual(['IN_PROGRESS', 'RECEIVED', 'SUBMITTED']);
    const second = await notificationsOf(w.owner, { page: 2, pageSize: 2 });
    expect(second).toMatchObject({ totalCount: 3, page: 2, pageSize: 2, unreadCount: 3 });
    expect(second.items.map((n) => n.status)).toEqual(['SUBMITTED']);
    // Page size is capped; nonsense pages fall back to the first.
    const capped = await notificationsOf(w.owner, { page: -4, pageSize: 10_000 });
    expect(capped).toMatchObject({ page: 1, pageSize: 50 });
    expect(await unread()).toBe(3);
    expect((await notificationsOf(w.otherCitizen)).totalCount).toBe(0);
    expect(await unread(w.otherCitizen)).toBe(0);
  });

  it('marks the given ones read; unreadOnly and the count follow', async () => {
    const [newest] = (await notificationsOf(w.owner)).items;
    const marked = await w.owner.gql<{ markNotificationsRead: number }>(MARK_READ, { ids: [newest.id] });
    expect(marked.data?.markNotificationsRead).toBe(1);
    // Again: already read, nothing marked.
    expect((await w.owner.gql(MARK_READ, { ids: [newest.id] })).data?.['markNotificationsRead']).toBe(0);
    expect(await unread()).toBe(2);
    const unreadOnly = await notificationsOf(w.owner, { unreadOnly: true });
    expect(unreadOnly).toMatchObject({ totalCount: 2, unreadCount: 2 });
    expect(unreadOnly.items.map((n) => n.id)).not.toContain(newest.id);
    const read = (await notificationsOf(w.owner)).items.find((n) => n.id === newest.id);
    expect(read?.readAt).not.toBeNull();
  });

  it('IDOR: another user cannot mark (or see) the owner\'s notifications, by id or with "all"', async () => {
    const ids = (await notificationsOf(w.owner, { unreadOnly: true })).items.map((n) => n.id);
    expect(ids).toHaveLength(2);
    for (const intruder of [w.otherCitizen, w.officer, w.admin]) {
      const byId = await intruder.gql<{ markNotificationsRead: number }>(MARK_READ, { ids });
      expect(byId.errors).toBeUndefined();
      expect(byId.data?.markNotificationsRead).toBe(0);
      const everything = await intruder.gql<{ markNotificationsRead: number }>(MARK_READ, { ids: [] });
      expect(everything.data?.markNotificationsRead).toBe(0);
    }
    expect(await unread()).toBe(2);
    expect((await notificationsOf(w.owner, { unreadOnly: true })).items.map((n) => n.id)).toEqual(ids);
  });

  it("an empty list marks all of the caller's own", async () => {
    const res = await w.owner.gql<{ markNotificationsRead: number }>(MARK_READ, { ids: [] });
    expect(res.data?.markNotificationsRead).toBe(2);
    expect(await unread()).toBe(0);
    expect((await notificationsOf(w.owner)).unreadCount).toBe(0);
  });

  it('validates ids and needs a session', async () => {
    const bad = await w.owner.gql(MARK_READ, { ids: ['not-an-id'] });
    expect(bad.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(bad.errors?.[0].extensions?.fields?.['ids']).toMatch(/không hợp lệ/);
    const tooMany = await w.owner.gql(MARK_READ, {
      ids: Array.from({ length: 101 }, () => '00000000-0000-4000-8000-000000000000'),
    });
    expect(tooMany.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    const anonymous = t.client();
    for (const query of [UNREAD_COUNT, '{ notifications { totalCount } }']) {
      expect((await anonymous.gql(query)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await anonymous.gql(MARK_READ, { ids: [] })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('is rate limited per account', async () => {
    const client = await loginAs(t, await createAccount(t));
    const answers = [];
    for (let i = 0; i < 61; i++) answers.push(await client.gql(MARK_READ, { ids: [] }));
    expect(answers.slice(0, 60).every((a) => !a.errors)).toBe(true);
    expect(answers[60].errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('declares its cost: a page of notifications counts its size', async () => {
    const aliases = Array.from(
      { length: 5 },
      (_, i) => `p${i}: notifications(pageSize: 50) { items { id title body } }`,
    );
    const res = await w.owner.gql(`{ ${aliases.join(' ')} }`);
    expect(res.errors).toBeUndefined();
    const many = Array.from(
      { length: 30 },
      (_, i) => `p${i}: notifications(pageSize: 50) { items { id title body } }`,
    );
    expect((await w.owner.gql(`{ ${many.join(' ')} }`)).errors?.[0].extensions?.code).toBe(
      'QUERY_TOO_COMPLEX',
    );
  });
});
