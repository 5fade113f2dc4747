import { ErrorCode, InputChecker } from '@dvc/shared/domain';
import { isUniqueViolation } from '../common/database/unique-violation';
import { DomainError } from '../common/errors/domain-error';

/** The catalog rules themselves live in libs/shared/domain (catalog-rules.ts); this throws their verdict. */
export function assertChecked(check: InputChecker): void {
  if (!check.ok) throw DomainError.validation(check.issues());
}

export function codeTaken(message = 'Mã này đã được sử dụng.', field = 'code'): DomainError {
  return new DomainError(ErrorCode.CODE_TAKEN, message, { fields: { [field]: message } });
}

/** Runs a write and turns a unique-key race into CODE_TAKEN. */
export async function withCodeGuard<T>(write: () => Promise<T>, taken: () => DomainError): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}
