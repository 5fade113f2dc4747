import { TestBed } from '@angular/core/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { feeLabel, formatAmount } from './catalog-format';

describe('catalog formats', () => {
  beforeEach(() => localStorage.clear());

  it('writes amounts with the language’s grouping, as Intl would', () => {
    const i18n = TestBed.inject(I18nService);
    expect(feeLabel(i18n, 1500000, '')).toContain('1.500.000');
    for (const n of [0, 7, 999, 1000, 25000, 1500000, 123456789, -45000]) {
      expect(formatAmount('vi', n)).toBe(n.toLocaleString('vi-VN'));
      expect(formatAmount('en', n)).toBe(n.toLocaleString('en-US'));
    }
    expect(formatAmount('en', 1234.5)).toBe('1,234.5');
  });

  it('says free, or to see the rules, when there is no amount', () => {
    const i18n = TestBed.inject(I18nService);
    expect(feeLabel(i18n, 0, '')).toBe(i18n.t('catalog.fee.free'));
    expect(feeLabel(i18n, null, 'Theo quy định')).toBe(i18n.t('catalog.fee.seeDetail'));
  });
});
