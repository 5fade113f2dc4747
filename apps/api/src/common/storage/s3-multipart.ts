import {
  AbortMultipartUploadCommand,
  CompletedPart,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';

/** The smallest part S3 accepts (except the last one). */
export const PART_SIZE = 5 * 1024 * 1024;

/** An error of the stream being stored (client abort, the inspector's refusal), not of the storage. */
export class SourceError extends Error {
  constructor(readonly source: unknown) {
    super((source as Error)?.message ?? String(source));
  }
}

/**
 * Streams `body` into one object: a single PUT when it ends within one part, otherwise a multipart
 * upload, one part in flight, every part copied into the same 5 MB buffer (reused once the part is
 * sent). Memory per upload stays at one part whatever the file size, with no garbage piling up
 * between collections (lib-storage's Upload concatenates a new buffer per part, which pushed a
 * 100 MB upload past the 64 MB budget). On any failure a started multipart upload is aborted, so
 * no object appears: the object exists only once complete.
 */
export async function writeObject(
  client: S3Client,
  bucket: string,
  key: string,
  body: AsyncIterable<Buffer>,
): Promise<void> {
  const buffer = Buffer.allocUnsafe(PART_SIZE);
  let filled = 0;
  let uploadId: string | undefined;
  const parts: CompletedPart[] = [];
  const sendPart = async () => {
    uploadId ??= (await client.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key }))).UploadId;
    const PartNumber = parts.length + 1;
    const answer = await client.send(
      new UploadPartCommand({
        Bucket: bucket,
        Key: key,
        UploadId: uploadId,
        PartNumber,
        Body: buffer.subarray(0, filled),
        ContentLength: filled,
      }),
    );
    parts.push({ ETag: answer.ETag, PartNumber });
    filled = 0;
  };
  try {
    const iterator = body[Symbol.asyncIterator]();
    for (;;) {
      let next: IteratorResult<Buffer>;
      try {
        next = await iterator.next();
      } catch (error) {
        throw new SourceError(error);
      }
      if (next.done) break;
      const chunk = next.value;
      for (let offset = 0; offset < chunk.length;) {
        const copied = chunk.copy(buffer, filled, offset);
        filled += copied;
        offset += copied;
        if (filled === PART_SIZE) await sendPart();
      }
    }
    if (!uploadId) {
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: buffer.subarray(0, filled),
          ContentLength: filled,
        }),
      );
      return;
    }
    if (filled > 0) await sendPart();
    await client.send(
      new CompleteMultipartUploadCommand({
        Bucket: bucket,
        Key: key,
        UploadId: uploadId,
        MultipartUpload: { Parts: parts },
      }),
    );
  } catch (error) {
    if (uploadId) {
      await client
        .send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }))
        .catch(() => undefined);
    }
    throw error;
  }
}
