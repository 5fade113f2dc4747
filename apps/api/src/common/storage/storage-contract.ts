import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { elfBytes, jpgBytes, pdfBytes, pngBytes } from '../../../test/fixtures/files';
import { DomainError } from '../errors/domain-error';
import { StorageDriver } from './storage';

/** What a driver's spec hands the contract: a fresh, empty store per test. */
export interface ContractSubject {
  driver: StorageDriver;
  /** Everything the backend holds, temp/incomplete data included (files, objects). */
  rawEntries(): Promise<string[]>;
  cleanup(): Promise<void>;
}

/** Streams `data` in small chunks, as a network upload would. */
export function chunked(data: Buffer, chunkSize = 64 * 1024): Readable {
  return Readable.from(
    (function* () {
      for (let i = 0; i < data.length; i += chunkSize) yield data.subarray(i, i + chunkSize);
    })(),
  );
}

async function keysOf(driver: StorageDriver): Promise<string[]> {
  const keys: string[] = [];
  for await (const entry of driver.list()) keys.push(entry.key);
  return keys.sort();
}

/**
 * The storage contract: every driver (local disk, S3) passes the same jest tests. Call it inside a
 * spec file with a factory giving a fresh, empty store. Writes are atomic, limits and types are
 * checked while streaming, and a refused or aborted write leaves nothing behind.
 */
export function defineStorageContract(name: string, create: () => Promise<ContractSubject>): void {
  describe(`Storage contract: ${name}`, () => {
    let subject: ContractSubject;
    let storage: StorageDriver;
    const opts = { maxBytes: 8 * 1024 * 1024, acceptedTypes: ['pdf', 'jpg'], fileName: 'giấy tờ.pdf' };

    beforeEach(async () => {
      subject = await create();
      storage = subject.driver;
    });
    afterEach(() => subject.cleanup());

    it('streams a file in, with its size, sha256 and detected type, reads it back and lists it', async () => {
      const data = pdfBytes(300_000);
      const stored = await storage.put(chunked(data), opts);
      expect(stored).toMatchObject({ size: data.length, mimeType: 'application/pdf', detectedType: 'pdf' });
      expect(stored.sha256).toBe(createHash('sha256').update(data).digest('hex'));
      expect(stored.key).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
      expect(await storage.exists(stored.key)).toBe(true);
      expect((await buffer(await storage.read(stored.key))).equals(data)).toBe(true);
      expect(await keysOf(storage)).toEqual([stored.key]);
      const [entry] = await (async () => {
        const all = [];
        for await (const e of storage.list()) all.push(e);
        return all;
      })();
      expect(Math.abs(entry.modifiedAt.getTime() - Date.now())).toBeLessThan(60_000);
    });

    it('stores a file larger than one multipart part intact (7 MB)', async () => {
      const data = pdfBytes(7 * 1024 * 1024);
      const stored = await storage.put(chunked(data), opts);
      expect(stored.size).toBe(data.length);
      const back = createHash('sha256')
        .update(await buffer(await storage.read(stored.key)))
        .digest('hex');
      expect(back).toBe(stored.sha256);
    });

    it('accepts "jpeg" content for a component that says jpg', async () => {
      const stored = await storage.put(chunked(jpgBytes()), { ...opts, acceptedTypes: ['jpeg'] });
      expect(stored.detectedType).toBe('jpg');
    });

    it('refuses a file over the limit with FILE_TOO_LARGE and leaves nothing behind', async () => {
      const err = await storage
        .put(chunked(pdfBytes(6 * 1024 * 1024)), { ...opts, maxBytes: 5.5 * 1024 * 1024 })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).code).toBe('FILE_TOO_LARGE');
      expect((err as DomainError).message).toContain('giấy tờ.pdf');
      expect(await subject.rawEntries()).toEqual([]);
    });

    it('accepts a file of exactly the limit', async () => {
      const data = pdfBytes(50_000);
      await expect(storage.put(chunked(data), { ...opts, maxBytes: 50_000 })).resolves.toBeDefined();
    });

    it('checks the content, not the name: PNG bytes and an executable are refused', async () => {
      const png = await storage.put(chunked(pngBytes()), opts).catch((e: unknown) => e);
      expect((png as DomainError).code).toBe('FILE_TYPE_NOT_ALLOWED');
      expect((png as DomainError).details).toMatchObject({ detectedType: 'png' });
      const elf = await storage
        .put(chunked(elfBytes(200_000)), { ...opts, fileName: 'anh.jpg' })
        .catch((e: unknown) => e);
      expect((elf as DomainError).details).toMatchObject({ detectedType: 'elf' });
      expect(await subject.rawEntries()).toEqual([]);
    });

    it('leaves nothing when the source fails mid-stream (client abort)', async () => {
      const source = new PassThrough();
      const result = storage.put(source, opts).catch((e: unknown) => e);
      source.write(pdfBytes(100_000));
      await new Promise((r) => setTimeout(r, 50));
      source.destroy(new Error('client went away'));
      expect(((await result) as Error).message).toBe('client went away');
      expect(await subject.rawEntries()).toEqual([]);
      expect(await keysOf(storage)).toEqual([]);
    });

    it('deletes files, tolerates deleting twice, and answers NOT_FOUND for a missing key', async () => {
      const stored = await storage.put(chunked(pdfBytes()), opts);
      await storage.delete(stored.key);
      await storage.delete(stored.key);
      expect(await storage.exists(stored.key)).toBe(false);
      await expect(storage.read(stored.key)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await keysOf(storage)).toEqual([]);
    });

    it('never turns a key into a path or object name of its choosing', async () => {
      await expect(storage.read('../../etc/passwd')).rejects.toThrow(/Invalid storage key/);
      await expect(storage.exists('2026/01/../../x')).resolves.toBe(false);
    });

    it('sweeping incomplete writes keeps complete files', async () => {
      const stored = await storage.put(chunked(pdfBytes()), opts);
      expect(await storage.sweepIncomplete(0)).toBe(0);
      expect(await storage.exists(stored.key)).toBe(true);
    });
  });
}
