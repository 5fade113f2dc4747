import type { FormFieldType, FormValues } from '@dvc/shared/domain';

/** Longest summary shown in Hồ sơ đã đăng ký; longer values are cut at a word with "…". */
export const SUMMARY_MAX_LENGTH = 80;

/** Free-text fields say what a dossier is about (a name, a place, a reason); dates and choices don't. */
const SUMMARY_TYPES: ReadonlySet<FormFieldType> = new Set<FormFieldType>(['TEXT', 'TEXTAREA']);

/**
 * A short line that tells two drafts of the same procedure apart: the value of the intake form's
 * first filled-in text field, in form order. Null when the citizen has typed nothing yet.
 */
export function dossierSummary(
  fields: readonly { key: string; type: FormFieldType }[],
  formData: FormValues | null | undefined,
): string | null {
  for (const field of fields) {
    if (!SUMMARY_TYPES.has(field.type)) continue;
    const value = formData?.[field.key];
    if (typeof value !== 'string') continue;
    const text = value.replace(/\s+/g, ' ').trim();
    if (text) return shorten(text);
  }
  return null;
}

function shorten(text: string): string {
  if (text.length <= SUMMARY_MAX_LENGTH) return text;
  const cut = text.slice(0, SUMMARY_MAX_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_MAX_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
