import { fromVnWallClock } from './dates';
import { addWorkingDays, addWorkingDaysToDay, isWorkingDay, publicHolidays } from './working-days';

describe('working days', () => {
  it('skips weekends', () => {
    expect(isWorkingDay('2026-03-06')).toBe(true); // Friday
    expect(isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(addWorkingDaysToDay('2026-03-06', 1)).toBe('2026-03-09');
    expect(addWorkingDaysToDay('2026-03-06', 3)).toBe('2026-03-11');
    expect(addWorkingDaysToDay('2026-03-06', 0)).toBe('2026-03-06');
  });

  it('skips the solar holidays and gives a weekday for one on a weekend', () => {
    expect(isWorkingDay('2026-01-01')).toBe(false);
    expect(isWorkingDay('2026-04-30')).toBe(false);
    expect(isWorkingDay('2026-05-01')).toBe(false);
    expect(isWorkingDay('2026-09-02')).toBe(false);
    // 1/5/2027 is a Saturday: Monday 3/5 is off instead.
    expect(isWorkingDay('2027-05-03')).toBe(false);
  });

  it('skips Tết and Giỗ Tổ Hùng Vương from the lunar table', () => {
    for (const d of ['2025-01-27', '2025-01-31', '2026-02-16', '2026-02-20', '2027-02-10']) {
      expect(isWorkingDay(d)).toBe(false);
    }
    expect(isWorkingDay('2025-04-07')).toBe(false);
    // Giỗ Tổ 2026 is Sunday 26/4: Monday 27/4 is off.
    expect(isWorkingDay('2026-04-27')).toBe(false);
    expect(isWorkingDay('2027-04-16')).toBe(false);
  });

  it('counts Saturdays worked in exchange for a bridge day', () => {
    expect(isWorkingDay('2025-02-08')).toBe(true);
    expect(isWorkingDay('2025-05-02')).toBe(false);
  });

  it('crosses Tết: 3 working days from Friday 13/02/2026 is Wednesday 25/02', () => {
    expect(addWorkingDaysToDay('2026-02-13', 3)).toBe('2026-02-25');
  });

  it('keeps the time of day in Vietnam', () => {
    const due = addWorkingDays(fromVnWallClock(2026, 4, 24, 15, 30), 2);
    // Fri 24/4, then Mon 27/4 is off (Giỗ Tổ moved from Sunday): Tue 28/4, Wed 29/4.
    expect(due.toISOString()).toBe(fromVnWallClock(2026, 4, 29, 15, 30).toISOString());
  });

  it('lists weekday holidays only, sorted', () => {
    const days = publicHolidays(2025);
    expect(days).toEqual([...days].sort());
    expect(days).toContain('2025-09-01');
    expect(days).not.toContain('2025-02-01');
    expect(publicHolidays(2030)).toContain('2030-01-01');
  });
});
