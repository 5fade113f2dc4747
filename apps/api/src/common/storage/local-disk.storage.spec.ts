import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { elfBytes, jpgBytes, pdfBytes, pngBytes } from '../../../test/fixtures/files';
import { AppConfig } from '../../config/app-config';
import { DomainError } from '../errors/domain-error';
import { LocalDiskStorage } from './local-disk.storage';

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

/** Streams `data` in small chunks, as a network upload would. */
function chunked(data: Buffer, chunkSize = 1000): Readable {
  return Readable.from(
    (function* () {
      for (let i = 0; i < data.length; i += chunkSize) yield data.subarray(i, i + chunkSize);
    })(),
  );
}

describe('LocalDiskStorage', () => {
  let dir: string;
  let storage: LocalDiskStorage;
  const opts = { maxBytes: 1024 * 1024, acceptedTypes: ['pdf', 'jpg'], fileName: 'giấy tờ.pdf' };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dvc-storage-'));
    storage = new LocalDiskStorage(AppConfig.fromEnv({ UPLOAD_DIR: dir }));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('streams a file in, with its size, sha256 and detected type, and reads it back', async () => {
    const data = pdfBytes(300_000);
    const stored = await storage.put(chunked(data), opts);
    expect(stored).toMatchObject({ size: data.length, mimeType: 'application/pdf', detectedType: 'pdf' });
    expect(stored.sha256).toBe(createHash('sha256').update(data).digest('hex'));
    expect(stored.key).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
    expect(await storage.exists(stored.key)).toBe(true);
    expect((await buffer(await storage.read(stored.key))).equals(data)).toBe(true);
    expect(allFiles(dir)).toHaveLength(1);
    expect(statSync(allFiles(dir)[0]).size).toBe(data.length);
  });

  it('accepts "jpeg" content for a component that says jpg', async () => {
    const stored = await storage.put(chunked(jpgBytes()), { ...opts, acceptedTypes: ['jpeg'] });
    expect(stored.detectedType).toBe('jpg');
  });

  it('refuses a file over the limit with FILE_TOO_LARGE and leaves nothing behind', async () => {
    const err = await storage
      .put(chunked(pdfBytes(200_000), 4096), { ...opts, maxBytes: 100_000 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe('FILE_TOO_LARGE');
    expect((err as DomainError).message).toContain('giấy tờ.pdf');
    expect(allFiles(dir)).toEqual([]);
  });

  it('accepts a file of exactly the limit', async () => {
    const data = pdfBytes(50_000);
    await expect(storage.put(chunked(data), { ...opts, maxBytes: 50_000 })).resolves.toBeDefined();
  });

  it('checks the content, not the name: PNG bytes named .pdf are refused', async () => {
    const err = await storage.put(chunked(pngBytes()), opts).catch((e: unknown) => e);
    expect((err as DomainError).code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect((err as DomainError).details).toMatchObject({ detectedType: 'png' });
    expect(allFiles(dir)).toEqual([]);
  });

  it('refuses an executable renamed .jpg', async () => {
    const err = await storage
      .put(chunked(elfBytes(200_000)), { ...opts, fileName: 'anh.jpg' })
      .catch((e: unknown) => e);
    expect((err as DomainError).code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect((err as DomainError).details).toMatchObject({ detectedType: 'elf' });
    expect(allFiles(dir)).toEqual([]);
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

  it('deletes files and tolerates deleting twice', async () => {
    const stored = await storage.put(chunked(pdfBytes()), opts);
    await storage.delete(stored.key);
    await storage.delete(stored.key);
    expect(await storage.exists(stored.key)).toBe(false);
    await expect(storage.read(stored.key)).rejects.toMatchObject({ code: 'NOT_FOUND' });
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

  it('never turns a key into a path outside the upload dir', async () => {
    await expect(storage.read('../../etc/passwd')).rejects.toThrow(/Invalid storage key/);
    await expect(storage.exists('2026/01/../../x')).resolves.toBe(false);
  });
});
