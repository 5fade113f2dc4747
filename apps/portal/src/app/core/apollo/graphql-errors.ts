import { CombinedGraphQLErrors } from '@apollo/client';
import { ERROR_MESSAGES, ErrorCode } from '@dvc/shared/domain';
import type { Lang } from '../i18n/dictionaries';

/** What a page needs to show about a failed operation. */
export interface UiError {
  code: string;
  message: string;
  /** Field path → message, for VALIDATION_FAILED and friends. */
  fields: Record<string, string>;
  extensions: Record<string, unknown>;
}

/** Turns an Apollo error (GraphQL or network) into a message in the user's language. */
export function toUiError(error: unknown, lang: Lang): UiError {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0];
    const extensions = (first.extensions ?? {}) as Record<string, unknown>;
    const code = typeof extensions['code'] === 'string' ? extensions['code'] : ErrorCode.INTERNAL_ERROR;
    const known = ERROR_MESSAGES[code as ErrorCode];
    // The API answers in Vietnamese; specific messages (e.g. with a wait time) are kept in Vietnamese.
    const message = lang === 'vi' || !known ? first.message : known.en;
    const fields = (extensions['fields'] ?? {}) as Record<string, string>;
    return { code, message, fields, extensions };
  }
  const network = ERROR_MESSAGES.INTERNAL_ERROR;
  return {
    code: 'NETWORK_ERROR',
    message:
      lang === 'vi'
        ? 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.'
        : 'Cannot reach the server. Please check your connection and try again.',
    fields: {},
    extensions: { fallback: network.vi },
  };
}
