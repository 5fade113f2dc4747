import { bars, periodVariables, StatisticsRow, toCsv } from './statistics-report';

const figures = (onTime: number, late: number) => ({
  received: onTime + late,
  inProgress: 0,
  completedOnTime: onTime,
  completedLate: late,
  rejected: 0,
  supplementRequests: 0,
  averageProcessingDays: 2.5,
  onTimeRate: onTime + late ? onTime / (onTime + late) : null,
  averageRating: null,
  ratingCount: 0,
});

describe('statistics report helpers', () => {
  const rows: StatisticsRow[] = [
    { name: 'Sở Tư pháp', figures: figures(30, 10) },
    { name: 'UBND xã "Thử", Hà Nội', figures: figures(5, 0) },
  ];

  it('scales bars to the largest completed total', () => {
    expect(bars(rows)).toEqual([
      { name: 'Sở Tư pháp', onTime: 30, late: 10, onTimeWidth: 75, lateWidth: 25 },
      { name: 'UBND xã "Thử", Hà Nội', onTime: 5, late: 0, onTimeWidth: 12.5, lateWidth: 0 },
    ]);
  });

  it('writes CSV with a BOM, quoting and empty cells for missing averages', () => {
    const csv = toCsv(['Cơ quan', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'], rows);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[1]).toBe('Sở Tư pháp,40,0,30,10,0,0,2.5,0.75,,0');
    expect(lines[2].startsWith('"UBND xã ""Thử"", Hà Nội",5,')).toBe(true);
  });

  it('turns a day range into the API period [first day, day after the last)', () => {
    const p = periodVariables('2026-03-01', '2026-03-31');
    expect(p && new Date(p.to).getTime() - new Date(p.from).getTime()).toBe(31 * 86_400_000);
    expect(periodVariables('2026-04-01', '2026-03-01')).toBeNull();
    expect(periodVariables('', '2026-03-01')).toBeNull();
  });
});
