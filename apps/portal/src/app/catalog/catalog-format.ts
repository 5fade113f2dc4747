import type { Lang } from '../core/i18n/dictionaries';
import type { I18nService } from '../core/i18n/i18n.service';

const SEPARATORS: Record<Lang, string> = { vi: '.', en: ',' };

/**
 * 1.500.000 (vi) / 1,500,000 (en). Whole amounts are grouped by hand: the first Intl.NumberFormat of
 * a page loads the locale's data, the costliest frame of the catalog list's first render on a
 * throttled phone. Fractions (not used for fees in đồng) still go through Intl.
 */
export function formatAmount(lang: Lang, amount: number): string {
  if (!Number.isSafeInteger(amount)) return amount.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US');
  const digits = String(Math.abs(amount)).replace(/\B(?=(\d{3})+$)/g, SEPARATORS[lang]);
  return amount < 0 ? `-${digits}` : digits;
}

/** "Trong ngày" / "3 ngày làm việc". */
export function daysLabel(i18n: I18nService, days: number): string {
  return days === 0 ? i18n.t('catalog.days.sameDay') : i18n.t('catalog.days.count', { count: days });
}

/**
 * A short fee for the list: an amount, free, or "see the rules" when it depends on the case (the
 * full text, feeText, is on the service page and in the cell's tooltip).
 */
export function feeLabel(i18n: I18nService, feeAmount: number | null, feeText: string): string {
  if (feeAmount !== null && feeAmount > 0) {
    const amount = formatAmount(i18n.lang(), feeAmount);
    return i18n.t('catalog.fee.amount', { amount });
  }
  const text = feeText.trim();
  if (feeAmount === 0 && (!text || /^(miễn|không)/iu.test(text))) return i18n.t('catalog.fee.free');
  return i18n.t('catalog.fee.seeDetail');
}
