import { ERROR_MESSAGES, ErrorCode } from '@dvc/shared/domain';

/**
 * The only error type services throw for something a user caused. It carries a stable code and a
 * Vietnamese message; the GraphQL error formatter turns it into `{ message, extensions: { code, ... } }`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message ?? ERROR_MESSAGES[code].vi);
    this.name = 'DomainError';
  }

  /** VALIDATION_FAILED with one Vietnamese message per bad field. */
  static validation(fields: Record<string, string>, message?: string): DomainError {
    return new DomainError(ErrorCode.VALIDATION_FAILED, message, { fields });
  }

  static notFound(): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND);
  }

  static tooManyAttempts(retryAfterSeconds: number): DomainError {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    return new DomainError(
      ErrorCode.TOO_MANY_ATTEMPTS,
      `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${seconds} giây.`,
      { retryAfterSeconds: seconds },
    );
  }
}

/** Throws VALIDATION_FAILED when any field has a message. */
export function assertValid(fields: Record<string, string | null | undefined>): void {
  const bad = Object.fromEntries(Object.entries(fields).filter(([, m]) => !!m)) as Record<string, string>;
  if (Object.keys(bad).length > 0) throw DomainError.validation(bad);
}
