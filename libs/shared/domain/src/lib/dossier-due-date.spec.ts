import { fromVnWallClock } from './dates';
import { dueDateAfterPause, dueDateOnReceipt, isOverdue, pausedWorkingDays } from './dossier-due-date';
import { DossierStatus } from './dossier-status';

const vn = (y: number, m: number, d: number, h = 9, min = 0) => fromVnWallClock(y, m, d, h, min);

describe('due date (ngày hẹn trả)', () => {
  it('counts from the next working day and skips the weekend', () => {
    // Received Friday 06/03/2026 at 14:30 with 3 days: Mon, Tue, Wed.
    expect(dueDateOnReceipt(vn(2026, 3, 6, 14, 30), 3)).toEqual(vn(2026, 3, 11, 14, 30));
    // Received on a Saturday: Monday is the first day.
    expect(dueDateOnReceipt(vn(2026, 3, 7), 1)).toEqual(vn(2026, 3, 9));
  });

  it('skips a holiday: 30/4 and 1/5/2026 fall on Thursday and Friday', () => {
    // Received Wednesday 29/04/2026 with 2 days: Mon 04/05, Tue 05/05.
    expect(dueDateOnReceipt(vn(2026, 4, 29), 2)).toEqual(vn(2026, 5, 5));
    // Giỗ Tổ 2026 on Sunday 26/4 gives Monday 27/4 off: received Friday 24/4, 1 day → Tue 28/4.
    expect(dueDateOnReceipt(vn(2026, 4, 24), 1)).toEqual(vn(2026, 4, 28));
  });

  it('uses the day in Vietnam, not in UTC', () => {
    // 23:30 on Friday in Vietnam is still Friday (16:30 UTC); 00:30 on Saturday is Friday 17:30 UTC.
    expect(dueDateOnReceipt(vn(2026, 3, 6, 23, 30), 1)).toEqual(vn(2026, 3, 9, 23, 30));
    expect(dueDateOnReceipt(vn(2026, 3, 7, 0, 30), 1)).toEqual(vn(2026, 3, 9, 0, 30));
  });

  it('pauses for the working days of a supplement only', () => {
    expect(pausedWorkingDays(vn(2026, 3, 9), vn(2026, 3, 9, 17))).toBe(0); // same day
    expect(pausedWorkingDays(vn(2026, 3, 9), vn(2026, 3, 11))).toBe(2); // Mon → Wed
    expect(pausedWorkingDays(vn(2026, 3, 6), vn(2026, 3, 9))).toBe(1); // Fri → Mon: the weekend is free
    expect(pausedWorkingDays(vn(2026, 4, 29), vn(2026, 5, 4))).toBe(1); // over 30/4 and 1/5
    expect(pausedWorkingDays(vn(2026, 3, 11), vn(2026, 3, 9))).toBe(0); // never negative
  });

  it('moves the due date by the paused working days', () => {
    const due = vn(2026, 3, 11, 14, 30); // Wednesday
    // Paused Monday 09/03 until Wednesday 11/03: 2 days, due Friday 13/03.
    expect(dueDateAfterPause(due, vn(2026, 3, 9), vn(2026, 3, 11))).toEqual(vn(2026, 3, 13, 14, 30));
    // Paused over Thursday 30/4 and Friday 1/5 (holidays): Wed 29/4 → Mon 4/5 counts 1 day.
    expect(dueDateAfterPause(vn(2026, 4, 29), vn(2026, 4, 28), vn(2026, 5, 4))).toEqual(vn(2026, 5, 5));
    // Not received yet: no due date to move.
    expect(dueDateAfterPause(null, vn(2026, 3, 9), vn(2026, 3, 11))).toBeNull();
  });

  it('is overdue only while the agency holds the dossier', () => {
    const due = vn(2026, 3, 11);
    const after = vn(2026, 3, 12);
    expect(isOverdue(DossierStatus.IN_PROGRESS, due, after)).toBe(true);
    expect(isOverdue(DossierStatus.RECEIVED, due, after)).toBe(true);
    expect(isOverdue(DossierStatus.IN_PROGRESS, due, vn(2026, 3, 10))).toBe(false);
    expect(isOverdue(DossierStatus.SUPPLEMENT_REQUESTED, due, after)).toBe(false);
    expect(isOverdue(DossierStatus.COMPLETED, due, after)).toBe(false);
    expect(isOverdue(DossierStatus.REJECTED, due, after)).toBe(false);
    expect(isOverdue(DossierStatus.SUBMITTED, null, after)).toBe(false);
  });
});
