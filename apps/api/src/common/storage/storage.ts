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
 * Where uploaded files live. The default driver is the local disk under UPLOAD_DIR; another driver
 * (object storage) implements the same contract. Writes are atomic: a file is either complete under
 * its key or absent, so a failed request leaves no orphan and no row points at a missing file.
 */
export abstract class StorageDriver {
  /** Streams `source` in (never buffering it whole), checking size and type on the way. */
  abstract put(source: Readable, options: PutOptions): Promise<StoredFile>;
  abstract read(key: string): Promise<Readable>;
  abstract delete(key: string): Promise<void>;
  abstract exists(key: string): Promise<boolean>;
}
