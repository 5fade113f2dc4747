import type { SupplementItemInput } from '@dvc/portal/data-access';

/** What the officer may point a comment at: a document component or a field of the intake form. */
export interface SupplementTarget {
  /** `c:<componentId>` or `f:<fieldKey>`: one value for the picker. */
  value: string;
  label: string;
  kind: 'component' | 'field';
}

export interface SupplementRow {
  key: number;
  target: string;
  comment: string;
}

export const SUPPLEMENT_COMMENT_MAX = 1000;

export function supplementTargets(
  components: readonly { id: string; position: number; name: string }[],
  fields: readonly { key: string; label: string }[],
): SupplementTarget[] {
  return [
    ...components.map((c) => ({
      value: `c:${c.id}`,
      label: `${c.position}. ${c.name}`,
      kind: 'component' as const,
    })),
    ...fields.map((f) => ({ value: `f:${f.key}`, label: f.label, kind: 'field' as const })),
  ];
}

export type RowError = 'target' | 'comment' | 'commentTooLong' | 'duplicate';

export interface BuiltItems {
  items: SupplementItemInput[];
  /** Row key → what is wrong with it; empty when the list can be sent. */
  errors: Map<number, RowError>;
  /** No row at all: a request needs at least one item. */
  empty: boolean;
}

/**
 * The rows of the dialog → requestSupplement items. Each row needs a target and a comment; the same
 * target twice is refused (the citizen would see two comments beside one item).
 */
export function buildSupplementItems(rows: readonly SupplementRow[]): BuiltItems {
  const errors = new Map<number, RowError>();
  const seen = new Set<string>();
  const items: SupplementItemInput[] = [];
  for (const row of rows) {
    const comment = row.comment.trim();
    const match = /^(c|f):(.+)$/.exec(row.target);
    if (!match) errors.set(row.key, 'target');
    else if (!comment) errors.set(row.key, 'comment');
    else if (comment.length > SUPPLEMENT_COMMENT_MAX) errors.set(row.key, 'commentTooLong');
    else if (seen.has(row.target)) errors.set(row.key, 'duplicate');
    else {
      seen.add(row.target);
      items.push(match[1] === 'c' ? { componentId: match[2], comment } : { fieldKey: match[2], comment });
    }
  }
  return { items: errors.size ? [] : items, errors, empty: rows.length === 0 };
}
