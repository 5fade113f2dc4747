import type { I18nService } from '../core/i18n/i18n.service';

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
    const amount = feeAmount.toLocaleString(i18n.lang() === 'vi' ? 'vi-VN' : 'en-US');
    return i18n.t('catalog.fee.amount', { amount });
  }
  const text = feeText.trim();
  if (feeAmount === 0 && (!text || /^(miễn|không)/iu.test(text))) return i18n.t('catalog.fee.free');
  return i18n.t('catalog.fee.seeDetail');
}
