import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pdfBytes } from '../../../test/fixtures/files';
import { AppConfig } from '../../config/app-config';
import { LocalDiskStorage } from './local-disk.storage';
import { chunked } from './storage-contract';

/** Every file under a directory, hidden temp files included. */
function allFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

// What every driver must do is in storage-contract.ts (local-disk.contract.spec.ts runs it on this
// driver); these are the disk's own: small chunks, the temp file, the sweep.
describe('LocalDiskStorage', () => {
  let dir: string;
  let storage: LocalDiskStorage;
  const opts = { maxBytes: 1024 * 1024, acceptedTypes: ['pdf', 'jpg'], fileName: 'giấy tờ.pdf' };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dvc-storage-'));
    storage = new LocalDiskStorage(AppConfig.fromEnv({ UPLOAD_DIR: dir }));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one file at the path of its key, as large as the content, from many small chunks', async () => {
    const data = pdfBytes(300_000);
    const stored = await storage.put(chunked(data, 1000), opts);
    expect(stored).toMatchObject({ size: data.length, detectedType: 'pdf' });
    const path = join(dir, ...stored.key.split('/'));
    expect(allFiles(dir)).toEqual([path]);
    expect(statSync(path).size).toBe(data.length);
    expect((await buffer(await storage.read(stored.key))).equals(data)).toBe(true);
  });

  it('removes the temp file when the source fails mid-stream (client abort)', async () => {
    const source = new PassThrough();
    const result = storage.put(source, opts).catch((e: unknown) => e);
    source.write(pdfBytes(100_000));
    await new Promise((r) => setTimeout(r, 50));
    expect(allFiles(dir).some((f) => f.endsWith('.part'))).toBe(true);
    source.destroy(new Error('client went away'));
    expect(((await result) as Error).message).toBe('client went away');
    expect(allFiles(dir)).toEqual([]);
  });

  it('sweeps temp files a crashed process left behind, not fresh ones', async () => {
    const stored = await storage.put(chunked(pdfBytes()), opts);
    const monthDir = join(dir, ...stored.key.split('/').slice(0, 2));
    const old = join(monthDir, '.old.part');
    const fresh = join(monthDir, '.fresh.part');
    writeFileSync(old, 'x');
    writeFileSync(fresh, 'x');
    const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(old, hourAgo, hourAgo);
    expect(await storage.sweepTempFiles()).toBe(1);
    expect(allFiles(dir).sort()).toEqual([fresh, join(monthDir, stored.key.split('/')[2])].sort());
  });
});
