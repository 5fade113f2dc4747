import { ErrorCode } from '@dvc/shared/domain';
import { QueryFailedError } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';

/**
 * Collects one Vietnamese message per bad input field, then throws a single VALIDATION_FAILED
 * (`extensions.fields`) so an administrator sees every problem at once.
 */
export class InputChecker {
  private readonly fields: Record<string, string> = {};

  fail(field: string, message: string): void {
    this.fields[field] ??= message;
  }

  /** A trimmed text; `undefined` passes when not required (partial updates). */
  text(
    field: string,
    label: string,
    value: string | null | undefined,
    { required = true, max = 255, min = 1 }: { required?: boolean; max?: number; min?: number } = {},
  ): string | undefined {
    if (value === undefined || value === null) {
      if (required) this.fail(field, `Vui lòng nhập ${label}.`);
      return undefined;
    }
    const text = value.normalize('NFC').trim();
    if (text.length < min)
      this.fail(field, min <= 1 ? `Vui lòng nhập ${label}.` : `${cap(label)} cần ít nhất ${min} ký tự.`);
    else if (text.length > max) this.fail(field, `${cap(label)} không được quá ${max} ký tự.`);
    return text;
  }

  /** An optional free text (description, help): empty is fine, only the length is limited. */
  optionalText(
    field: string,
    label: string,
    value: string | null | undefined,
    max: number,
  ): string | undefined {
    if (value === undefined || value === null) return undefined;
    const text = value.normalize('NFC').trim();
    if (text.length > max) this.fail(field, `${cap(label)} không được quá ${max} ký tự.`);
    return text;
  }

  code(
    field: string,
    label: string,
    value: string | undefined | null,
    pattern: RegExp,
    example: string,
  ): string | undefined {
    if (value === undefined || value === null) return undefined;
    const code = value.trim();
    if (!code) this.fail(field, `Vui lòng nhập ${label}.`);
    else if (!pattern.test(code)) this.fail(field, `${cap(label)} không hợp lệ (ví dụ: ${example}).`);
    return code;
  }

  int(field: string, label: string, value: number | null | undefined, min: number, max: number): void {
    if (value === undefined || value === null) return;
    if (!Number.isInteger(value) || value < min || value > max) {
      this.fail(field, `${cap(label)} phải là số nguyên từ ${min} đến ${max.toLocaleString('vi-VN')}.`);
    }
  }

  assert(): void {
    if (Object.keys(this.fields).length > 0) throw DomainError.validation(this.fields);
  }
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Agency codes: the national unit-code style ("G01", "000.00.12.H29"). */
export const AGENCY_CODE = /^[A-Z0-9][A-Z0-9.]{1,39}$/;
/** Sector codes: "HO-TICH", "CU-TRU". */
export const SECTOR_CODE = /^[A-Z0-9][A-Z0-9.-]{1,39}$/;
/** Procedure codes: national "1.001193", or a local code of letters, digits, dots and dashes. */
export const PROCEDURE_CODE = /^[0-9A-Z][0-9A-Z.-]{2,39}$/;
/** Form field keys are stored as JSON keys of the dossier's form data. */
export const FIELD_KEY = /^[a-z][a-zA-Z0-9]{0,63}$/;

/** True when the database refused a row because a unique key already exists (MySQL or SQLite). */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; errno?: number } | undefined;
  return (
    driverError?.code === 'ER_DUP_ENTRY' ||
    driverError?.errno === 1062 ||
    driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    driverError?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
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
