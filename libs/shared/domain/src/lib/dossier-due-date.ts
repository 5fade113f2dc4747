import { vnIsoDay } from './dates';
import { DossierStatus } from './dossier-status';
import { addWorkingDays, isWorkingDay } from './working-days';

/**
 * Ngày hẹn trả and its clock (Decree 61/2018, amended by Decree 107/2021): the processing time counts
 * in working days from the day after reception, and the days a citizen spends on a requested
 * supplement do not count. Pure functions, shared by the API (which stores the due date) and tests.
 */

/** Statuses in which the clock runs: a past due date makes the dossier overdue (quá hạn). */
export const CLOCK_RUNNING_STATUSES: readonly DossierStatus[] = [
  DossierStatus.SUBMITTED,
  DossierStatus.RECEIVED,
  DossierStatus.IN_PROGRESS,
];

/**
 * The due date set at reception: `processingDays` working days counted from the next working day,
 * at the time of day of the reception (received Friday with 3 days: due Wednesday).
 */
export function dueDateOnReceipt(receivedAt: Date, processingDays: number): Date {
  return addWorkingDays(receivedAt, Math.max(0, Math.floor(processingDays)));
}

/**
 * Working days the clock stood still: those after the day the supplement was requested, up to and
 * including the day the citizen resubmitted (same day: 0). Days in Vietnam.
 */
export function pausedWorkingDays(pausedAt: Date, resumedAt: Date): number {
  const last = vnIsoDay(resumedAt);
  let day = vnIsoDay(pausedAt);
  let count = 0;
  // Bounded by the calendar distance; a supplement lasts days or weeks, not years.
  while (day < last) {
    day = nextDay(day);
    if (isWorkingDay(day)) count++;
  }
  return count;
}

/** The due date after a supplement: moved by the working days it was paused (null stays null). */
export function dueDateAfterPause(dueDate: Date | null, pausedAt: Date, resumedAt: Date): Date | null {
  if (!dueDate) return null;
  return addWorkingDays(dueDate, pausedWorkingDays(pausedAt, resumedAt));
}

/** Quá hạn: the due date has passed while the agency still holds the dossier (paused during a supplement). */
export function isOverdue(status: DossierStatus, dueDate: Date | null, now: Date = new Date()): boolean {
  return !!dueDate && dueDate.getTime() < now.getTime() && CLOCK_RUNNING_STATUSES.includes(status);
}

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
