/**
 * Folds Vietnamese text for search: lower case, no diacritics, `đ` → `d`, single spaces.
 * The API stores this form in indexed search columns so MySQL and SQLite match the same way.
 */
export function foldVietnamese(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9.\-\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a search string into folded, de-duplicated words (order does not matter for matching). */
export function searchTerms(input: string | null | undefined): string[] {
  if (!input) return [];
  return [
    ...new Set(
      foldVietnamese(input)
        .split(' ')
        .filter((w) => w.length > 0),
    ),
  ].slice(0, 10);
}
