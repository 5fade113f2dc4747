import { vnDateParts } from './dates';

/**
 * Mã hồ sơ, the national format `<agency code>-YYMMDD-NNNN`: the receiving agency's code, the day of
 * the first submission in Vietnam, and a 4-digit sequence per agency per day (e.g.
 * 000.00.12.H29-261126-0001).
 */
export const DOSSIER_CODE_SEQUENCE_DIGITS = 4;
export const DOSSIER_CODE_MAX_SEQUENCE = 10 ** DOSSIER_CODE_SEQUENCE_DIGITS - 1;
export const DOSSIER_CODE_PATTERN = /^(.+)-(\d{6})-(\d{4,})$/;

/** YYMMDD of an instant in Asia/Ho_Chi_Minh: the day part of a dossier code. */
export function dossierCodeDay(at: Date): string {
  const p = vnDateParts(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(p.year % 100)}${pad(p.month)}${pad(p.day)}`;
}

export function formatDossierCode(agencyCode: string, at: Date, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`Bad dossier sequence ${sequence}`);
  // Past 9999 a day the number simply grows a digit rather than colliding.
  return `${agencyCode}-${dossierCodeDay(at)}-${String(sequence).padStart(DOSSIER_CODE_SEQUENCE_DIGITS, '0')}`;
}

export function parseDossierCode(code: string): { agencyCode: string; day: string; sequence: number } | null {
  const match = DOSSIER_CODE_PATTERN.exec(code.trim());
  if (!match) return null;
  return { agencyCode: match[1], day: match[2], sequence: Number(match[3]) };
}
