import { dossierSummary, SUMMARY_MAX_LENGTH } from './dossier-summary';

describe('dossierSummary', () => {
  const fields = [
    { key: 'fromDate', type: 'DATE' as const },
    { key: 'reason', type: 'SELECT' as const },
    { key: 'destination', type: 'TEXT' as const },
    { key: 'note', type: 'TEXTAREA' as const },
  ];

  it('takes the first filled-in text field in form order, skipping dates and choices', () => {
    expect(
      dossierSummary(fields, { fromDate: '2026-12-01', reason: 'WORK', destination: ' Thành phố  Huế ' }),
    ).toBe('Thành phố Huế');
    expect(dossierSummary(fields, { destination: '   ', note: 'Đi công tác' })).toBe('Đi công tác');
  });

  it('is null while nothing was typed', () => {
    expect(dossierSummary(fields, {})).toBeNull();
    expect(dossierSummary(fields, null)).toBeNull();
    expect(dossierSummary(fields, { destination: 42 })).toBeNull();
  });

  it('shortens a long value at a word', () => {
    const long =
      'Số nhà 12 ngõ 34 đường Hoàng Hoa Thám phường Ngọc Hà quận Ba Đình thành phố Hà Nội Việt Nam';
    const summary = dossierSummary(fields, { destination: long })!;
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
    expect(summary.endsWith('…')).toBe(true);
    expect(long.startsWith(summary.slice(0, -1))).toBe(true);
  });
});
