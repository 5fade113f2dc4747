import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { StorageDriver } from '../storage/storage';
import { ScheduledJobs } from './scheduled-jobs.service';

/**
 * Every column holding a storage key. A stored file none of them names is an orphan: its request
 * died between the upload and the commit, or a delete's file removal failed. Add new ones here.
 */
export const FILE_REFERENCES: { table: string; column: string }[] = [
  // Citizens' attachments and officers' result files.
  { table: 'dossier_files', column: 'storage_key' },
  // Form templates of document components (uploaded or generated).
  { table: 'document_components', column: 'template_key' },
];

const BATCH = 200;
/** graphql-upload-ts spools each multipart file to TMPDIR as capacitor-<hex>.tmp. */
const SPOOL_FILE = /^capacitor-[0-9a-f]+\.tmp$/;

/**
 * The orphan sweep, on a schedule. Once per round (any instance): stored files no row references,
 * older than ORPHAN_GRACE_S (a younger one may belong to a request still running), and incomplete
 * writes. On every instance (each has its own TMPDIR): spool files of requests that died, untouched
 * for the grace period. Works the same on both storage drivers.
 */
@Injectable()
export class OrphanSweepJob implements OnModuleInit {
  constructor(
    private readonly jobs: ScheduledJobs,
    private readonly storage: StorageDriver,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    const everyMs = this.config.env.CLEANUP_INTERVAL_S * 1000;
    this.jobs.register({ name: 'orphan-sweep', everyMs, run: () => this.sweepStorage() });
    this.jobs.registerLocal({ name: 'spool-sweep', everyMs, run: () => this.sweepSpool() });
  }

  private get graceMs(): number {
    return this.config.env.ORPHAN_GRACE_S * 1000;
  }

  async sweepStorage(now = Date.now()): Promise<string> {
    let checked = 0;
    let deleted = 0;
    let batch: string[] = [];
    const flush = async () => {
      const used = await this.referenced(batch);
      for (const key of batch.filter((k) => !used.has(k))) {
        await this.storage.delete(key);
        deleted++;
      }
      batch = [];
    };
    for await (const { key, modifiedAt } of this.storage.list()) {
      if (now - modifiedAt.getTime() <= this.graceMs) continue;
      checked++;
      batch.push(key);
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length) await flush();
    const incomplete = await this.storage.sweepIncomplete(this.graceMs);
    return `checked ${checked} stored file(s), deleted ${deleted} orphan(s), ${incomplete} incomplete write(s)`;
  }

  async sweepSpool(now = Date.now(), dir = tmpdir()): Promise<string> {
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => SPOOL_FILE.test(n));
    let deleted = 0;
    for (const name of names) {
      const info = await stat(join(dir, name)).catch(() => null);
      // mtime: a live request keeps writing its spool file; a dead one's stops changing.
      if (info && now - info.mtimeMs > this.graceMs) {
        await rm(join(dir, name), { force: true });
        deleted++;
      }
    }
    return `deleted ${deleted} spool file(s) in ${dir}`;
  }

  private async referenced(keys: string[]): Promise<Set<string>> {
    const used = new Set<string>();
    for (const { table, column } of FILE_REFERENCES) {
      const rows = await this.dataSource
        .createQueryBuilder()
        .select(`${column}`, 'k')
        .from(table, 't')
        .where(`${column} IN (:...keys)`, { keys })
        .getRawMany<{ k: string }>();
      for (const row of rows) used.add(row.k);
    }
    return used;
  }
}
