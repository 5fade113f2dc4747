import {
  ErrorCode,
  FieldIssue,
  FieldIssues,
  validatePassword,
  WEAK_PASSWORD_RULES,
} from '@dvc/shared/domain';
import { DomainError } from '../common/errors/domain-error';

/**
 * Turns issues from the shared validators into the API's error: WEAK_PASSWORD when the password's
 * strength is the only problem, VALIDATION_FAILED otherwise; `extensions.fields` names every field.
 */
export function throwIfIssues(issues: FieldIssues, passwordField = 'password'): void {
  const entries = Object.entries(issues).filter((e): e is [string, FieldIssue] => !!e[1]);
  if (entries.length === 0) return;
  const fields = Object.fromEntries(entries);
  const [[field, only]] = entries;
  if (entries.length === 1 && field === passwordField && WEAK_PASSWORD_RULES.includes(only.code)) {
    throw DomainError.withFields(ErrorCode.WEAK_PASSWORD, fields, { messageIssue: only });
  }
  throw DomainError.validation(fields);
}

/** Checks a new password on its own (change, reset, admin creation). */
export function assertPasswordPolicy(
  password: string,
  context: { username?: string | null; email?: string | null },
  field: string,
): void {
  const found = validatePassword(password, context);
  throwIfIssues(found ? { [field]: found } : {}, field);
}
