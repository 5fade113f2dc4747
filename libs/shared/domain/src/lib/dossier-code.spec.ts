import { dossierCodeDay, formatDossierCode, parseDossierCode } from './dossier-code';

describe('dossier code', () => {
  it('formats <agency>-YYMMDD-NNNN with the day in Vietnam', () => {
    const at = new Date('2026-11-26T03:00:00Z');
    expect(formatDossierCode('000.00.12.H29', at, 1)).toBe('000.00.12.H29-261126-0001');
    expect(formatDossierCode('G01', at, 123)).toBe('G01-261126-0123');
  });

  it('uses the Vietnamese day around midnight UTC+7', () => {
    // 17:30 UTC on the 25th is 00:30 on the 26th in Hà Nội.
    expect(dossierCodeDay(new Date('2026-11-25T17:30:00Z'))).toBe('261126');
    expect(dossierCodeDay(new Date('2026-11-25T16:59:00Z'))).toBe('261125');
  });

  it('grows past 9999 rather than colliding, and refuses nonsense sequences', () => {
    expect(formatDossierCode('A', new Date('2026-01-01T00:00:00Z'), 10000)).toBe('A-260101-10000');
    expect(() => formatDossierCode('A', new Date(), 0)).toThrow(RangeError);
  });

  it('parses codes back', () => {
    expect(parseDossierCode('000.00.12.H29-261126-0001')).toEqual({
      agencyCode: '000.00.12.H29',
      day: '261126',
      sequence: 1,
    });
    expect(parseDossierCode('nonsense')).toBeNull();
  });
});
