import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { TransactionRunner } from './transaction-runner';

/** One better-sqlite3 connection shared by "requests": a transaction must not swallow their statements. */
describe('TransactionRunner on SQLite', () => {
  let ds: DataSource;
  let tx: TransactionRunner;

  beforeEach(async () => {
    ds = await new DataSource({ type: 'better-sqlite3', database: ':memory:' }).initialize();
    await ds.query('CREATE TABLE t (v TEXT NOT NULL)');
    tx = new TransactionRunner(ds, { databaseKind: 'sqlite' } as AppConfig);
  });
  afterEach(() => ds.destroy());

  const values = async () =>
    ((await ds.query('SELECT v FROM t ORDER BY v')) as { v: string }[]).map((r) => r.v);

  /** A transaction that inserts `value`, then waits for `gate` and commits or fails. */
  function openTransaction(value: string, fail: boolean) {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let started!: () => void;
    const begun = new Promise<void>((resolve) => (started = resolve));
    const done = tx.run(async (em) => {
      await em.query('INSERT INTO t (v) VALUES (?)', [value]);
      started();
      await gate;
      if (fail) throw new Error('rolled back');
    });
    return { begun, open, done };
  }

  it("keeps another request's write out of a transaction that rolls back", async () => {
    const a = openTransaction('a', true);
    await a.begun;
    let written = false;
    const b = ds.query("INSERT INTO t (v) VALUES ('b')").then(() => (written = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(written).toBe(false); // it waits for the transaction instead of joining it
    a.open();
    await expect(a.done).rejects.toThrow('rolled back');
    await b;
    expect(await values()).toEqual(['b']);
  });

  it('never lets another request read uncommitted rows', async () => {
    const a = openTransaction('a', true);
    await a.begun;
    const seen = ds.query('SELECT COUNT(*) AS n FROM t') as Promise<{ n: number }[]>;
    await new Promise((r) => setTimeout(r, 20));
    a.open();
    await expect(a.done).rejects.toThrow('rolled back');
    expect((await seen)[0].n).toBe(0); // 1 would be a row that never existed
  });

  it('runs concurrent transactions one after the other, each committing or rolling back alone', async () => {
    const a = openTransaction('a', false);
    await a.begun;
    const b = openTransaction('b', true);
    const c = openTransaction('c', false);
    a.open();
    b.open();
    c.open();
    await a.done;
    await expect(b.done).rejects.toThrow('rolled back');
    await c.done;
    expect(await values()).toEqual(['a', 'c']);
  });

  it('nests a transaction begun inside another as a savepoint instead of waiting forever', async () => {
    await tx.run(async (em) => {
      await em.query("INSERT INTO t (v) VALUES ('outer')");
      await tx.run((inner) => inner.query("INSERT INTO t (v) VALUES ('inner')"));
    });
    expect(await values()).toEqual(['inner', 'outer']);
  });
});
