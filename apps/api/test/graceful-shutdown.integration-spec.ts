import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SESSION_COOKIE } from '../src/account/session.service';
import { installGracefulShutdown } from '../src/health/graceful-shutdown';
import { HealthController } from '../src/health/health.controller';
import { slowUpload } from './cluster/requests';
import { createAccount, loginAs } from './support/accounts';
import { createProcedure } from './support/dossier-fixtures';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The shutdown order on SIGTERM (graceful-shutdown.ts), on one app: readiness 503 and the listener
 * closed at once, an upload in flight still finishes, then the database pool closes and the process
 * would exit 0. (The cluster suite does the same through nginx under load with a real signal.)
 */
describe('graceful shutdown', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', SHUTDOWN_GRACE_S: '20' });
  });
  afterAll(async () => {
    await t?.close().catch(() => undefined);
  });

  it('refuses new connections and answers 503 on ready, finishes the upload in flight, then closes', async () => {
    const proc = await createProcedure(t);
    const citizen = await loginAs(t, await createAccount(t));
    const cookie = `${SESSION_COOKIE}=${citizen.cookie(SESSION_COOKIE)}`;
    const exits: number[] = [];
    const shutdown = installGracefulShutdown(t.app, t.config, {
      exit: (code) => exits.push(code),
      signals: false,
    });
    const dataSource = t.app.get<DataSource>(getDataSourceToken());

    const upload = slowUpload(t.url, cookie, proc.procedure.id, proc.components[0].id, 900 * 1024, 1500);
    await new Promise((r) => setTimeout(r, 300));
    const stopped = shutdown('SIGTERM');

    const answer: { code?: number } = {};
    const ready = await t.app
      .get(HealthController)
      .ready({ status: (code: number) => (answer.code = code) } as never);
    expect([answer.code, ready]).toEqual([503, { status: 'draining' }]);
    await expect(fetch(`${t.url}/health/live`)).rejects.toThrow();
    expect(dataSource.isInitialized).toBe(true);

    const uploaded = await upload;
    expect([uploaded.status, uploaded.body.slice(0, 300)]).toEqual([
      200,
      expect.stringContaining('"saveDossier"'),
    ]);
    expect(JSON.parse(uploaded.body).data.saveDossier.files[0].size).toBe(900 * 1024);
    await stopped;
    expect(exits).toEqual([0]);
    expect(dataSource.isInitialized).toBe(false);
  });
});
