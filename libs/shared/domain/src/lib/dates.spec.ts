import { formatDate, formatDateTime, fromVnWallClock, vnIsoDay } from './dates';

describe('dates in Asia/Ho_Chi_Minh', () => {
  it('formats dd/MM/yyyy and dd/MM/yyyy HH:mm at UTC+7', () => {
    expect(formatDate('2026-11-25T17:30:00Z')).toBe('26/11/2026');
    expect(formatDateTime('2026-11-25T17:30:00Z')).toBe('26/11/2026 00:30');
    expect(formatDateTime(new Date('2026-01-05T02:07:00Z'))).toBe('05/01/2026 09:07');
  });

  it('answers empty for missing or invalid input', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDateTime(undefined)).toBe('');
    expect(formatDate('not a date')).toBe('');
  });

  it('converts wall-clock times back to instants', () => {
    const at = fromVnWallClock(2026, 1, 5, 9, 7);
    expect(at.toISOString()).toBe('2026-01-05T02:07:00.000Z');
    expect(vnIsoDay(fromVnWallClock(2026, 12, 31, 23, 59))).toBe('2026-12-31');
  });
});
