import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost } from '@nestjs/graphql';
import { ERROR_MESSAGES, ErrorCode, Lang, languageOf } from '@dvc/shared/domain';
import type { Request, Response } from 'express';
import { isConnectionError } from '../database/connection-error';
import { DomainError } from './domain-error';

const STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TOO_MANY_ATTEMPTS: 429,
  FILE_TOO_LARGE: 413,
  SERVICE_UNAVAILABLE: 503,
  STORAGE_UNAVAILABLE: 503,
};

/**
 * REST routes (health, file downloads) answer `{ code, message }` JSON with a matching status.
 * Requests to /graphql that fail before GraphQL runs (a body that is not JSON, or too large) answer
 * like GraphQL does: `{ errors: [{ message, extensions: { code } }] }`.
 * GraphQL errors themselves are left to the GraphQL formatter.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') {
      // Field messages follow the request's language (the portal sends its UI language).
      if (!(exception instanceof DomainError)) return exception;
      const req = GqlArgumentsHost.create(host).getContext<{ req?: Request }>()?.req;
      return exception.inLanguage(requestLanguage(req));
    }
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    if (res.headersSent) return undefined;
    const graphql = isGraphQLRequest(http.getRequest<Request | undefined>());
    const answer = (status: number, code: ErrorCode, message: string) =>
      res.status(status).json(graphql ? { errors: [{ message, extensions: { code } }] } : { code, message });

    if (exception instanceof DomainError) {
      const retry = exception.details['retryAfterSeconds'];
      if (typeof retry === 'number') res.setHeader('Retry-After', String(retry));
      return answer(STATUS[exception.code] ?? 400, exception.code, exception.message);
    }
    const status = clientErrorStatus(exception);
    if (status) {
      const code = status === 404 ? ErrorCode.NOT_FOUND : ErrorCode.BAD_REQUEST;
      return answer(status, code, ERROR_MESSAGES[code].vi);
    }
    // The database is down (e.g. the session lookup failed): a retryable 503, not a stack trace.
    if (isConnectionError(exception)) {
      res.setHeader('Retry-After', '5');
      return answer(503, ErrorCode.SERVICE_UNAVAILABLE, ERROR_MESSAGES.SERVICE_UNAVAILABLE.vi);
    }
    this.logger.error((exception as Error)?.stack ?? String(exception));
    return answer(500, ErrorCode.INTERNAL_ERROR, ERROR_MESSAGES.INTERNAL_ERROR.vi);
  }
}

/**
 * The 4xx status of an error the client caused: Nest's HttpException, or an `http-errors` error of
 * the body parser (too large, bad charset, aborted), which says so with `expose: true`.
 * Anything else is the server's fault.
 */
function clientErrorStatus(exception: unknown): number | null {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return status < 500 ? status : null;
  }
  const { status, expose } = (exception ?? {}) as { status?: unknown; expose?: unknown };
  return expose === true && typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

function isGraphQLRequest(req: Request | undefined): boolean {
  const path = req?.path ?? '';
  return path === '/graphql' || path.startsWith('/graphql/');
}

/** The language a request asked for (Accept-Language); Vietnamese without one. */
export function requestLanguage(req: Pick<Request, 'headers'> | undefined): Lang {
  const header = req?.headers?.['accept-language'];
  return languageOf(Array.isArray(header) ? header[0] : header);
}
