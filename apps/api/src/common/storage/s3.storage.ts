import { Logger } from '@nestjs/common';
import { ErrorCode } from '@dvc/shared/domain';
import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  HeadBucketCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '../errors/domain-error';
import { KEY_PATTERN, newStorageKey, PutOptions, StorageDriver, StoredFile, StoredKey } from './storage';
import { SourceError, writeObject } from './s3-multipart';
import { UploadInspector } from './upload-inspector';

export interface S3Location {
  bucket: string;
  /** Optional folder inside the bucket (s3://bucket/prefix). */
  prefix: string;
  endpoint?: string;
  region: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** s3://[key:secret@]bucket[/prefix]?endpoint=…&region=…&forcePathStyle=true */
export function parseS3Url(url: string): S3Location {
  const parsed = new URL(url);
  if (parsed.protocol !== 's3:' || !parsed.hostname) throw new Error(`Invalid STORAGE_URL: ${url}`);
  const q = parsed.searchParams;
  const prefix = decodeURIComponent(parsed.pathname.replace(/^\/+|\/+$/g, ''));
  return {
    bucket: parsed.hostname,
    prefix: prefix ? `${prefix}/` : '',
    endpoint: q.get('endpoint') ?? undefined,
    region: q.get('region') ?? 'us-east-1',
    forcePathStyle: q.get('forcePathStyle') === 'true',
    // Otherwise the SDK's own chain: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, profile, instance role.
    credentials: parsed.username
      ? {
          accessKeyId: decodeURIComponent(parsed.username),
          secretAccessKey: decodeURIComponent(parsed.password),
        }
      : undefined,
  };
}

/**
 * S3-compatible object storage (AWS S3, MinIO, Ceph, Viettel/VNPT/FPT object storage). A write
 * streams through the inspector into a multipart upload, one 5 MB part in flight (s3-multipart.ts), so
 * memory stays bounded whatever the file size; the object becomes visible only when the upload completes, and a
 * refused or aborted upload is aborted (no object, no parts). Unreachable storage answers
 * STORAGE_UNAVAILABLE rather than an internal error.
 */
export class S3Storage extends StorageDriver {
  private readonly logger = new Logger(S3Storage.name);
  private readonly client: S3Client;

  constructor(private readonly location: S3Location) {
    super();
    this.client = new S3Client({
      region: location.region,
      endpoint: location.endpoint,
      forcePathStyle: location.forcePathStyle,
      credentials: location.credentials,
      // A dead endpoint must fail the request within seconds, not hang it.
      maxAttempts: 2,
      // Checksums only where S3 requires them: MinIO, Ceph and s3rver do not all know the newer ones.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { connectionTimeout: 3000, requestTimeout: 60_000 },
    });
  }

  async put(source: Readable, options: PutOptions): Promise<StoredFile> {
    const key = newStorageKey();
    const inspector = new UploadInspector(options);
    const body = new PassThrough();
    const feeding = pipeline(source, inspector, body);
    const uploading = writeObject(this.client, this.location.bucket, this.objectName(key), body);
    try {
      await Promise.all([feeding, uploading]);
    } catch {
      source.destroy();
      inspector.destroy();
      body.destroy();
      const [fed, up] = await Promise.allSettled([feeding, uploading]);
      // The storage failed (down, refused), or the stream did: the client's abort, or the inspector's
      // refusal (size, type), which the feeding side reports as it happened.
      if (up.status === 'rejected' && !(up.reason instanceof SourceError)) throw this.unavailable(up.reason);
      if (fed.status === 'rejected') throw fed.reason;
      throw (up as PromiseRejectedResult).reason.source;
    }
    return inspector.storedAs(key);
  }

  async read(key: string): Promise<Readable> {
    const name = this.objectName(key);
    try {
      const answer = await this.client.send(
        new GetObjectCommand({ Bucket: this.location.bucket, Key: name }),
      );
      return answer.Body as Readable;
    } catch (error) {
      if (isMissing(error)) throw DomainError.notFound();
      throw this.unavailable(error);
    }
  }

  async delete(key: string): Promise<void> {
    const name = this.objectName(key);
    await this.client
      .send(new DeleteObjectCommand({ Bucket: this.location.bucket, Key: name }))
      .catch((error: unknown) => {
        if (!isMissing(error)) throw this.unavailable(error);
      });
  }

  async exists(key: string): Promise<boolean> {
    if (!KEY_PATTERN.test(key)) return false;
    try {
      await this.client.send(
        new HeadObjectCommand({ Bucket: this.location.bucket, Key: this.objectName(key) }),
      );
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw this.unavailable(error);
    }
  }

  async *list(): AsyncIterable<StoredKey> {
    let token: string | undefined;
    do {
      const page = await this.client
        .send(
          new ListObjectsV2Command({
            Bucket: this.location.bucket,
            Prefix: this.location.prefix || undefined,
            ContinuationToken: token,
          }),
        )
        .catch((error: unknown) => {
          throw this.unavailable(error);
        });
      for (const object of page.Contents ?? []) {
        const key = object.Key?.slice(this.location.prefix.length) ?? '';
        if (KEY_PATTERN.test(key)) yield { key, modifiedAt: object.LastModified ?? new Date(0) };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  /**
   * Incomplete multipart uploads of killed processes. Servers without the listing (s3rver) keep no
   * parts of unfinished uploads visible; on AWS also set a lifecycle rule (docs/deployment.md).
   */
  async sweepIncomplete(olderThanMs: number): Promise<number> {
    const page = await this.client
      .send(
        new ListMultipartUploadsCommand({
          Bucket: this.location.bucket,
          Prefix: this.location.prefix || undefined,
        }),
      )
      .catch((error: unknown) => {
        if ((error as { name?: string }).name === 'NotImplemented') return null;
        throw this.unavailable(error);
      });
    let removed = 0;
    for (const upload of page?.Uploads ?? []) {
      if (!upload.Key || !upload.UploadId) continue;
      if (Date.now() - (upload.Initiated?.getTime() ?? 0) <= olderThanMs) continue;
      await this.client.send(
        new AbortMultipartUploadCommand({
          Bucket: this.location.bucket,
          Key: upload.Key,
          UploadId: upload.UploadId,
        }),
      );
      removed++;
    }
    return removed;
  }

  /**
   * At start-up: a HEAD of the bucket says early (in the log) when the endpoint, bucket or credentials
   * are wrong, and loads the SDK's lazily required parts before the first upload. Storage that is
   * down does not stop the start: requests answer STORAGE_UNAVAILABLE until it is back.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.client
      .send(new HeadBucketCommand({ Bucket: this.location.bucket }))
      .catch((error: unknown) => {
        this.logger.warn(
          `S3 bucket ${this.location.bucket} is not reachable yet: ${(error as Error).message}`,
        );
      });
  }

  /** Releases the HTTP agent's sockets (shutdown). */
  onModuleDestroy(): void {
    this.client.destroy();
  }

  private objectName(key: string): string {
    if (!KEY_PATTERN.test(key)) throw new Error(`Invalid storage key: ${key}`);
    return `${this.location.prefix}${key}`;
  }

  private unavailable(error: unknown): unknown {
    if (error instanceof DomainError) return error;
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    // 4xx other than "missing" is a configuration mistake (bucket, credentials): keep it visible in logs.
    if (status && status < 500) return error;
    return new DomainError(ErrorCode.STORAGE_UNAVAILABLE, undefined, {
      reason: (error as Error)?.message?.slice(0, 200),
    });
  }
}

function isMissing(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404;
}
