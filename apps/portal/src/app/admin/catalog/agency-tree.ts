import { CatalogAgencyRowFragment } from '@dvc/portal/data-access';
import { foldVietnamese, searchTerms } from '@dvc/shared/domain';

/** A row of the agency tree: the agency and its depth (0: a root, ministry or province without parent). */
export interface AgencyTreeRow {
  agency: CatalogAgencyRowFragment;
  depth: number;
  /** Names of the agencies above it, root first. */
  path: string[];
}

const LEVELS = { MINISTRY: 0, PROVINCE: 1, COMMUNE: 2 } as const;

/**
 * The agencies as a tree (ministry, province, commune by their parent), in depth-first order:
 * each agency under its parent, siblings by level then Vietnamese name. An agency whose parent is
 * missing from the list is a root, so nothing is ever hidden.
 */
export function agencyTree(agencies: readonly CatalogAgencyRowFragment[]): AgencyTreeRow[] {
  const ids = new Set(agencies.map((a) => a.id));
  const children = new Map<string | null, CatalogAgencyRowFragment[]>();
  for (const a of agencies) {
    const parent = a.parent && ids.has(a.parent.id) && a.parent.id !== a.id ? a.parent.id : null;
    children.set(parent, [...(children.get(parent) ?? []), a]);
  }
  const rows: AgencyTreeRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number, path: string[]) => {
    const list = [...(children.get(parent) ?? [])].sort(
      (a, b) => LEVELS[a.level] - LEVELS[b.level] || a.name.localeCompare(b.name, 'vi'),
    );
    for (const a of list) {
      if (seen.has(a.id)) continue; // a cycle in the data: shown once
      seen.add(a.id);
      rows.push({ agency: a, depth, path });
      walk(a.id, depth + 1, [...path, a.name]);
    }
  };
  walk(null, 0, []);
  return rows;
}

/**
 * Rows whose code or name holds every word of the search (without diacritics, đ = d), plus the
 * agencies above them so the tree stays readable.
 */
export function filterTree(rows: readonly AgencyTreeRow[], search: string): AgencyTreeRow[] {
  const terms = searchTerms(search);
  if (terms.length === 0) return [...rows];
  const matches = (r: AgencyTreeRow) => {
    const text = foldVietnamese(`${r.agency.code} ${r.agency.name}`);
    return terms.every((t) => text.includes(t));
  };
  const keep = new Set<number>();
  rows.forEach((r, i) => {
    if (!matches(r)) return;
    keep.add(i);
    // Ancestors are the nearest earlier rows with a smaller depth.
    let depth = r.depth;
    for (let j = i - 1; j >= 0 && depth > 0; j--) {
      if (rows[j].depth < depth) {
        keep.add(j);
        depth = rows[j].depth;
      }
    }
  });
  return rows.filter((_, i) => keep.has(i));
}

/** Items of one page (from 1) and the number of pages (at least 1). */
export function pageOf<T>(items: readonly T[], page: number, size: number): { items: T[]; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { items: items.slice((current - 1) * size, current * size), pages };
}

/** Matches code or name, without diacritics (đ = d), every word. */
export function matchesSearch(code: string, name: string, search: string): boolean {
  const text = foldVietnamese(`${code} ${name}`);
  return searchTerms(search).every((t) => text.includes(t));
}
