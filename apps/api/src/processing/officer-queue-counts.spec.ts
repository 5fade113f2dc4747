import { DossierStatus } from '@dvc/shared/domain';
import { PubSub } from 'graphql-subscriptions';
import type { EntityManager } from 'typeorm';
import type { AfterCommit } from '../common/events/after-commit';
import { DossierEventHooks, type DossierRef } from '../common/events/dossier-events';
import type { LiveEvents } from '../common/events/live-events';
import { OfficerQueueCounts, QUEUE_COUNTS_TTL_MS, type StatusCounts } from './officer-queue-counts';

const tick = () => new Promise((r) => setImmediate(r));

function setup() {
  const hooks = new DossierEventHooks();
  const committed: (() => Promise<void> | void)[] = [];
  const afterCommit = { run: (_em: unknown, callback: () => Promise<void>) => committed.push(callback) };
  const pubsub = new PubSub();
  const live = {
    publish: (topic: string, payload: object) => pubsub.publish(topic, payload),
    iterator: (topic: string) => pubsub.asyncIterableIterator(topic),
  };
  const counts = new OfficerQueueCounts(
    hooks,
    afterCommit as unknown as AfterCommit,
    live as unknown as LiveEvents,
  );
  counts.onModuleInit();
  const sink = hooks.around({ statusChanged: async () => undefined });
  const change = (agencyId: string) =>
    sink.statusChanged({} as EntityManager, { agencyId } as DossierRef, {
      from: DossierStatus.SUBMITTED,
      to: DossierStatus.RECEIVED,
      action: 'RECEIVE' as never,
      at: new Date(),
    });
  const commit = async () => {
    for (const run of committed.splice(0)) await run();
    await tick();
  };
  let n = 0;
  const count = jest.fn(async (): Promise<StatusCounts> => new Map([[DossierStatus.SUBMITTED, ++n]]));
  return { counts, change, commit, count, live };
}

describe('OfficerQueueCounts', () => {
  afterEach(() => jest.useRealTimers());

  it('counts an agency once, until a change in that agency commits', async () => {
    const { counts, change, commit, count } = setup();
    expect((await counts.get('A', count)).get(DossierStatus.SUBMITTED)).toBe(1);
    expect((await counts.get('A', count)).get(DossierStatus.SUBMITTED)).toBe(1);
    expect((await counts.get('B', count)).get(DossierStatus.SUBMITTED)).toBe(2);
    await change('A');
    // Not before the commit: a rolled-back change must not cost a recount, nor a committed one be missed.
    expect((await counts.get('A', count)).get(DossierStatus.SUBMITTED)).toBe(1);
    await commit();
    expect((await counts.get('A', count)).get(DossierStatus.SUBMITTED)).toBe(3);
    expect((await counts.get('B', count)).get(DossierStatus.SUBMITTED)).toBe(2);
    expect(count).toHaveBeenCalledTimes(3);
    await counts.onModuleDestroy();
  });

  it('drops an agency when another instance announces a change', async () => {
    const { counts, count, live } = setup();
    await counts.get('A', count);
    await tick();
    await live.publish('officer-queue-counts.changed', { agencyId: 'A' });
    await tick();
    expect((await counts.get('A', count)).get(DossierStatus.SUBMITTED)).toBe(2);
    await counts.onModuleDestroy();
  });

  it('does not keep a count begun before a change that committed while it ran', async () => {
    const { counts, count } = setup();
    let finish!: (c: StatusCounts) => void;
    const slow = () => new Promise<StatusCounts>((r) => (finish = r));
    const pending = counts.get('A', slow);
    counts.drop('A');
    finish(new Map([[DossierStatus.SUBMITTED, 99]]));
    expect((await pending).get(DossierStatus.SUBMITTED)).toBe(99);
    await tick();
    expect((await counts.get('A', count)).get(DossierStatus.SUBMITTED)).toBe(1);
    await counts.onModuleDestroy();
  });

  it('counts again after its lifetime, and after a failed count', async () => {
    jest.useFakeTimers({ now: 1_000_000, doNotFake: ['setImmediate', 'nextTick'] });
    const { counts, count } = setup();
    await counts.get('A', count);
    jest.setSystemTime(1_000_000 + QUEUE_COUNTS_TTL_MS + 1);
    expect((await counts.get('A', count)).get(DossierStatus.SUBMITTED)).toBe(2);
    const failing = () => Promise.reject(new Error('database down'));
    counts.drop('A');
    await expect(counts.get('A', failing)).rejects.toThrow('database down');
    await tick();
    expect((await counts.get('A', count)).get(DossierStatus.SUBMITTED)).toBe(3);
    await counts.onModuleDestroy();
  });
});
