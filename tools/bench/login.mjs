#!/usr/bin/env node
// Measures one `login` (argon2id verification + session creation) over HTTP against the production
// build. Builds nothing: run `npm run build` first. Usage: node tools/bench/login.mjs [logins=50]
import { gql, registerVerifiedCitizen, startBuiltApi } from './lib/built-api.mjs';

const runs = Math.max(30, Number(process.argv[2] ?? 50));
const WARM_UP = 3;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { account { id } } }`;

const api = await startBuiltApi({ RATE_LIMIT_DISABLED: 'true', SEED_ON_START: 'false' });
try {
  const { username, password } = await registerVerifiedCitizen(api);
  const times = [];
  for (let i = 0; i < WARM_UP + runs; i++) {
    const started = process.hrtime.bigint();
    await gql(api.url, LOGIN, { input: { username, password, rememberMe: false } });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (i >= WARM_UP) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];
  const mid = times.length / 2;
  const median = times.length % 2 ? times[Math.floor(mid)] : (times[mid - 1] + times[mid]) / 2;
  console.log(
    `login over HTTP, ${times.length} sequential runs (after ${WARM_UP} warm-up), SQLite, argon2id:`,
  );
  console.log(
    `  median ${median.toFixed(1)} ms   p95 ${pct(95).toFixed(1)} ms   min ${times[0].toFixed(1)} ms   max ${times[times.length - 1].toFixed(1)} ms`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(api.log());
  process.exitCode = 1;
} finally {
  await api.stop();
}
