import { randomUUID } from 'node:crypto';
import { Column, PrimaryColumn, Repository } from 'typeorm';

/**
 * The columns an outbox table shares (mail_outbox, webhook_deliveries): the send status and retry
 * bookkeeping, and the claim that lets one process at a time send a row. `S`: the table's statuses.
 */
export abstract class OutboxEntity<S extends string = string> {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  status: S;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'datetime', precision: 3 })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError: string | null;

  @Column({ name: 'claimed_by', type: 'varchar', length: 36, nullable: true })
  claimedBy: string | null;

  @Column({ name: 'claimed_until', type: 'datetime', precision: 3, nullable: true })
  claimedUntil: Date | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}

export interface OutboxClaim {
  /** The status value of rows still to send. */
  pending: string;
  batch: number;
  /** How long a claim lasts: longer than the slowest send, so a live claim is never taken over. */
  claimMs: number;
}

/**
 * Claims up to `batch` due rows for this process: one atomic UPDATE … WHERE unclaimed (or claim
 * expired), so of several instances racing for a row exactly one gets it; a crashed instance's claim
 * expires and another takes the row. Returns the rows this call claimed (oldest first).
 */
export async function claimDueRows<T extends OutboxEntity>(
  repo: Repository<T>,
  { pending, batch, claimMs }: OutboxClaim,
): Promise<T[]> {
  const now = new Date();
  const due = await repo
    .createQueryBuilder('o')
    .select('o.id', 'id')
    .where('o.status = :pending AND o.next_attempt_at <= :now', { pending, now })
    .andWhere('(o.claimed_until IS NULL OR o.claimed_until < :now)', { now })
    .orderBy('o.next_attempt_at', 'ASC')
    .addOrderBy('o.created_at', 'ASC')
    .limit(batch)
    .getRawMany<{ id: string }>();
  if (!due.length) return [];
  const token = randomUUID();
  await repo
    .createQueryBuilder()
    .update()
    .set({ claimedBy: token, claimedUntil: new Date(now.getTime() + claimMs) } as never)
    .where('id IN (:...ids)', { ids: due.map((d) => d.id) })
    .andWhere('status = :pending AND (claimed_until IS NULL OR claimed_until < :now)', { pending, now })
    .execute();
  return repo.find({ where: { claimedBy: token } as never, order: { createdAt: 'ASC', id: 'ASC' } as never });
}
