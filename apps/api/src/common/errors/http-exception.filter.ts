import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ERROR_MESSAGES, ErrorCode } from '@dvc/shared/domain';
import type { Response } from 'express';
import { DomainError } from './domain-error';

const STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TOO_MANY_ATTEMPTS: 429,
  FILE_TOO_LARGE: 413,
};

/**
 * REST routes (health, file downloads) answer `{ code, message }` JSON with a matching status.
 * GraphQL errors are left to the GraphQL formatter.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return undefined;
    if (exception instanceof DomainError) {
      const status = STATUS[exception.code] ?? 400;
      const retry = exception.details['retryAfterSeconds'];
      if (typeof retry === 'number') res.setHeader('Retry-After', String(retry));
      return res.status(status).json({ code: exception.code, message: exception.message });
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      const code = status === 404 ? ErrorCode.NOT_FOUND : ErrorCode.BAD_REQUEST;
      return res.status(status).json({ code, message: ERROR_MESSAGES[code].vi });
    }
    this.logger.error((exception as Error)?.stack ?? String(exception));
    return res
      .status(500)
      .json({ code: ErrorCode.INTERNAL_ERROR, message: ERROR_MESSAGES.INTERNAL_ERROR.vi });
  }
}
