import { CombinedGraphQLErrors } from '@apollo/client';
import { ERROR_MESSAGES, ErrorCode } from '@dvc/shared/domain';
import type { Lang } from '../i18n/dictionaries';

/** What a page needs to show about a failed operation. */
export interface UiError {
  /**
   * One of the API's stable codes. A code the portal does not know (Apollo's own request codes,
   * kept in `extensions.code`) reads as BAD_REQUEST; no answer at all (network down) as
   * SERVICE_UNAVAILABLE with `extensions.network`.
   */
  code: ErrorCode;
  message: string;
  /** Field path → message, for VALIDATION_FAILED and friends. */
  fields: Record<string, string>;
  extensions: Record<string, unknown>;
}

/** One GraphQL error as the API sends it (Apollo's errors and a raw multipart answer alike). */
export interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}

/** Turns an Apollo error (GraphQL or network) into a message in the user's language. */
export function toUiError(error: unknown, lang: Lang): UiError {
  return uiErrorFrom(CombinedGraphQLErrors.is(error) ? error.errors : undefined, lang);
}

/**
 * The first GraphQL error of an answer as the pages show it; no error at all means the server was
 * not reached. Used by Apollo's path (`toUiError`) and by the multipart uploads, which bypass Apollo.
 */
export function uiErrorFrom(errors: readonly GraphQLErrorLike[] | null | undefined, lang: Lang): UiError {
  const first = errors?.[0];
  if (!first) {
    return {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      message:
        lang === 'vi'
          ? 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.'
          : 'Cannot reach the server. Please check your connection and try again.',
      fields: {},
      extensions: { network: true, fallback: ERROR_MESSAGES.INTERNAL_ERROR.vi },
    };
  }
  const extensions = (first.extensions ?? {}) as Record<string, unknown>;
  const raw = extensions['code'];
  const known = typeof raw === 'string' ? ERROR_MESSAGES[raw as ErrorCode] : undefined;
  const code: ErrorCode = known
    ? (raw as ErrorCode)
    : typeof raw === 'string'
      ? ErrorCode.BAD_REQUEST
      : ErrorCode.INTERNAL_ERROR;
  // The API's top-level messages are Vietnamese; in English the message comes from the code.
  const message = lang === 'vi' || !known ? first.message : englishMessage(code, known.en, extensions);
  // Field messages follow the Accept-Language the portal sends, except the "taken" ones.
  const fields = (extensions['fields'] ?? {}) as Record<string, string>;
  return { code, message, fields: lang === 'vi' ? fields : englishFields(code, fields), extensions };
}

/** "Taken" answers name every taken field; their messages have English twins in the shared codes. */
const TAKEN_FIELDS: Record<string, ErrorCode> = {
  username: ErrorCode.USERNAME_TAKEN,
  email: ErrorCode.EMAIL_TAKEN,
  citizenId: ErrorCode.CITIZEN_ID_TAKEN,
};

function englishFields(code: string, fields: Record<string, string>): Record<string, string> {
  if (!code.endsWith('_TAKEN')) return fields;
  return Object.fromEntries(
    Object.entries(fields).map(([field, text]) => {
      const taken = TAKEN_FIELDS[field];
      return [field, taken ? ERROR_MESSAGES[taken].en : text];
    }),
  );
}

function englishMessage(code: string, fallback: string, extensions: Record<string, unknown>): string {
  const wait = extensions['retryAfterSeconds'];
  if (code === ErrorCode.TOO_MANY_ATTEMPTS && typeof wait === 'number' && wait > 0) {
    const minutes = Math.ceil(wait / 60);
    return wait < 90
      ? `Too many attempts. Please try again in ${wait} seconds.`
      : `Too many attempts. Please try again in ${minutes} minutes.`;
  }
  return fallback;
}
