import {
  ERROR_MESSAGES,
  ErrorCode,
  FieldIssue,
  FieldIssues,
  fieldIssueMessage,
  fieldIssueMessages,
  Lang,
} from '@dvc/shared/domain';

/** A field's problem: an issue from the shared vocabulary, or (not yet in it) a Vietnamese sentence. */
export type FieldProblem = FieldIssue | string;

/**
 * The only error type services throw for something a user caused. It carries a stable code and a
 * Vietnamese message; the GraphQL error formatter turns it into `{ message, extensions: { code, ... } }`.
 * Field issues stay structured until the answer is written, so `extensions.fields` speaks the
 * request's language (`inLanguage`).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details: Record<string, unknown> = {},
    /** The structured issues behind `details.fields` (and behind the message, when `messageIssue` is set). */
    readonly issues: FieldIssues = {},
    private readonly messageIssue?: FieldIssue,
  ) {
    super(message ?? ERROR_MESSAGES[code].vi);
    this.name = 'DomainError';
  }

  /** VALIDATION_FAILED with one message per bad field. */
  static validation(fields: Record<string, FieldProblem | undefined>, message?: string): DomainError {
    return DomainError.withFields(ErrorCode.VALIDATION_FAILED, fields, { message });
  }

  /** Any code with `extensions.fields`; `messageIssue` makes the top-level message that issue's text. */
  static withFields(
    code: ErrorCode,
    fields: Record<string, FieldProblem | undefined>,
    options: { message?: string; messageIssue?: FieldIssue; details?: Record<string, unknown> } = {},
  ): DomainError {
    const issues: FieldIssues = {};
    for (const [field, problem] of Object.entries(fields))
      if (problem && typeof problem !== 'string') issues[field] = problem;
    const message =
      options.message ?? (options.messageIssue ? fieldIssueMessage(options.messageIssue) : undefined);
    return new DomainError(
      code,
      message,
      { ...options.details, fields: messagesOf(fields, 'vi') },
      issues,
      options.messageIssue,
    );
  }

  /** The same error with its field messages (and issue-made message) in `lang`. */
  inLanguage(lang: Lang): DomainError {
    if (lang === 'vi' || Object.keys(this.issues).length === 0) return this;
    const fields = {
      ...(this.details['fields'] as Record<string, string>),
      ...fieldIssueMessages(this.issues, lang),
    };
    const message = this.messageIssue ? fieldIssueMessage(this.messageIssue, lang) : this.message;
    const copy = new DomainError(
      this.code,
      message,
      { ...this.details, fields },
      this.issues,
      this.messageIssue,
    );
    copy.stack = this.stack;
    return copy;
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

function messagesOf(fields: Record<string, FieldProblem | undefined>, lang: Lang): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter((e): e is [string, FieldProblem] => !!e[1])
      .map(([field, p]) => [field, typeof p === 'string' ? p : fieldIssueMessage(p, lang)]),
  );
}

/** Throws VALIDATION_FAILED when any field has a problem. */
export function assertValid(fields: Record<string, FieldProblem | null | undefined>): void {
  const bad = Object.fromEntries(Object.entries(fields).filter(([, m]) => !!m)) as Record<
    string,
    FieldProblem
  >;
  if (Object.keys(bad).length > 0) throw DomainError.validation(bad);
}
