import type { NextFunction, Request, Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { LoggerOptions, QueryRunner } from 'typeorm';
import { AdvancedConsoleLogger } from 'typeorm';

/**
 * Opt-in SQL statement counting for the benchmark (BENCH_COUNT_SQL=true, refused in production):
 * every statement TypeORM sends while serving a request is counted in that request's async
 * context, and the count goes out in the `X-Sql-Statements` response header. Off by default, so a
 * normal deployment neither pays for the async context nor tells clients about its queries.
 */
export const SQL_COUNT_HEADER = 'x-sql-statements';

const requests = new AsyncLocalStorage<{ count: number }>();

/** TypeORM's console logger (same options as without counting), counting each statement first. */
export class SqlCountingLogger extends AdvancedConsoleLogger {
  constructor(options: LoggerOptions) {
    super(options);
  }

  override logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    const store = requests.getStore();
    if (store) store.count++;
    super.logQuery(query, parameters, queryRunner);
  }
}

/** Express middleware: opens the request's counting context and writes the header with the head. */
export function sqlCountMiddleware(req: Request, res: Response, next: NextFunction): void {
  const store = { count: 0 };
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: unknown[]) {
    if (!this.headersSent) this.setHeader(SQL_COUNT_HEADER, String(store.count));
    return (writeHead as (...a: unknown[]) => Response).apply(this, args);
  } as Response['writeHead'];
  requests.run(store, next);
}
