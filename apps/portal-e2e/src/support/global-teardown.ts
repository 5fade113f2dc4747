import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { printA11ySummary } from './a11y-summary';

interface E2eState {
  api: ChildProcess;
  mail: { close(): Promise<void> };
  workDir: string;
}

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>)['__DVC_E2E__'] as E2eState | undefined;
  if (!state) return;
  printA11ySummary(state.workDir);
  state.api.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  await state.mail.close();
  if (!process.env['KEEP_E2E_DIR']) rmSync(state.workDir, { recursive: true, force: true });
}
