import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';

export interface TestDatabase {
  url: string;
  kind: 'sqlite' | 'mysql';
  drop(): Promise<void>;
}

/**
 * A throwaway database per test app: a temp SQLite file by default, or, with TEST_DB=mysql, a fresh
 * database on the MySQL/MariaDB server given by DATABASE_URL (dropped afterwards).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env['TEST_DB'] === 'mysql') return createMysqlDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'dvc-test-db-'));
  return {
    url: `sqlite:${join(dir, 'test.sqlite')}`,
    kind: 'sqlite',
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function createMysqlDatabase(): Promise<TestDatabase> {
  const serverUrl = new URL(mysqlServerUrl());
  const name = `dvc_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  serverUrl.pathname = '/';
  const admin = await createConnection({ uri: serverUrl.toString() });
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'mysql',
    drop: async () => {
      const conn = await createConnection({ uri: serverUrl.toString() });
      try {
        await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await conn.end();
      }
    },
  };
}

function mysqlServerUrl(): string {
  const url = process.env['DATABASE_URL'];
  if (!url || !/^(mysql|mariadb):\/\//.test(url)) {
    throw new Error('TEST_DB=mysql needs DATABASE_URL=mysql://user:password@host:port/any_database');
  }
  return url.replace(/^mariadb:/, 'mysql:');
}
