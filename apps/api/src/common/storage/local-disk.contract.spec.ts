import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig } from '../../config/app-config';
import { LocalDiskStorage } from './local-disk.storage';
import { defineStorageContract } from './storage-contract';

defineStorageContract('local disk (STORAGE_URL=file:…)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-storage-'));
  return {
    driver: new LocalDiskStorage(AppConfig.fromEnv({ STORAGE_URL: `file:${dir}` })),
    // Hidden .part files count: a failed write must not leave one.
    rawEntries: async () =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name)),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
