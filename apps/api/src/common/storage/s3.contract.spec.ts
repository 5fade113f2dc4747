import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseS3Url, S3Storage } from './s3.storage';
import { defineStorageContract } from './storage-contract';
import { startS3rver, StartedS3 } from '../../../test/support/s3rver';

let s3: StartedS3;
let dir: string;
let bucketNo = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dvc-s3rver-'));
  s3 = await startS3rver(dir, []);
});
afterAll(async () => {
  await s3?.stop();
  rmSync(dir, { recursive: true, force: true });
});

defineStorageContract('S3 (STORAGE_URL=s3://…, s3rver)', async () => {
  const bucket = `contract-${++bucketNo}`;
  await s3.createBucket(bucket);
  const url = s3.storageUrl(bucket);
  const driver = new S3Storage(parseS3Url(url));
  const raw = new S3Client({
    region: 'us-east-1',
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: s3.credentials,
  });
  return {
    driver,
    rawEntries: async () => {
      const page = await raw.send(new ListObjectsV2Command({ Bucket: bucket }));
      return (page.Contents ?? []).map((o) => o.Key as string);
    },
    cleanup: async () => {
      driver.onModuleDestroy();
      raw.destroy();
    },
  };
});

describe('S3 STORAGE_URL', () => {
  it('reads bucket, prefix, endpoint, region, path style and inline credentials', () => {
    expect(
      parseS3Url('s3://k:s%2Fx@dvc/uploads?endpoint=http://127.0.0.1:9000&region=hn&forcePathStyle=true'),
    ).toEqual({
      bucket: 'dvc',
      prefix: 'uploads/',
      endpoint: 'http://127.0.0.1:9000',
      region: 'hn',
      forcePathStyle: true,
      credentials: { accessKeyId: 'k', secretAccessKey: 's/x' },
    });
  });
});
