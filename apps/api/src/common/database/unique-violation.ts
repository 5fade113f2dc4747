import { QueryFailedError } from 'typeorm';

/** True when the database refused a row because a unique key already exists (MySQL/MariaDB or SQLite). */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = (error as QueryFailedError & { driverError?: { code?: string; errno?: number } })
    .driverError;
  return (
    driver?.code === 'ER_DUP_ENTRY' ||
    driver?.errno === 1062 ||
    /^SQLITE_CONSTRAINT_(PRIMARYKEY|UNIQUE)$/.test(driver?.code ?? '')
  );
}
