/**
 * Dates as the portal shows them: dd/MM/yyyy and dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh. Vietnam has
 * kept UTC+7 without daylight saving since 1975, so a fixed offset gives the same answer as the tz
 * database, on the server and in every browser, without depending on ICU data.
 */
export const DISPLAY_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const VN_UTC_OFFSET_MINUTES = 7 * 60;

const OFFSET_MS = VN_UTC_OFFSET_MINUTES * 60_000;

export interface LocalDateParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

type DateInput = Date | string | number | null | undefined;

function toDate(value: DateInput): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Wall-clock parts of an instant in Vietnam. */
export function vnDateParts(value: Date): LocalDateParts {
  const shifted = new Date(value.getTime() + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** dd/MM/yyyy in Vietnam; '' for a missing or invalid date. */
export function formatDate(value: DateInput): string {
  const date = toDate(value);
  if (!date) return '';
  const p = vnDateParts(date);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** dd/MM/yyyy HH:mm in Vietnam; '' for a missing or invalid date. */
export function formatDateTime(value: DateInput): string {
  const date = toDate(value);
  if (!date) return '';
  const p = vnDateParts(date);
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** The Vietnamese calendar day of an instant as yyyy-MM-dd (for day-keyed data such as holidays). */
export function vnIsoDay(value: Date): string {
  const p = vnDateParts(value);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** The instant of a wall-clock time in Vietnam. */
export function fromVnWallClock(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - OFFSET_MS);
}
