import type { Lang } from '../core/i18n/dictionaries';
import type { I18nService } from '../core/i18n/i18n.service';

const formats = new Map<Lang, Intl.NumberFormat>();

/**
 * One formatter per language: `toLocaleString` builds a new one (locale data lookup) on every call,
 * which was the costliest function of the catalog list's first render on a throttled phone.
 */
export function numberFormat(lang: Lang): Intl.NumberFormat {
  let format = formats.get(lang);
  if (!format) formats.set(lang, (format = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US')));
  return format;
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
    const amount = numberFormat(i18n.lang()).format(feeAmount);
    return i18n.t('catalog.fee.amount', { amount });
  }
  const text = feeText.trim();
  if (feeAmount === 0 && (!text || /^(miễn|không)/iu.test(text))) return i18n.t('catalog.fee.free');
  return i18n.t('catalog.fee.seeDetail');
}
