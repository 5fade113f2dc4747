import { retryDelayMs } from './mail-outbox.worker';

describe('retryDelayMs', () => {
  it('doubles from the base delay after each failed attempt', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, 30_000))).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000,
    ]);
  });

  it('never waits more than an hour, however many attempts failed', () => {
    expect(retryDelayMs(12, 30_000)).toBe(3_600_000);
    expect(retryDelayMs(100, 30_000)).toBe(3_600_000);
  });

  it('treats a first (or nonsense) attempt count as the base delay', () => {
    expect(retryDelayMs(0, 500)).toBe(500);
    expect(retryDelayMs(-3, 500)).toBe(500);
  });
});
