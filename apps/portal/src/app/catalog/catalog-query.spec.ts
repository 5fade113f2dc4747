import { convertToParamMap } from '@angular/router';
import {
  catalogQueryParams,
  EMPTY_QUERY,
  hasFilters,
  intakeFormPath,
  parseCatalogQuery,
} from './catalog-query';

describe('catalog query in the URL', () => {
  it('reads every filter and the page', () => {
    const query = parseCatalogQuery(
      convertToParamMap({
        q: ' khai sinh ',
        'co-quan': 'G15',
        'linh-vuc': 'HO-TICH',
        'muc-do': 'toan-trinh',
        trang: '3',
      }),
    );
    expect(query).toEqual({ q: 'khai sinh', agency: 'G15', sector: 'HO-TICH', level: 'FULL', page: 3 });
    expect(hasFilters(query)).toBe(true);
  });

  it('falls back to defaults on missing or bad values', () => {
    expect(parseCatalogQuery(convertToParamMap({}))).toEqual(EMPTY_QUERY);
    expect(parseCatalogQuery(convertToParamMap({ 'muc-do': 'x', trang: '-2' }))).toEqual(EMPTY_QUERY);
    expect(parseCatalogQuery(convertToParamMap({ trang: '1.5' })).page).toBe(1);
    expect(hasFilters(EMPTY_QUERY)).toBe(false);
  });

  it('writes defaults as null so they leave the URL, and round-trips', () => {
    expect(catalogQueryParams(EMPTY_QUERY)).toEqual({
      q: null,
      'co-quan': null,
      'linh-vuc': null,
      'muc-do': null,
      trang: null,
    });
    const query = { q: 'đất đai', agency: null, sector: 'DAT-DAI', level: 'PARTIAL' as const, page: 2 };
    const params = catalogQueryParams(query);
    expect(params['muc-do']).toBe('mot-phan');
    const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== null));
    expect(parseCatalogQuery(convertToParamMap(clean))).toEqual(query);
  });

  it('links Đăng ký to the intake form of the service', () => {
    expect(intakeFormPath('abc')).toBe('/ho-so-ca-nhan/ho-so/tao-moi/abc');
  });
});
