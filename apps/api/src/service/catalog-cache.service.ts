import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntitySubscriberInterface, InsertEvent, RemoveEvent, UpdateEvent } from 'typeorm';
import { AfterCommit } from '../common/events/after-commit';
import { LiveEvents } from '../common/events/live-events';

/** The tables of the public catalog: a committed write to any of them empties the cache. */
const CATALOG_TABLES = new Set([
  'agencies',
  'sectors',
  'service_procedures',
  'document_components',
  'form_fields',
]);
const TOPIC = 'catalog.changed';
/** Without Redis, other instances notice a change through the version row within this time. */
export const CATALOG_VERSION_POLL_MS = 1000;
const MAX_ENTRIES = 5000;

/**
 * The public catalog in memory. It changes only when an administrator edits it, yet every search
 * page and service page read it: answers (search pages, procedures, their agencies, sectors,
 * components and forms) are kept here and the whole cache is dropped on any committed write to a
 * catalog table (a TypeORM subscriber sees writes through the ORM, whichever service makes them).
 * Other API instances learn of the change by Redis pub/sub at once when REDIS_URL is set, and in any
 * case by the `cache_versions` row, polled once a second in the background (never on a request's path).
 * Only the catalog is cached, never anything that belongs to a user; the cached entities are shared
 * between requests and must not be modified by readers.
 */
@Injectable()
export class CatalogCache implements EntitySubscriberInterface, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CatalogCache.name);
  private readonly entries = new Map<string, Promise<unknown>>();
  private generation = 0;
  private version: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private listening: AsyncIterableIterator<unknown> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly afterCommit: AfterCommit,
    private readonly live: LiveEvents,
  ) {
    dataSource.subscribers.push(this);
  }

  onModuleInit(): void {
    // The version row is polled with Redis too: a lost pub/sub message then costs a second at most.
    this.timer = setInterval(() => void this.poll(), CATALOG_VERSION_POLL_MS);
    this.timer.unref();
    if (this.live.kind === 'redis') {
      this.listening = this.live.iterator(TOPIC);
      void this.listen(this.listening);
    }
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    // The Redis connection may already be closing (LiveEvents shuts down too): nothing to undo then.
    await this.listening?.return?.().catch(() => undefined);
  }

  /** The cached answer for `key`, or `load()`'s (shared by concurrent callers, dropped on failure). */
  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) return hit as Promise<T>;
    const generation = this.generation;
    const loading = load();
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, loading);
    const forget = () => {
      if (this.entries.get(key) === loading) this.entries.delete(key);
    };
    // A change committed while loading may have been missed by this answer: do not keep it.
    loading.then(() => generation !== this.generation && forget(), forget);
    return loading;
  }

  /** Per-id batch through the cache: the ids not cached yet are loaded in one call. */
  async many<T>(prefix: string, ids: readonly string[], load: (ids: string[]) => Promise<T[]>): Promise<T[]> {
    const missing = [...new Set(ids.filter((id) => !this.entries.has(`${prefix}:${id}`)))];
    if (missing.length > 0) {
      const loading = load(missing);
      missing.forEach((id, i) => void this.get(`${prefix}:${id}`, () => loading.then((rows) => rows[i])));
    }
    return Promise.all(ids.map((id) => this.get<T>(`${prefix}:${id}`, () => load([id]).then((r) => r[0]))));
  }

  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  // ---- Writes (TypeORM subscriber) ----

  afterInsert(event: InsertEvent<unknown>): void {
    this.written(event);
  }

  afterUpdate(event: UpdateEvent<unknown>): void {
    this.written(event);
  }

  afterRemove(event: RemoveEvent<unknown>): void {
    this.written(event);
  }

  private written(event: InsertEvent<unknown> | UpdateEvent<unknown> | RemoveEvent<unknown>): void {
    if (!CATALOG_TABLES.has(event.metadata.tableName)) return;
    // Now (so this instance stops answering from the old state) and again once committed (a read
    // during the transaction may have cached the old rows), then tell the other instances.
    this.invalidate();
    this.afterCommit.run(event.manager, () => this.changed());
  }

  private async changed(): Promise<void> {
    this.invalidate();
    if (this.live.kind === 'redis') await this.live.publish(TOPIC, { at: Date.now() });
    const before = this.version;
    await this.dataSource.query("UPDATE cache_versions SET version = version + 1 WHERE name = 'catalog'");
    // Our own increment needs no second drop; any other (a skipped number) is left to the poll.
    const version = await this.readVersion();
    if (before !== null && version === before + 1 && this.version === before) this.version = version;
  }

  private async poll(): Promise<void> {
    try {
      const version = await this.readVersion();
      // The first read drops what was cached before the version was known (a change may lie between).
      if (version !== this.version) this.invalidate();
      this.version = version;
    } catch (error) {
      // Without a version the cache cannot know of other instances' changes: stop serving from it.
      this.invalidate();
      this.logger.warn(`Catalog version check failed: ${(error as Error).message}`);
    }
  }

  private async readVersion(): Promise<number> {
    const rows: { version: number | string }[] = await this.dataSource.query(
      "SELECT version FROM cache_versions WHERE name = 'catalog'",
    );
    return Number(rows[0]?.version ?? 0);
  }

  private async listen(messages: AsyncIterableIterator<unknown>): Promise<void> {
    try {
      for await (const _ of messages) this.invalidate();
    } catch (error) {
      this.logger.warn(`Catalog change feed ended: ${(error as Error).message}`);
    }
  }
}
