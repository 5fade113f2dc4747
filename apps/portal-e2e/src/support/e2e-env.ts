import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Handed from global setup to the tests through a file named in DVC_E2E_ENV_FILE. */
export interface E2eEnv {
  baseUrl: string;
  mailDir: string;
  captchaAnswer: string;
  workDir: string;
}

export function e2eEnv(): E2eEnv {
  const file = process.env['DVC_E2E_ENV_FILE'];
  if (!file) throw new Error('DVC_E2E_ENV_FILE is not set: run the browser tests with `npm run e2e`.');
  return JSON.parse(readFileSync(file, 'utf8')) as E2eEnv;
}

export const workspaceRoot = join(__dirname, '..', '..', '..', '..');
