import { fromVnWallClock } from '@dvc/shared/domain';
import { computeOutcome, sqlDate, toDate } from './dossier-statistics-rows';

const vn = (m: number, d: number, h = 10) => fromVnWallClock(2026, m, d, h);

describe('computeOutcome', () => {
  it('counts working days from the day after reception to the finishing day', () => {
    // Received Friday 6 March, finished Tuesday 10 March: Mon 9, Tue 10.
    expect(
      computeOutcome({ receivedAt: vn(3, 6), finishedAt: vn(3, 10), dueDate: vn(3, 11), pauses: [] }),
    ).toEqual({
      workingDays: 2,
      onTime: true,
    });
  });

  it('leaves out the working days paused for a supplement, and is late after the due date', () => {
    const outcome = computeOutcome({
      receivedAt: vn(3, 2),
      finishedAt: vn(3, 13),
      dueDate: vn(3, 12, 9),
      // Requested Tue 3, resubmitted Thu 5: Wed 4 and Thu 5 do not count.
      pauses: [{ requestedAt: vn(3, 3), resolvedAt: vn(3, 5) }],
    });
    expect(outcome).toEqual({ workingDays: 7, onTime: false });
  });

  it('has no processing time without a reception, and no due date means on time', () => {
    expect(computeOutcome({ receivedAt: null, finishedAt: vn(3, 3), dueDate: null, pauses: [] })).toEqual({
      workingDays: null,
      onTime: true,
    });
  });

  it("reads and writes TypeORM's UTC datetime text", () => {
    const at = new Date('2026-03-02T03:04:05.678Z');
    expect(sqlDate(at)).toBe('2026-03-02 03:04:05.678');
    expect(toDate(sqlDate(at))).toEqual(at);
    expect(toDate(at)).toBe(at);
    expect(toDate(null)).toBeNull();
  });
});
