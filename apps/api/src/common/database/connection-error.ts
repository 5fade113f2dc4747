/**
 * Errors that mean "the database is not there" (down, restarting, unreachable, refusing us) rather
 * than "this statement is wrong": the start-up names DATABASE_URL for them, and requests answer
 * SERVICE_UNAVAILABLE instead of an internal error.
 */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'ER_ACCESS_DENIED_ERROR',
  'ER_BAD_DB_ERROR',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_CONNECTION_KILLED',
  'EPIPE',
  'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR',
  'SQLITE_CANTOPEN',
]);

/** The database is down, unreachable or refuses us (as opposed to a bug in the mapping). */
export function isConnectionError(error: unknown): boolean {
  const e = error as { code?: string; errno?: string; cause?: unknown; driverError?: unknown } | null;
  if (!e) return false;
  if (CONNECTION_CODES.has(String(e.code ?? e.errno))) return true;
  if (e.driverError && e.driverError !== e) return isConnectionError(e.driverError);
  if (e.cause && e.cause !== e) return isConnectionError(e.cause);
  return /connect ECONNREFUSED|Connection lost|closed state|Pool is closed/i.test(
    String((e as Error).message),
  );
}
