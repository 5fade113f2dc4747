import { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/bootstrap';
import { AppConfig } from '../../src/config/app-config';
import { GqlClient } from './gql-client';
import { createTestDatabase, TestDatabase } from './test-database';

export const TEST_CAPTCHA_ANSWER = 'TEST42';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  url: string;
  db: TestDatabase;
  /** Temp dir holding uploads and the mail outbox of this app. */
  dir: string;
  client(headers?: Record<string, string>): GqlClient;
  close(): Promise<void>;
}

/**
 * Boots the real API (same module graph and HTTP wiring as production) on a random port against a
 * throwaway database. `env` overrides configuration for a suite (e.g. SMTP_URL for the mail test).
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'dvc-test-'));
  const config = AppConfig.fromEnv({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: db.url,
    UPLOAD_DIR: join(dir, 'uploads'),
    MAIL_OUTBOX_DIR: join(dir, 'outbox'),
    CAPTCHA_FIXED_ANSWER: TEST_CAPTCHA_ANSWER,
    PUBLIC_URL: 'http://portal.test',
    PORTAL_DIR: join(dir, 'no-portal'),
    PLAYGROUND_DIR: join(dir, 'no-playground'),
    ...env,
  });
  let app: NestExpressApplication;
  try {
    app = await createApp(config, ['error']);
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    app,
    config,
    url,
    db,
    dir,
    client: (headers) => new GqlClient(url, headers),
    close: async () => {
      await app.close();
      await db.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
