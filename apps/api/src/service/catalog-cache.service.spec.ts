import type { DataSource, UpdateEvent } from 'typeorm';
import type { AfterCommit } from '../common/events/after-commit';
import type { LiveEvents } from '../common/events/live-events';
import { CatalogCache } from './catalog-cache.service';

function setup() {
  const queries: string[] = [];
  let version = 0;
  const dataSource = {
    subscribers: [] as unknown[],
    query: jest.fn(async (sql: string) => {
      queries.push(sql);
      if (sql.startsWith('UPDATE')) version++;
      return [{ version }];
    }),
  };
  const afterCommit = { run: (_em: unknown, callback: () => Promise<void>) => void callback() };
  const live = { kind: 'in-process' };
  const cache = new CatalogCache(
    dataSource as unknown as DataSource,
    afterCommit as unknown as AfterCommit,
    live as unknown as LiveEvents,
  );
  const write = (tableName: string) =>
    cache.afterUpdate({ metadata: { tableName }, manager: {} } as unknown as UpdateEvent<unknown>);
  return { cache, dataSource, queries, write, bumpElsewhere: () => version++ };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('CatalogCache', () => {
  it('registers itself as a TypeORM subscriber', () => {
    const { cache, dataSource } = setup();
    expect(dataSource.subscribers).toContain(cache);
  });

  it('loads a key once, for concurrent and later callers alike', async () => {
    const { cache } = setup();
    const load = jest.fn(async () => ({ page: 1 }));
    const [a, b] = await Promise.all([cache.get('k', load), cache.get('k', load)]);
    const c = await cache.get('k', load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(c).toBe(a);
  });

  it('does not keep a failed load', async () => {
    const { cache } = setup();
    await expect(cache.get('k', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    await expect(cache.get('k', async () => 'ok')).resolves.toBe('ok');
  });

  it('drops an answer loaded while the catalog changed', async () => {
    const { cache } = setup();
    let finish!: (v: string) => void;
    const loading = cache.get('k', () => new Promise<string>((r) => (finish = r)));
    cache.invalidate();
    finish('old');
    await expect(loading).resolves.toBe('old');
    await tick();
    await expect(cache.get('k', async () => 'new')).resolves.toBe('new');
  });

  it('batches only the ids it does not hold, in the order asked', async () => {
    const { cache } = setup();
    const load = jest.fn(async (ids: string[]) => ids.map((id) => `row ${id}`));
    await cache.many('agency', ['a', 'b'], load);
    const rows = await cache.many('agency', ['c', 'a', 'b', 'c'], load);
    expect(rows).toEqual(['row c', 'row a', 'row b', 'row c']);
    expect(load.mock.calls).toEqual([[['a', 'b']], [['c']]]);
  });

  it('empties itself and bumps the version row on a committed catalog write, not on other tables', async () => {
    const { cache, queries, write } = setup();
    await cache.get('k', async () => 1);
    write('dossiers');
    await tick();
    await expect(cache.get('k', async () => 2)).resolves.toBe(1);
    expect(queries).toEqual([]);
    write('document_components');
    await tick();
    await expect(cache.get('k', async () => 3)).resolves.toBe(3);
    expect(queries[0]).toMatch(/^UPDATE cache_versions SET version = version \+ 1/);
  });

  it("drops everything when the version poll finds another instance's change", async () => {
    const { cache, bumpElsewhere } = setup();
    const poll = () => (cache as unknown as { poll(): Promise<void> }).poll();
    await poll();
    await cache.get('k', async () => 1);
    await poll();
    await expect(cache.get('k', async () => 2)).resolves.toBe(1);
    bumpElsewhere();
    await poll();
    await expect(cache.get('k', async () => 3)).resolves.toBe(3);
  });
});
