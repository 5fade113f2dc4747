import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { LocalDiskStorage } from './local-disk.storage';
import { parseS3Url, S3Storage } from './s3.storage';
import { StorageDriver } from './storage';

/**
 * Makes `StorageDriver` injectable everywhere. STORAGE_URL picks the driver: file:<dir> (default,
 * UPLOAD_DIR) or s3://bucket?endpoint=…&region=…&forcePathStyle=true for S3-compatible storage.
 */
@Global()
@Module({
  providers: [
    {
      provide: StorageDriver,
      inject: [AppConfig],
      useFactory: (config: AppConfig): StorageDriver =>
        config.storageKind === 's3'
          ? new S3Storage(parseS3Url(config.env.STORAGE_URL as string))
          : new LocalDiskStorage(config),
    },
  ],
  exports: [StorageDriver],
})
export class StorageModule {}
