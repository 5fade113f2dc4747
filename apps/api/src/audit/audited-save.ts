import type { EntityManager } from 'typeorm';
import { AuditAction, AuditLog, AuditTarget } from './audit-log';

type Scalar = string | number | boolean | null;
/** Columns that change with every save or are derived: not part of a change's summary. */
const IGNORED = new Set(['createdAt', 'updatedAt', 'searchText', 'searchName', 'nameFolded', 'version']);

const scalar = (value: unknown): Scalar | undefined => {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value as Scalar;
  if (value instanceof Date) return value.toISOString();
  return undefined;
};

/** The scalar fields that differ (before → after), or every scalar field of a new row. */
export function changeSummary(before: object | null, after: object): Record<string, unknown> {
  const pick = (row: object) =>
    Object.fromEntries(
      Object.entries(row)
        .filter(([k]) => !IGNORED.has(k) && k !== 'id')
        .map(([k, v]) => [k, scalar(v)])
        .filter(([, v]) => v !== undefined),
    ) as Record<string, Scalar>;
  const now = pick(after);
  if (!before) return { after: now };
  const was = pick(before);
  const changed = Object.keys(now).filter((k) => now[k] !== was[k]);
  return {
    before: Object.fromEntries(changed.map((k) => [k, was[k] ?? null])),
    after: Object.fromEntries(changed.map((k) => [k, now[k]])),
  };
}

/**
 * Saves a catalog row and writes its audit entry in the same transaction: create (no `before`),
 * deactivate (active true → false) or update, with the changed fields before and after.
 */
export async function auditedSave<T extends { id?: string; active?: boolean }>(
  em: EntityManager,
  targetType: AuditTarget,
  entity: T,
  before: Partial<T> | null,
): Promise<T> {
  const saved = await em.save(entity);
  const action = !before
    ? AuditAction.CATALOG_CREATE
    : before.active && saved.active === false
      ? AuditAction.CATALOG_DEACTIVATE
      : AuditAction.CATALOG_UPDATE;
  await AuditLog.record(em, {
    action,
    targetType,
    targetId: saved.id ?? null,
    summary: changeSummary(before, saved),
  });
  return saved;
}
