import { foldVietnamese, searchTerms } from './text';

describe('foldVietnamese', () => {
  it('makes the three spellings of a service name equal', () => {
    const a = foldVietnamese('dang ky khai sinh');
    expect(foldVietnamese('ĐĂNG KÝ KHAI SINH')).toBe(a);
    expect(foldVietnamese('đăng ký khai sinh')).toBe(a);
    expect(a).toBe('dang ky khai sinh');
  });

  it('handles composed and decomposed input and collapses punctuation', () => {
    expect(foldVietnamese('Giấy phép  xây dựng, nhà ở')).toBe('giay phep xay dung nha o');
    expect(foldVietnamese('Hồ'.normalize('NFD'))).toBe('ho');
  });

  it('keeps dotted procedure codes searchable', () => {
    expect(foldVietnamese('1.001193')).toBe('1.001193');
  });
});

describe('searchTerms', () => {
  it('splits, de-duplicates and ignores empty input', () => {
    expect(searchTerms('  Khai  sinh khai ')).toEqual(['khai', 'sinh']);
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms(undefined)).toEqual([]);
  });
});
