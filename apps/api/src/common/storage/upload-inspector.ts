import { ErrorCode } from '@dvc/shared/domain';
import { createHash, Hash } from 'node:crypto';
import { Transform, TransformCallback } from 'node:stream';
import { DomainError } from '../errors/domain-error';
import { DetectedType, detectFileType, normalizeTypeName, SNIFF_BYTES } from './file-type';
import type { StoredFile } from './storage';

export interface InspectorOptions {
  maxBytes: number;
  acceptedTypes: readonly string[];
  fileName: string;
}

/**
 * Pass-through stream that counts, hashes and sniffs what flows to storage, and fails the pipeline
 * (FILE_TOO_LARGE / FILE_TYPE_NOT_ALLOWED) as soon as it knows. It keeps only the first SNIFF_BYTES
 * of the content in memory, never the whole file.
 */
export class UploadInspector extends Transform {
  size = 0;
  detected: DetectedType | null = null;
  private readonly hash: Hash = createHash('sha256');
  private head: Buffer[] = [];
  private headLength = 0;
  private readonly accepted: Set<string>;

  constructor(private readonly options: InspectorOptions) {
    super();
    this.accepted = new Set(options.acceptedTypes.map(normalizeTypeName));
  }

  /** Hex sha256 of the content, set when the stream ends. */
  sha256 = '';

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.options.maxBytes) return callback(this.tooLarge());
    this.hash.update(chunk);
    if (!this.detected) {
      if (this.headLength < SNIFF_BYTES) {
        const take = chunk.subarray(0, SNIFF_BYTES - this.headLength);
        this.head.push(take);
        this.headLength += take.length;
      }
      const error = this.decide(this.headLength >= SNIFF_BYTES);
      if (error) return callback(error);
    }
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (!this.detected) {
      const error = this.decide(true);
      if (error) return callback(error);
    }
    this.sha256 = this.hash.digest('hex');
    callback();
  }

  /** What the driver reports for the file it wrote under `key`, once the stream has ended. */
  storedAs(key: string): StoredFile {
    const detected = this.detected;
    if (!detected) throw new Error('unreachable: the inspector settles the type before the stream ends');
    return {
      key,
      size: this.size,
      sha256: this.sha256,
      mimeType: detected.mime,
      detectedType: detected.type,
    };
  }

  /** Settles the type once the head is conclusive; an error when it is not an accepted one. */
  private decide(complete: boolean): DomainError | null {
    const head = this.head.length === 1 ? this.head[0] : Buffer.concat(this.head);
    this.head = [head];
    const candidates = detectFileType(head, complete);
    if (candidates === null) return null;
    this.head = [];
    const match = candidates.find((c) => this.accepted.has(c.type));
    if (!match) return this.notAllowed(candidates[0]?.type ?? null);
    this.detected = match;
    return null;
  }

  private tooLarge(): DomainError {
    const maxMb = Math.round((this.options.maxBytes / (1024 * 1024)) * 10) / 10;
    return new DomainError(
      ErrorCode.FILE_TOO_LARGE,
      `Tệp "${this.options.fileName}" vượt quá dung lượng cho phép (${maxMb} MB).`,
      { fileName: this.options.fileName, maxBytes: this.options.maxBytes },
    );
  }

  private notAllowed(detectedType: string | null): DomainError {
    return new DomainError(
      ErrorCode.FILE_TYPE_NOT_ALLOWED,
      `Tệp "${this.options.fileName}" không đúng định dạng cho phép (${[...this.accepted].join(', ')}).`,
      { fileName: this.options.fileName, detectedType, acceptedTypes: [...this.accepted] },
    );
  }
}
