import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { GqlClient } from '../support/gql-client';
import { CITIZEN, login } from '../cluster/cluster-world';
import { API_DIR, ApiInstance, freePort, run, startApi, waitUntil } from '../cluster/processes';
import { privateMariadb, PrivateMariadb } from './private-mariadb';

/**
 * Fault: the database goes away while the API runs, then comes back. A private mariadbd (own data
 * directory and port) is stopped mid-run and started again; the API process stays up, says 503 and
 * SERVICE_UNAVAILABLE meanwhile, and recovers by itself.
 */
describe('fault: database outage', () => {
  let dir: string;
  let db: PrivateMariadb;
  let api: ApiInstance;
  let env: Record<string, string>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dvc-fault-db-'));
    db = await privateMariadb(join(dir, 'mariadb'));
    await db.start();
    const conn = await createConnection({ host: '127.0.0.1', port: db.port, user: 'root' });
    await conn.query('CREATE DATABASE dvc CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    await conn.end();
    env = {
      DATABASE_URL: db.url('dvc'),
      STORAGE_URL: `file:${join(dir, 'uploads')}`,
      MAIL_OUTBOX_DIR: join(dir, 'outbox'),
      PORTAL_DIR: join(dir, 'no-portal'),
      PLAYGROUND_DIR: join(dir, 'no-playground'),
      MIGRATE_ON_START: 'true',
      SEED_ON_START: 'true',
    };
    api = await startApi('api', await freePort(), env);
  }, 180_000);
  afterAll(async () => {
    await api?.stop();
    await db?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 / SERVICE_UNAVAILABLE while the database is down, stays up, and recovers', async () => {
    const client = new GqlClient(api.url);
    await login(client, CITIZEN);
    expect((await client.gql<{ me: { username: string } }>('{ me { username } }')).data?.me?.username).toBe(
      'congdan',
    );

    await db.stop();
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', database: 'down' });
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);

    // A logged-in query (the session lookup needs the database) and a mutation.
    const query = await client.gql('{ me { username } }');
    expect(query.status).toBe(503);
    expect(query.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(query.errors?.[0].message).toMatch(/tạm thời gián đoạn/);
    const anonymous = new GqlClient(api.url);
    const mutation = await anonymous.gql(
      'mutation($input: LoginInput!) { login(input: $input) { account { id } } }',
      { input: CITIZEN },
    );
    expect(mutation.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify([query, mutation])).not.toMatch(/INTERNAL_ERROR|ECONNREFUSED|stack/);
    expect(api.child.exitCode).toBeNull();

    await db.start();
    await waitUntil(async () => (await fetch(`${api.url}/health/ready`)).status === 200, 30_000, 'readiness');
    // The same session works again: nothing was lost, no restart.
    expect((await client.gql<{ me: { username: string } }>('{ me { username } }')).data?.me?.username).toBe(
      'congdan',
    );
    expect(api.child.exitCode).toBeNull();
    expect(api.output()).not.toMatch(/Unexpected error/);
  });

  it('a start-up against a dead database names DATABASE_URL in its error, without a stack trace', async () => {
    const deadPort = await freePort();
    const started = run('api (dead db)', process.execPath, [join(API_DIR, 'main.js')], {
      ...env,
      NODE_ENV: 'test',
      PORT: '0',
      DATABASE_URL: `mysql://dvc:geheim@127.0.0.1:${deadPort}/dvc`,
    });
    expect(await started.exited).toBe(1);
    const output = started.output();
    expect(output).toContain(
      `Cannot reach the database at DATABASE_URL=mysql://dvc:***@127.0.0.1:${deadPort}/dvc`,
    );
    expect(output).toContain('ECONNREFUSED');
    expect(output).not.toContain('geheim');
    expect(output).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m);
  });
});
