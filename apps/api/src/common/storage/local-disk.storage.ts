import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppConfig } from '../../config/app-config';
import { DomainError } from '../errors/domain-error';
import { KEY_PATTERN, newStorageKey, PutOptions, StorageDriver, StoredFile, StoredKey } from './storage';
import { UploadInspector } from './upload-inspector';

/**
 * The default storage: files under UPLOAD_DIR, sharded by month. A write streams into a hidden temp
 * file in the final directory (same file system, so the rename is atomic), is fsynced, then renamed;
 * any failure (limit, type, stream error, client abort) removes the temp file.
 */
@Injectable()
export class LocalDiskStorage extends StorageDriver implements OnApplicationBootstrap {
  private readonly logger = new Logger(LocalDiskStorage.name);
  private readonly root: string;

  constructor(config: AppConfig) {
    super();
    this.root = config.uploadDir;
  }

  /** Temp files a crashed process left behind (this month's and last month's folders). */
  onApplicationBootstrap(): void {
    void this.sweepTempFiles().catch((e: unknown) =>
      this.logger.warn(`Temp file sweep failed: ${String(e)}`),
    );
  }

  async sweepTempFiles(olderThanMs = 60 * 60 * 1000, now = new Date()): Promise<number> {
    const months = [0, 1].map((back) => {
      const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
      return join(this.root, String(d.getUTCFullYear()), String(d.getUTCMonth() + 1).padStart(2, '0'));
    });
    let removed = 0;
    for (const dir of months) {
      const names = await readdir(dir).catch(() => [] as string[]);
      for (const name of names.filter((n) => n.startsWith('.') && n.endsWith('.part'))) {
        const path = join(dir, name);
        const info = await stat(path).catch(() => null);
        if (info && now.getTime() - info.mtimeMs > olderThanMs) {
          await rm(path, { force: true });
          removed++;
        }
      }
    }
    return removed;
  }

  sweepIncomplete(olderThanMs: number): Promise<number> {
    return this.sweepTempFiles(olderThanMs);
  }

  async *list(): AsyncIterable<StoredKey> {
    const years = await readdir(this.root).catch(() => [] as string[]);
    for (const year of years.filter((y) => /^\d{4}$/.test(y))) {
      const months = await readdir(join(this.root, year)).catch(() => [] as string[]);
      for (const month of months.filter((m) => /^\d{2}$/.test(m))) {
        const names = await readdir(join(this.root, year, month)).catch(() => [] as string[]);
        for (const name of names) {
          const key = `${year}/${month}/${name}`;
          if (!KEY_PATTERN.test(key)) continue;
          const info = await stat(join(this.root, year, month, name)).catch(() => null);
          if (info?.isFile()) yield { key, modifiedAt: info.mtime };
        }
      }
    }
  }

  async put(source: Readable, options: PutOptions): Promise<StoredFile> {
    const key = newStorageKey();
    const finalPath = this.pathOf(key);
    const dir = dirname(finalPath);
    await mkdir(dir, { recursive: true });
    const tempPath = join(dir, `.${randomUUID()}.part`);
    const inspector = new UploadInspector(options);
    try {
      // `flush` fsyncs before closing, so the rename never exposes a partly written file after a crash.
      await pipeline(
        source,
        inspector,
        createWriteStream(tempPath, { flags: 'wx', mode: 0o640, flush: true }),
      );
      await rename(tempPath, finalPath);
      await syncDir(dir);
    } catch (error) {
      await rm(tempPath, { force: true });
      source.destroy();
      throw error;
    }
    return inspector.storedAs(key);
  }

  async read(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    await stat(path).catch(() => {
      throw DomainError.notFound();
    });
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch {
      return false;
    }
  }

  private pathOf(key: string): string {
    if (!KEY_PATTERN.test(key)) throw new Error(`Invalid storage key: ${key}`);
    return join(this.root, ...key.split('/'));
  }
}

/** Makes the rename durable; some file systems refuse fsync on a directory, which is harmless. */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir.endsWith(sep) ? dir : `${dir}${sep}`, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}
