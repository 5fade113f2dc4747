import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ERROR_MESSAGES, ErrorCode } from '@dvc/shared/domain';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { isConnectionError } from '../database/connection-error';
import { DomainError } from './domain-error';

const logger = new Logger('GraphQLError');

/** Apollo's own codes for malformed operations: the integrator's mistake, safe to explain. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

const HTTP_CODES: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.UNAUTHORIZED]: ErrorCode.UNAUTHENTICATED,
  [HttpStatus.FORBIDDEN]: ErrorCode.FORBIDDEN,
  [HttpStatus.NOT_FOUND]: ErrorCode.NOT_FOUND,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.TOO_MANY_ATTEMPTS,
  [HttpStatus.PAYLOAD_TOO_LARGE]: ErrorCode.FILE_TOO_LARGE,
  [HttpStatus.BAD_REQUEST]: ErrorCode.BAD_REQUEST,
};

/**
 * Apollo's two transport refusals, recognised by their (English, fixed) text: CSRF prevention and
 * batching. They get their own stable code and a Vietnamese message instead of BAD_REQUEST with the
 * English text as detail. The security-http suite pins both, so an Apollo upgrade that rewords them
 * fails a test rather than silently going back to English.
 */
function transportRefusal(message: string): ErrorCode | undefined {
  if (message.startsWith('This operation has been blocked as a potential Cross-Site Request Forgery'))
    return ErrorCode.CSRF_REJECTED;
  if (message === 'Operation batching disabled.') return ErrorCode.BATCH_NOT_ALLOWED;
  return undefined;
}

/** Follows `originalError` through GraphQL's wrappers to what was really thrown. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError && !(current instanceof DomainError)) {
    current = current.originalError;
  }
  return current;
}

/**
 * The one place that decides what a client sees of an error: a Vietnamese message and a stable
 * `extensions.code`; never a stack trace, SQL text or an internal message. Unknown errors are logged.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = rootCause(error);
  const base = { locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  // Before our own codes: Apollo's BadRequestError also says BAD_REQUEST (in English, with `http`).
  const refusal = formatted.extensions?.['code'] === 'BAD_REQUEST' && transportRefusal(formatted.message);
  if (refusal) return { ...base, message: ERROR_MESSAGES[refusal].vi, extensions: { code: refusal } };
  // Errors we raise as GraphQLError ourselves (e.g. the depth limit) carry one of our codes.
  const ownCode = original instanceof GraphQLError ? original.extensions?.['code'] : undefined;
  if (typeof ownCode === 'string' && ownCode in ERROR_MESSAGES) {
    return {
      ...base,
      message: (original as GraphQLError).message,
      extensions: { ...(original as GraphQLError).extensions },
    };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && REQUEST_CODES.has(code)) {
    return {
      ...base,
      message: ERROR_MESSAGES.BAD_REQUEST.vi,
      extensions: { code, detail: formatted.message },
    };
  }
  // The database is down or restarting: nothing was saved (the transaction did not commit); say so.
  if (isConnectionError(original)) {
    logger.warn(
      `Database unavailable at ${formatted.path?.join('.') ?? '(operation)'}: ${(original as Error)?.message}`,
    );
    return {
      ...base,
      message: ERROR_MESSAGES.SERVICE_UNAVAILABLE.vi,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    };
  }
  if (original instanceof HttpException) {
    const mapped = HTTP_CODES[original.getStatus()];
    if (mapped) return { ...base, message: ERROR_MESSAGES[mapped].vi, extensions: { code: mapped } };
  }
  logger.error(
    `Unexpected error at ${formatted.path?.join('.') ?? '(operation)'}: ${(original as Error)?.stack ?? String(original)}`,
  );
  return {
    ...base,
    message: ERROR_MESSAGES.INTERNAL_ERROR.vi,
    extensions: { code: ErrorCode.INTERNAL_ERROR },
  };
}
