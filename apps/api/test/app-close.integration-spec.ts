import { LiveEvents } from '../src/common/events/live-events';
import { notificationTopic } from '../src/notification/notification-sink.service';
import { createAccount, loginAs } from './support/accounts';
import { subscribeNotifications, waitFor, wsClient } from './support/notifications';
import { createTestApp } from './support/test-app';

jest.setTimeout(120_000);

/** What keeps this process alive, by kind (timers, sockets, servers), counted. */
function activeResources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/**
 * The kinds of which more are alive than `before`, once closing has settled: sockets finish closing
 * on later turns of the event loop, and a busy machine (CI runs suites side by side) can take more
 * than a moment. A leaked interval, poll or open socket is still there after 3 s.
 */
async function addedSince(before: Record<string, number>): Promise<[string, number][]> {
  let added: [string, number][] = [];
  for (const deadline = Date.now() + 3000; Date.now() < deadline;) {
    await new Promise((r) => setTimeout(r, 250));
    const after = activeResources();
    // (The poll's own timer has ended when the list is read.)
    added = Object.entries(after).filter(([kind, n]) => n > (before[kind] ?? 0));
    if (!added.length) break;
  }
  return added;
}

/**
 * Guard rail: closing the app (what `app.close()` does on SIGTERM, and what every suite's afterAll
 * does) leaves no timer, socket or server behind, on SQLite and on MariaDB. A leftover one kept jest
 * running after a green run; `--forceExit` is not needed once this holds.
 */
describe('closing the app', () => {
  it('leaves no timer, socket or server of its own behind', async () => {
    // A first boot loads the modules and opens what the test process keeps (the MySQL admin link…).
    await (await createTestApp({ SEED_ON_START: 'false' })).close();
    await new Promise((r) => setTimeout(r, 500));
    const before = activeResources();
    const t = await createTestApp({ SEED_ON_START: 'false' });
    await t.client().gql('{ services(pageSize: 1) { totalCount } }');
    await t.close();
    // Nothing added by the second app (a short timer of the test runner may have ended meanwhile).
    expect(await addedSince(before)).toEqual([]);
  });

  it('with a live subscription open (a SIGTERM while citizens watch their dossiers)', async () => {
    await (await createTestApp({ SEED_ON_START: 'false' })).close();
    await new Promise((r) => setTimeout(r, 500));
    const before = activeResources();
    const t = await createTestApp({ SEED_ON_START: 'false', LIVE_SESSION_CHECK_MS: '200' });
    const account = await createAccount(t);
    const ws = wsClient(t.url, await loginAs(t, account));
    const feed = subscribeNotifications(ws);
    await waitFor(async () => (await t.app.get(LiveEvents).listeners(notificationTopic(account.id))) >= 1);
    await t.close();
    await feed.dispose();
    await ws.dispose();
    expect(await addedSince(before)).toEqual([]);
  });
});
