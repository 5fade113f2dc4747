import { fromVnWallClock, vnDateParts, vnIsoDay } from './dates';

/**
 * Working days (ngày làm việc) for due dates: Monday to Friday, minus public holidays (Labour Code
 * 2019, art. 112). The solar holidays follow a rule; Tết Nguyên đán and Giỗ Tổ Hùng Vương follow the
 * lunar calendar and the days off are set each year by the government, so they are data.
 *
 * Days are `yyyy-MM-dd` in Asia/Ho_Chi_Minh.
 */
interface YearData {
  /** Weekdays off for Tết Nguyên đán, as announced for civil servants. */
  tet: string[];
  /** 10/3 lunar: Giỗ Tổ Hùng Vương (moved to the next working day when it falls on a weekend). */
  hungKings: string;
  /** The day next to 2/9 that Quốc khánh adds. */
  nationalDayExtra: string;
  /** Weekdays given off in exchange for a Saturday worked (hoán đổi ngày làm việc). */
  bridges?: string[];
  workedSaturdays?: string[];
}

/**
 * Update when the government announces a year (2026 Quốc khánh and all of 2027 are provisional: the
 * usual pattern, e.g. Tết 2027 mirrors 2024 when the lunar new year also fell on a Saturday).
 */
export const LUNAR_HOLIDAY_TABLE: Readonly<Record<number, YearData>> = {
  2025: {
    // Ất Tỵ: new year Wed 29/01; off Sat 25/01 – Sun 02/02, Mon 27/01 swapped with Sat 08/02.
    tet: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
    hungKings: '2025-04-07',
    nationalDayExtra: '2025-09-01',
    bridges: ['2025-05-02'],
    workedSaturdays: ['2025-02-08', '2025-04-26'],
  },
  2026: {
    // Bính Ngọ: new year Tue 17/02; off Sat 14/02 – Sun 22/02.
    tet: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
    hungKings: '2026-04-26',
    nationalDayExtra: '2026-09-01',
    bridges: ['2026-01-02'],
    workedSaturdays: ['2026-01-10'],
  },
  2027: {
    // Đinh Mùi: new year Sat 06/02.
    tet: ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'],
    hungKings: '2027-04-16',
    nationalDayExtra: '2027-09-03',
  },
};

const DAY_MS = 86_400_000;

function parseDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function isWeekend(ms: number): boolean {
  const weekday = new Date(ms).getUTCDay();
  return weekday === 0 || weekday === 6;
}

const cache = new Map<number, { off: Set<string>; worked: Set<string> }>();

function yearCalendar(year: number): { off: Set<string>; worked: Set<string> } {
  const cached = cache.get(year);
  if (cached) return cached;
  const data = LUNAR_HOLIDAY_TABLE[year];
  const single = [`${year}-01-01`, `${year}-04-30`, `${year}-05-01`, `${year}-09-02`];
  if (data) single.push(data.hungKings, data.nationalDayExtra);
  else single.push(`${year}-09-03`);
  const off = new Set<string>([...(data?.tet ?? []), ...(data?.bridges ?? [])]);
  for (const day of single) off.add(day);
  // A holiday on a weekend gives the next working day off (nghỉ bù).
  for (const day of single.sort()) {
    let ms = parseDay(day);
    if (!isWeekend(ms)) continue;
    do ms += DAY_MS;
    while (isWeekend(ms) || off.has(formatDay(ms)));
    off.add(formatDay(ms));
  }
  const weekdaysOff = new Set([...off].filter((d) => !isWeekend(parseDay(d))));
  const result = { off: weekdaysOff, worked: new Set(data?.workedSaturdays ?? []) };
  cache.set(year, result);
  return result;
}

/** The weekdays off for public holidays in a year, sorted (yyyy-MM-dd). */
export function publicHolidays(year: number): string[] {
  return [...yearCalendar(year).off].sort();
}

/** Whether a day (yyyy-MM-dd, or an instant taken in Vietnam) is a working day. */
export function isWorkingDay(day: string | Date): boolean {
  const iso = typeof day === 'string' ? day : vnIsoDay(day);
  const { off, worked } = yearCalendar(Number(iso.slice(0, 4)));
  if (worked.has(iso)) return true;
  return !isWeekend(parseDay(iso)) && !off.has(iso);
}

/** The day `days` working days after `day` (not counting `day` itself). */
export function addWorkingDaysToDay(day: string, days: number): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Bad number of working days: ${days}`);
  let ms = parseDay(day);
  let left = days;
  while (left > 0) {
    ms += DAY_MS;
    if (isWorkingDay(formatDay(ms))) left--;
  }
  return formatDay(ms);
}

/**
 * Ngày hẹn trả: `days` working days after the instant `from`, at the same time of day in Vietnam
 * (a dossier received on Friday with 3 working days is due on Wednesday).
 */
export function addWorkingDays(from: Date, days: number): Date {
  const target = addWorkingDaysToDay(vnIsoDay(from), days);
  const [y, m, d] = target.split('-').map(Number);
  const p = vnDateParts(from);
  return fromVnWallClock(y, m, d, p.hour, p.minute);
}
