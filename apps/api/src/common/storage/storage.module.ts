import { Global, Module } from '@nestjs/common';
import { LocalDiskStorage } from './local-disk.storage';
import { StorageDriver } from './storage';

/** Makes `StorageDriver` injectable everywhere; the local disk under UPLOAD_DIR is the default driver. */
@Global()
@Module({
  providers: [{ provide: StorageDriver, useClass: LocalDiskStorage }],
  exports: [StorageDriver],
})
export class StorageModule {}
