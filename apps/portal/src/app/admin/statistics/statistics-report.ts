import type { StatisticsFiguresFragment } from '@dvc/portal/data-access';

/** One table/chart row: an agency (or a procedure of it) and its figures. */
export interface StatisticsRow {
  name: string;
  figures: StatisticsFiguresFragment;
}

export const FIGURE_KEYS = [
  'received',
  'inProgress',
  'completedOnTime',
  'completedLate',
  'rejected',
  'supplementRequests',
  'averageProcessingDays',
  'onTimeRate',
  'averageRating',
  'ratingCount',
] as const satisfies readonly (keyof StatisticsFiguresFragment)[];

/** A bar of the chart: on time and late as widths in percent of the largest total. */
export interface Bar {
  name: string;
  onTime: number;
  late: number;
  onTimeWidth: number;
  lateWidth: number;
}

export function bars(rows: StatisticsRow[]): Bar[] {
  const max = Math.max(1, ...rows.map((r) => r.figures.completedOnTime + r.figures.completedLate));
  return rows.map((r) => ({
    name: r.name,
    onTime: r.figures.completedOnTime,
    late: r.figures.completedLate,
    onTimeWidth: (r.figures.completedOnTime / max) * 100,
    lateWidth: (r.figures.completedLate / max) * 100,
  }));
}

/** RFC 4180 CSV (UTF-8 with BOM so spreadsheet programs read Vietnamese), one line per row. */
export function toCsv(headers: string[], rows: StatisticsRow[]): string {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [headers.map(cell).join(',')];
  for (const row of rows)
    lines.push([row.name, ...FIGURE_KEYS.map((k) => row.figures[k])].map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** yyyy-MM-dd of a local day, and the default period: the last 90 days up to today. */
export function isoDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function defaultPeriod(today = new Date()): { from: string; to: string } {
  const from = new Date(today);
  from.setDate(from.getDate() - 90);
  return { from: isoDay(from), to: isoDay(today) };
}

/** The API's [from, to): from the start of the first day to the end of the last (local time). */
export function periodVariables(from: string, to: string): { from: string; to: string } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to) || from > to) return null;
  const end = new Date(`${to}T00:00:00`);
  end.setDate(end.getDate() + 1);
  return { from: new Date(`${from}T00:00:00`).toISOString(), to: end.toISOString() };
}
