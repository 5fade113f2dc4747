import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * How many reverse proxies stand in front of the API. Each appends the address it saw to
 * X-Forwarded-For, so only the rightmost `hops` entries can be believed: everything further left
 * was written by the client. `true` means one proxy (the usual nginx or load balancer).
 */
const proxyHops = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => /^(true|false|yes|no|\d{1,2})$/.test(v), {
    message: 'must be true, false or the number of reverse proxies in front of the API',
  })
  .transform((v) => (v === 'true' || v === 'yes' ? 1 : v === 'false' || v === 'no' ? 0 : Number(v)));

const DEV_SESSION_SECRET = 'dev-only-session-secret-change-me-in-production!!';

/**
 * Every environment variable the API reads. Defaults make `npm start` work on a fresh machine;
 * production refuses to start without real secrets (see refine below).
 */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DATABASE_URL: z
      .string()
      .trim()
      .default('sqlite:./data/portal.sqlite')
      .refine((v) => /^(mysql|mariadb):\/\//.test(v) || v.startsWith('sqlite:'), {
        message: 'must be mysql://user:password@host:port/database or sqlite:<file path> or sqlite::memory:',
      }),
    UPLOAD_DIR: z.string().trim().min(1).default('./data/uploads'),
    PUBLIC_URL: z.string().trim().url().optional(),
    SMTP_URL: z
      .string()
      .trim()
      .optional()
      .refine((v) => !v || /^smtps?:\/\//.test(v), { message: 'must be smtp://… or smtps://…' }),
    MAIL_FROM: z.string().trim().default('Cổng Dịch vụ công <no-reply@dichvucong.local>'),
    MAIL_OUTBOX_DIR: z.string().trim().default('./data/outbox'),
    /** The mail worker polls the mail_outbox table this often (and is woken at once after a commit). */
    MAIL_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(600_000).default(2000),
    /** First retry delay after an SMTP failure; doubles each attempt (capped at one hour). */
    MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
    /** Attempts before a mail is set aside as failed (the row stays, with its last error). */
    MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(12),
    /** How often an open live-updates socket checks that its session still exists (logout ends it). */
    LIVE_SESSION_CHECK_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
    /** Redis for live updates across API instances (redis://host:6379); unset: in-process only. */
    REDIS_URL: z
      .string()
      .trim()
      .optional()
      .refine((v) => !v || /^rediss?:\/\//.test(v), { message: 'must be redis://… or rediss://…' }),
    SESSION_SECRET: z.string().optional(),
    /** The offline playground at GET /graphql and introspection; unset: on outside production only. */
    GRAPHQL_PLAYGROUND: bool.optional(),
    CAPTCHA_FIXED_ANSWER: z.string().trim().min(1).optional(),
    UPLOAD_MAX_FILE_MB: z.coerce.number().positive().max(2048).default(20),
    UPLOAD_MAX_FILES: z.coerce.number().int().positive().max(100).default(20),
    SEED_ON_START: bool.default('true'),
    /** Migrate (under the schema lock) at start-up; unset: yes outside production. SQLite always does. */
    MIGRATE_ON_START: bool.optional(),
    /**
     * Where uploaded files live: file:<dir> (default: UPLOAD_DIR) or
     * s3://bucket?endpoint=…&region=…&forcePathStyle=true (credentials from AWS_ACCESS_KEY_ID/…).
     */
    STORAGE_URL: z
      .string()
      .trim()
      .optional()
      .refine((v) => !v || /^(file:|s3:\/\/[^/?]+)/.test(v), {
        message: 'must be file:<dir> or s3://bucket?…',
      }),
    /** Stored files no row references, and spool files of dead requests, are deleted after this. */
    ORPHAN_GRACE_S: z.coerce
      .number()
      .int()
      .min(1)
      .max(30 * 86_400)
      .default(3600),
    /** How often the cleanup and orphan-sweep jobs run (one instance per round). */
    CLEANUP_INTERVAL_S: z.coerce.number().int().min(1).max(86_400).default(600),
    /** On SIGTERM: how long in-flight requests (uploads included) may take before the process exits. */
    SHUTDOWN_GRACE_S: z.coerce.number().int().min(0).max(3600).default(25),
    /** Behind reverse proxies: take the client address from X-Forwarded-For, trusting this many hops. */
    TRUST_PROXY: proxyHops.default('false'),
    /** Where the built portal lives; empty = next to the API build (dist/apps/portal/browser). */
    PORTAL_DIR: z.string().trim().optional(),
    PLAYGROUND_DIR: z.string().trim().optional(),
    /** Rate limits can be relaxed for load tests; never in production. */
    RATE_LIMIT_DISABLED: bool.default('false'),
    /** Benchmark only: count SQL statements per request into an X-Sql-Statements header; never in production. */
    BENCH_COUNT_SQL: bool.default('false'),
    /** Key of the API tokens' keyed hash (HMAC-SHA256); unset: derived from SESSION_SECRET. */
    TOKEN_HASH_KEY: z.string().min(32).optional(),
    /** Requests per minute of one API client (all its tokens together). */
    API_CLIENT_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(600),
    /** The webhook worker polls its queue this often (and is woken at once after a commit). */
    WEBHOOK_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(600_000).default(2000),
    /** First retry delay of a failed webhook delivery; doubles each attempt, for up to 24 hours. */
    WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
    /** How long a receiver has to answer a webhook POST. */
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    /** Read only by `cli.js admin:create` (scripts); otherwise the password is asked on the terminal. */
    ADMIN_PASSWORD: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    const fail = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!env.SESSION_SECRET || env.SESSION_SECRET.length < 32 || env.SESSION_SECRET === DEV_SESSION_SECRET) {
      fail('SESSION_SECRET', 'is required in production (at least 32 random characters)');
    }
    if (env.CAPTCHA_FIXED_ANSWER) fail('CAPTCHA_FIXED_ANSWER', 'must not be set in production');
    if (env.RATE_LIMIT_DISABLED) fail('RATE_LIMIT_DISABLED', 'must not be set in production');
    if (env.BENCH_COUNT_SQL) fail('BENCH_COUNT_SQL', 'must not be set in production');
    if (!env.SMTP_URL) fail('SMTP_URL', 'is required in production');
    if (!env.PUBLIC_URL) fail('PUBLIC_URL', 'is required in production');
    else if (!isHttpsOrLoopback(env.PUBLIC_URL)) {
      // Cookies are Secure only when PUBLIC_URL is https; plain http is allowed for trying a build locally.
      fail('PUBLIC_URL', 'must be https in production (http only for localhost)');
    }
  })
  .transform((env) => ({
    ...env,
    SESSION_SECRET: env.SESSION_SECRET || DEV_SESSION_SECRET,
    MIGRATE_ON_START: env.MIGRATE_ON_START ?? env.NODE_ENV !== 'production',
    GRAPHQL_PLAYGROUND: env.GRAPHQL_PLAYGROUND ?? env.NODE_ENV !== 'production',
    PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
  }));

export type Env = z.infer<typeof envSchema>;

function isHttpsOrLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}

/** Parses the environment or throws one readable message listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Treat empty strings as unset, as dotenv-style files and CI often export VAR= for "nothing".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || '(env)'}: ${i.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

export class ConfigError extends Error {}
