import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { currentRequestActor } from './audit-context';
import { AuditEntryEntity } from './entities/audit-entry.entity';

/** What was done, to what. The actor and their address come from the request unless given. */
export interface AuditEntryInput {
  action: AuditAction | string;
  targetType: AuditTarget | string;
  targetId?: string | null;
  /** A small before/after summary: plain values only; secrets are dropped (AuditLog.clean). */
  summary?: Record<string, unknown> | null;
  actor?: { id: string | null; name?: string | null; role?: string | null } | null;
  at?: Date;
}

/** Stable action names, the audit search's filter values. */
export const AuditAction = {
  DOSSIER_RECEIVE: 'dossier.receive',
  DOSSIER_START: 'dossier.start_processing',
  DOSSIER_REQUEST_SUPPLEMENT: 'dossier.request_supplement',
  DOSSIER_COMPLETE: 'dossier.complete',
  DOSSIER_REJECT: 'dossier.reject',
  LOGIN_SUCCEEDED: 'auth.login',
  LOGIN_FAILED: 'auth.login_failed',
  PASSWORD_CHANGED: 'account.password_change',
  PASSWORD_RESET: 'account.password_reset',
  EMAIL_CHANGED: 'account.email_change',
  DATA_EXPORT: 'account.data_export',
  ACCOUNT_DELETED: 'account.delete',
  CATALOG_CREATE: 'catalog.create',
  CATALOG_UPDATE: 'catalog.update',
  CATALOG_DEACTIVATE: 'catalog.deactivate',
  CATALOG_DELETE: 'catalog.delete',
  ACCOUNT_INVITED: 'admin.account_invite',
  ACCOUNT_ROLE_CHANGED: 'admin.account_role_change',
  ACCOUNT_DEACTIVATED: 'admin.account_deactivate',
  ACCOUNT_REACTIVATED: 'admin.account_reactivate',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

export const AuditTarget = {
  DOSSIER: 'dossier',
  ACCOUNT: 'account',
  AGENCY: 'agency',
  SECTOR: 'sector',
  PROCEDURE: 'procedure',
  COMPONENT: 'document_component',
  FORM_FIELD: 'form_field',
} as const;
export type AuditTarget = (typeof AuditTarget)[keyof typeof AuditTarget];

/** Keys never written to the log, whatever the caller passes (case-insensitive, substring). */
const SECRET_KEYS = /password|token|secret|hash|otp|captcha|content|file|cookie/i;
const MAX_TEXT = 200;
const MAX_KEYS = 20;

/**
 * Nhật ký hệ thống. `record` inserts with the transaction's EntityManager, so the entry commits or
 * rolls back with the change it describes. Static on purpose: a one-line call in any service, with
 * no new constructor dependency in features owned by others.
 */
export class AuditLog {
  static async record(em: EntityManager, entry: AuditEntryInput): Promise<void> {
    const request = currentRequestActor();
    const actor =
      entry.actor === undefined
        ? request.user && { id: request.user.id, name: request.user.fullName, role: request.user.role }
        : entry.actor;
    const row: AuditEntryEntity = {
      id: randomUUID(),
      at: entry.at ?? new Date(),
      actorId: actor?.id ?? null,
      actorName: actor?.name ? actor.name.slice(0, 100) : null,
      actorRole: actor?.role ?? null,
      actorIp: request.ip,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ? String(entry.targetId).slice(0, 64) : null,
      summary: entry.summary ? AuditLog.clean(entry.summary) : null,
    };
    // simple-json column: TypeORM's deep-partial insert type cannot describe an open record.
    await em.insert(AuditEntryEntity, row as never);
  }

  /** Plain values only (strings cut short), secret-looking keys dropped, at most 20 keys, two levels. */
  static clean(summary: Record<string, unknown>, depth = 0): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(summary).slice(0, MAX_KEYS)) {
      if (SECRET_KEYS.test(key) || value === undefined) continue;
      if (value === null || typeof value === 'number' || typeof value === 'boolean') out[key] = value;
      else if (typeof value === 'string') out[key] = value.slice(0, MAX_TEXT);
      else if (value instanceof Date) out[key] = value.toISOString();
      else if (Array.isArray(value))
        out[key] = value.slice(0, MAX_KEYS).map((v) => (typeof v === 'object' ? '…' : v));
      else if (typeof value === 'object' && depth < 1)
        out[key] = AuditLog.clean(value as Record<string, unknown>, depth + 1);
    }
    return out;
  }
}
