import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { DossierStatus } from '@dvc/shared/domain';
import { AfterCommit } from '../common/events/after-commit';
import { DossierEventHooks } from '../common/events/dossier-events';
import { LiveEvents } from '../common/events/live-events';

export type StatusCounts = ReadonlyMap<DossierStatus, number>;

/** Longest a count may lag behind a change whose invalidation was lost (an instance's Redis blip). */
export const QUEUE_COUNTS_TTL_MS = 5_000;
/** Where a committed change is announced to every instance. */
export const QUEUE_COUNTS_TOPIC = 'officer-queue-counts.changed';

interface Entry {
  until: number;
  counts: Promise<StatusCounts>;
}

/**
 * The officer queue's tab counts (sent dossiers of an agency, by status), kept in memory per agency.
 * Counting a large agency's dossiers on every page load was the queue's cost in the benchmark: the
 * covering index still walks every row of the agency. Dropped once a status change in that agency
 * has committed, on this instance at once and on the others through LiveEvents (Redis with
 * REDIS_URL); the short lifetime bounds the lag should an invalidation be lost. The counts are the
 * agency's, the same for each of its officers: nothing that belongs to one user is kept.
 */
@Injectable()
export class OfficerQueueCounts implements OnModuleInit, OnModuleDestroy {
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every invalidation, so a count begun before a change is not kept after it. */
  private readonly generations = new Map<string, number>();
  private listening: AsyncIterableIterator<{ agencyId?: unknown }> | null = null;

  constructor(
    private readonly hooks: DossierEventHooks,
    private readonly afterCommit: AfterCommit,
    private readonly live: LiveEvents,
  ) {}

  onModuleInit(): void {
    this.hooks.register(async (em, dossier) => {
      const { agencyId } = dossier;
      this.afterCommit.run(em, async () => {
        this.drop(agencyId);
        await this.live.publish(QUEUE_COUNTS_TOPIC, { agencyId });
      });
    });
    this.listen().catch((error: Error) =>
      new Logger(OfficerQueueCounts.name).warn(`Queue count invalidations stopped: ${error.message}`),
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.listening?.return?.();
  }

  /** The agency's counts, from memory or from `count` (one count at a time per agency). */
  get(agencyId: string, count: () => Promise<StatusCounts>): Promise<StatusCounts> {
    const now = Date.now();
    const cached = this.entries.get(agencyId);
    if (cached && cached.until > now) return cached.counts;
    const generation = this.generations.get(agencyId) ?? 0;
    const counts = count();
    const entry = { until: now + QUEUE_COUNTS_TTL_MS, counts };
    this.entries.set(agencyId, entry);
    counts.then(
      () => {
        if ((this.generations.get(agencyId) ?? 0) !== generation && this.entries.get(agencyId) === entry)
          this.entries.delete(agencyId);
      },
      () => {
        if (this.entries.get(agencyId) === entry) this.entries.delete(agencyId);
      },
    );
    return counts;
  }

  drop(agencyId: string): void {
    this.generations.set(agencyId, (this.generations.get(agencyId) ?? 0) + 1);
    this.entries.delete(agencyId);
  }

  /** Changes committed by other instances (and this one's own again, harmlessly). */
  private async listen(): Promise<void> {
    this.listening = this.live.iterator<{ agencyId?: unknown }>(QUEUE_COUNTS_TOPIC);
    for await (const { agencyId } of this.listening) {
      if (typeof agencyId === 'string') this.drop(agencyId);
    }
  }
}
