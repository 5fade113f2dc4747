import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import type { TestApp } from './test-app';

/** Fields of a procedure with every relation, as the service page and the N+1 test ask for them. */
export const SERVICE_FIELDS = `
  id code name onlineLevel processingDays feeText feeAmount legalBasis description resultDescription
  active popularity
  agency { id code name level provinceCode }
  sector { id code name }
  components { id position name description required originals copies acceptedTypes maxSizeMb
    template { fileName mimeType size url } }
  formFields { id position key label help type required options { value label }
    minLength maxLength min max pattern }`;

export const SERVICES_QUERY = `query Services($filter: ServiceFilter, $page: Int, $pageSize: Int) {
  services(filter: $filter, page: $page, pageSize: $pageSize) {
    totalCount page pageSize
    items { id code name popularity onlineLevel agency { id level } sector { id } }
  }
}`;

export const FULL_SERVICES_QUERY = `query FullServices($filter: ServiceFilter, $page: Int, $pageSize: Int) {
  services(filter: $filter, page: $page, pageSize: $pageSize) {
    totalCount page pageSize
    items { ${SERVICE_FIELDS} }
  }
}`;

export interface ServiceRow {
  id: string;
  code: string;
  name: string;
  popularity: number;
  onlineLevel: 'FULL' | 'PARTIAL';
  agency: { id: string; level: string };
  sector: { id: string };
}

export interface ServicesAnswer {
  services: { totalCount: number; page: number; pageSize: number; items: ServiceRow[] };
}

const BACKGROUND_STATEMENT =
  /mail_outbox|cache_versions|webhook_deliveries|webhook_attempts|job_runs|^\s*DELETE\b/i;

/**
 * Counts the SQL statements the app sends while `work` runs, by wrapping the TypeORM logger
 * (every query runner reports each statement to `logQuery`, whatever the logging options).
 * The mail outbox worker's own statements are left out: it polls on a timer (MAIL_POLL_INTERVAL_MS),
 * so one of its polls sometimes lands inside `work` and would count as the request's.
 */
export async function countStatements<T>(
  t: TestApp,
  work: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const dataSource = t.app.get<DataSource>(getDataSourceToken());
  const logger = dataSource.logger as TypeOrmLogger;
  const original = logger.logQuery.bind(logger);
  const statements: string[] = [];
  logger.logQuery = (query, parameters, runner) => {
    // Background work is not the request's: the mail and webhook workers, the catalog cache's
    // version poll, and the scheduled jobs (their round claims and cleanup DELETEs).
    if (!BACKGROUND_STATEMENT.test(query)) statements.push(query);
    return original(query, parameters, runner);
  };
  try {
    return { result: await work(), statements };
  } finally {
    logger.logQuery = original;
  }
}
