import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { AddressInfo } from 'node:net';

// s3rver has no type declarations; this is the part of its API the tests use.
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
};

export interface StartedS3 {
  endpoint: string;
  port: number;
  credentials: { accessKeyId: string; secretAccessKey: string };
  createBucket(name: string): Promise<void>;
  /** STORAGE_URL for a bucket of this server. */
  storageUrl(bucket: string): string;
  stop(): Promise<void>;
}

/**
 * A local S3-protocol server (s3rver) on a random port (or `port`), keeping its objects in `dir`:
 * the S3 storage driver's tests and the cluster suite run against it.
 */
export async function startS3rver(dir: string, buckets: string[], port = 0): Promise<StartedS3> {
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    directory: dir,
    silent: true,
    configureBuckets: buckets.map((name) => ({ name })),
  });
  const address = await server.run();
  const endpoint = `http://127.0.0.1:${address.port}`;
  // s3rver accepts these (its defaults); any signature-valid pair would do.
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  const client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials });
  return {
    endpoint,
    port: address.port,
    credentials,
    createBucket: async (name) => {
      await client.send(new CreateBucketCommand({ Bucket: name }));
    },
    storageUrl: (bucket) =>
      `s3://S3RVER:S3RVER@${bucket}?endpoint=${encodeURIComponent(endpoint)}&region=us-east-1&forcePathStyle=true`,
    stop: async () => {
      client.destroy();
      await server.close();
    },
  };
}
