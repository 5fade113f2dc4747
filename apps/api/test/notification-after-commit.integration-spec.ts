import { getDataSourceToken } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '../src/common/database/transaction-runner';
import { AfterCommit } from '../src/common/events/after-commit';
import { MailOutbox } from '../src/common/mail/mail-outbox.service';
import { MailOutboxWorker } from '../src/common/mail/mail-outbox.worker';
import { MailOutboxEntity } from '../src/common/mail/mail-outbox.entity';
import { waitFor } from './support/notifications';
import { createTestApp, TestApp } from './support/test-app';

/**
 * AfterCommit is what keeps live pushes and the mail worker's wake-up out of transactions: callbacks
 * run after the outermost COMMIT only, never for a rollback (of the transaction, or of the savepoint
 * they were registered in), and the queued mail rolls back with the transaction.
 */
describe('notifications: work after the commit only', () => {
  let t: TestApp;
  let tx: TransactionRunner;
  let after: AfterCommit;
  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', MAIL_POLL_INTERVAL_MS: '600000' });
    tx = t.app.get(TransactionRunner);
    after = t.app.get(AfterCommit);
  });
  afterAll(() => t?.close());

  it('runs a callback once the transaction has committed, not before', async () => {
    const calls: string[] = [];
    await tx.run(async (em) => {
      after.run(em, () => void calls.push('committed'));
      await em.query('SELECT 1');
      await new Promise((r) => setTimeout(r, 50));
      expect(calls).toEqual([]);
    });
    await waitFor(() => calls.length > 0);
    expect(calls).toEqual(['committed']);
  });

  it('drops the callbacks of a transaction that rolls back', async () => {
    const calls: string[] = [];
    await expect(
      tx.run(async (em) => {
        after.run(em, () => void calls.push('rolled back'));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await new Promise((r) => setTimeout(r, 100));
    expect(calls).toEqual([]);
  });

  it('drops those of a rolled-back savepoint and keeps the outer ones', async () => {
    const calls: string[] = [];
    await tx.run(async (em) => {
      after.run(em, () => void calls.push('outer'));
      await em
        .transaction(async (inner) => {
          after.run(inner, () => void calls.push('inner'));
          throw new Error('inner fails');
        })
        .catch(() => undefined);
    });
    await waitFor(() => calls.length > 0);
    await new Promise((r) => setTimeout(r, 100));
    expect(calls).toEqual(['outer']);
  });

  it('a mail queued in a rolled-back transaction is gone; one that commits wakes the worker', async () => {
    const outbox = t.app.get(MailOutbox);
    const rows = t.app.get<DataSource>(getDataSourceToken()).getRepository(MailOutboxEntity);
    const lost = `lost-${randomUUID()}@example.vn`;
    await expect(
      tx.run(async (em) => {
        await outbox.enqueue(em, { to: lost, subject: 'Thử', text: 'Không gửi' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await rows.countBy({ recipient: lost })).toBe(0);

    const kept = `kept-${randomUUID()}@example.vn`;
    await tx.run((em) => outbox.enqueue(em, { to: kept, subject: 'Thử', text: 'Gửi sau khi lưu' }));
    // The poll interval is ten minutes here: only the after-commit wake-up can have sent it.
    await waitFor(async () => (await rows.findOneBy({ recipient: kept }))?.status === 'SENT');
  });

  it('passes racing over the same rows (as several instances would) send each mail once', async () => {
    const outbox = t.app.get(MailOutbox);
    const worker = t.app.get(MailOutboxWorker);
    const rows = t.app.get<DataSource>(getDataSourceToken()).getRepository(MailOutboxEntity);
    const address = `race-${randomUUID()}@example.vn`;
    // Thirty rows in one transaction; the pass its commit wakes races three more started here.
    await tx.run(async (em) => {
      for (let i = 0; i < 30; i++)
        await outbox.enqueue(em, { to: address, subject: `Thư ${i}`, text: `Số ${i}` });
    });
    await Promise.all([worker.drain(), worker.drain(), worker.drain()]);
    await waitFor(async () => (await rows.countBy({ recipient: address, status: 'SENT' })) === 30);
    const files = readdirSync(join(t.dir, 'outbox')).filter((f) => f.endsWith(`-${address}.eml`));
    expect(files).toHaveLength(30);
    expect((await rows.findBy({ recipient: address })).every((r) => r.attempts === 1)).toBe(true);
  });
});
