import { foldVietnamese } from '@dvc/shared/domain';

/** What the search columns are computed from. */
export interface SearchSource {
  code: string;
  name: string;
  description: string;
  resultDescription: string;
}

const SEARCH_NAME_MAX = 600;

/**
 * The folded search columns of a procedure, computed by the application (never by SQL collations,
 * which differ between MySQL and SQLite on Vietnamese): `searchName` (code + name, ranked first) and
 * `searchText` (description and result, the weaker matches).
 */
export function procedureSearchColumns(p: SearchSource): { searchName: string; searchText: string } {
  return {
    searchName: foldVietnamese(`${p.code} ${p.name}`).slice(0, SEARCH_NAME_MAX),
    searchText: foldVietnamese(`${p.description} ${p.resultDescription}`),
  };
}
