import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';

/** What the storage learned about a file while streaming it in. */
export interface StoredFile {
  /** Opaque key for reading or deleting it later (store it in the row that points at the file). */
  key: string;
  size: number;
  sha256: string;
  /** MIME type detected from the content (magic bytes), never from the name or the client. */
  mimeType: string;
  /** Short type name matching DocumentComponent.acceptedTypes: pdf, jpg, png, docx, doc, xlsx, … */
  detectedType: string;
}

export interface PutOptions {
  /** Hard limit: the write aborts with FILE_TOO_LARGE as soon as the stream passes it. */
  maxBytes: number;
  /** Allowed short type names; the write aborts with FILE_TYPE_NOT_ALLOWED otherwise. */
  acceptedTypes: readonly string[];
  /** For error messages (the original file name). */
  fileName: string;
}

/**
 * Where uploaded files live, chosen by STORAGE_URL: the local disk (file:, default UPLOAD_DIR) or
 * S3-compatible object storage (s3://). Both pass storage-contract.ts. Writes are atomic: a file is either complete under
 * its key or absent, so a failed request leaves no orphan and no row points at a missing file.
 */
export abstract class StorageDriver {
  /** Streams `source` in (never buffering it whole), checking size and type on the way. */
  abstract put(source: Readable, options: PutOptions): Promise<StoredFile>;
  abstract read(key: string): Promise<Readable>;
  abstract delete(key: string): Promise<void>;
  abstract exists(key: string): Promise<boolean>;
  /** Every stored key with its last change, for the orphan sweep (no order promised). */
  abstract list(): AsyncIterable<StoredKey>;
  /**
   * Removes the leftovers of writes that never finished (a process killed mid-upload): temp `.part`
   * files on disk, incomplete multipart uploads on S3, once older than `olderThanMs`. Returns how many.
   */
  abstract sweepIncomplete(olderThanMs: number): Promise<number>;
}

export interface StoredKey {
  key: string;
  modifiedAt: Date;
}

/** Keys look like 2026/11/<uuid>: no user input ever reaches a path or an object name. */
export const KEY_PATTERN = /^\d{4}\/\d{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function newStorageKey(now = new Date()): string {
  return `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
}
