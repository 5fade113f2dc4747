import { Injectable } from '@nestjs/common';
import { isAbsolute, resolve } from 'node:path';
import { Env, parseEnv } from './config.schema';

export type DatabaseKind = 'mysql' | 'sqlite';

/**
 * Typed, validated configuration: the only reader of process.env in the API.
 * Construct it once at boot (AppConfig.fromEnv) and inject it everywhere else.
 */
@Injectable()
export class AppConfig {
  constructor(readonly env: Env) {}

  static fromEnv(source: Record<string, string | undefined> = process.env): AppConfig {
    return new AppConfig(parseEnv(source));
  }

  get isProduction(): boolean {
    return this.env.NODE_ENV === 'production';
  }

  get databaseKind(): DatabaseKind {
    return this.env.DATABASE_URL.startsWith('sqlite:') ? 'sqlite' : 'mysql';
  }

  /** Absolute path of the SQLite file, or ':memory:'. */
  get sqlitePath(): string {
    const path = this.env.DATABASE_URL.slice('sqlite:'.length);
    return path === ':memory:' ? path : absolute(path);
  }

  /** The local-disk storage's directory: STORAGE_URL=file:<dir>, else UPLOAD_DIR. */
  get uploadDir(): string {
    const url = this.env.STORAGE_URL;
    if (url?.startsWith('file:')) return absolute(url.slice('file:'.length).replace(/^\/\/(?=\/)/, ''));
    return absolute(this.env.UPLOAD_DIR);
  }

  /** Which storage driver STORAGE_URL selects (file: by default). */
  get storageKind(): 'file' | 's3' {
    return this.env.STORAGE_URL?.startsWith('s3://') ? 's3' : 'file';
  }

  get outboxDir(): string {
    return absolute(this.env.MAIL_OUTBOX_DIR);
  }

  get secureCookies(): boolean {
    return this.env.PUBLIC_URL.startsWith('https://');
  }

  get uploadMaxFileBytes(): number {
    return Math.floor(this.env.UPLOAD_MAX_FILE_MB * 1024 * 1024);
  }
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(process.cwd(), path);
}
