import { TestBed } from '@angular/core/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { feeLabel, numberFormat } from './catalog-format';

describe('catalog formats', () => {
  beforeEach(() => localStorage.clear());

  it('writes fees with the language’s grouping, reusing one formatter per language', () => {
    const i18n = TestBed.inject(I18nService);
    expect(feeLabel(i18n, 1500000, '')).toContain('1.500.000');
    expect(numberFormat('vi')).toBe(numberFormat('vi'));
    expect(numberFormat('en').format(1500000)).toBe('1,500,000');
  });

  it('says free, or to see the rules, when there is no amount', () => {
    const i18n = TestBed.inject(I18nService);
    expect(feeLabel(i18n, 0, '')).toBe(i18n.t('catalog.fee.free'));
    expect(feeLabel(i18n, null, 'Theo quy định')).toBe(i18n.t('catalog.fee.seeDetail'));
  });
});
