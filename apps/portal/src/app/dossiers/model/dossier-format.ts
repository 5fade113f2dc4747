import {
  AddressValue,
  DOSSIER_ACTION_LABELS,
  DossierAction,
  findProvince,
  formatDate,
  isoDateToDisplay,
} from '@dvc/shared/domain';
import type { IntakeServiceFragment } from '@dvc/portal/data-access';
import type { Lang } from '../../core/i18n/dictionaries';

export type IntakeField = IntakeServiceFragment['formFields'][number];
export type IntakeComponent = IntakeServiceFragment['components'][number];

export function actionLabel(action: string, lang: Lang): string {
  return DOSSIER_ACTION_LABELS[action as DossierAction]?.[lang] ?? action;
}

/** 1 234 567 bytes → "1,2 MB" (vi) / "1.2 MB" (en). */
export function fileSize(bytes: number, lang: Lang): string {
  const locale = lang === 'vi' ? 'vi-VN' : 'en-US';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString(locale, { maximumFractionDigits: 0 })} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}

/** What printing a value needs of its field: a live field or a snapshot's definition. */
export interface PrintedField extends Partial<Omit<IntakeField, 'type' | 'options'>> {
  type: IntakeField['type'];
  options?: readonly { value: string; label: string }[] | null;
}

/** A stored form value as the detail page prints it (a live field or a snapshot's definition). */
export function fieldValueText(field: PrintedField, value: unknown, lang: Lang): string {
  if (value === undefined || value === null || value === '') return '';
  switch (field.type) {
    case 'DATE':
      return typeof value === 'string' ? isoDateToDisplay(value) : String(value);
    case 'CHECKBOX':
      return value === true ? (lang === 'vi' ? 'Có' : 'Yes') : lang === 'vi' ? 'Không' : 'No';
    case 'SELECT':
      return field.options?.find((o) => o.value === value)?.label ?? String(value);
    case 'ADDRESS': {
      const a = value as Partial<AddressValue>;
      const province = a.provinceCode ? (findProvince(a.provinceCode)?.name ?? a.provinceCode) : '';
      return [a.street, a.commune, province].filter(Boolean).join(', ');
    }
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/** Lower-case extensions a component's accepted types stand for (the `accept` attribute, a first check). */
export function acceptAttribute(types: readonly string[]): string {
  const ext = new Set<string>();
  for (const t of types.map((x) => x.toLowerCase())) {
    ext.add(`.${t}`);
    if (t === 'jpg') ext.add('.jpeg');
  }
  return [...ext].join(',');
}

/** A first check in the browser; the API decides by content. */
export function extensionAccepted(fileName: string, types: readonly string[]): boolean {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const normal = ext === 'jpeg' ? 'jpg' : ext;
  return types.some((t) => t.toLowerCase() === normal);
}

export { formatDate };
