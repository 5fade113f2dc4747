import { In, type EntityManager } from 'typeorm';
import { SessionEntity } from '../account/entities/session.entity';
import { AccountEntity, personalDetails } from '../account/entities/account.entity';
import { AuditEntryEntity } from '../audit/entities/audit-entry.entity';
import { DossierFileEntity } from '../dossier/entities/dossier-file.entity';
import { DossierEntity } from '../dossier/entities/dossier.entity';
import { ProcessingStepEntity } from '../dossier/entities/processing-step.entity';
import { NotificationEntity } from '../notification/entities/notification.entity';
import { DossierRatingEntity } from '../processing/entities/dossier-rating.entity';
import { DossierResultEntity } from '../processing/entities/dossier-result.entity';
import { SupplementRequestEntity } from '../processing/entities/supplement-request.entity';
import { ServiceProcedureEntity } from '../service/entities/service-procedure.entity';

/** A stored file to put into the ZIP under `path`. */
export interface ExportFile {
  path: string;
  storageKey: string;
  uploadedAt: Date;
}

export interface PersonalData {
  json: Record<string, unknown>;
  files: ExportFile[];
}

/** The JSON file's name inside the ZIP. */
export const EXPORT_JSON_NAME = 'du-lieu-ca-nhan.json';

/** At most this many account-related log entries (logins and account changes), newest first. */
const MAX_LOG_ENTRIES = 1000;

/**
 * Everything the portal holds about one account, for the export: the account (no password hash),
 * every dossier with its history, supplement requests, result, rating and files (attachments the
 * citizen uploaded and result files received), the notifications, the open sessions and the log
 * of logins and account changes. Storage keys stay inside: the JSON names each file by its ZIP path.
 */
export async function collectPersonalData(em: EntityManager, accountId: string): Promise<PersonalData> {
  const account = await em.findOneByOrFail(AccountEntity, { id: accountId });
  const dossiers = await em.find(DossierEntity, {
    where: { ownerId: accountId },
    order: { createdAt: 'ASC' },
  });
  const ids = dossiers.map((d) => d.id);
  const byDossier = <T extends { dossierId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.dossierId, [...(map.get(row.dossierId) ?? []), row]);
    return map;
  };
  const some = ids.length > 0;
  const steps = byDossier(
    some
      ? await em.find(ProcessingStepEntity, { where: { dossierId: In(ids) }, order: { position: 'ASC' } })
      : [],
  );
  const supplements = byDossier(some ? await em.findBy(SupplementRequestEntity, { dossierId: In(ids) }) : []);
  const files = byDossier(
    some
      ? await em.find(DossierFileEntity, { where: { dossierId: In(ids) }, order: { uploadedAt: 'ASC' } })
      : [],
  );
  const results = new Map(
    (some ? await em.findBy(DossierResultEntity, { dossierId: In(ids) }) : []).map((r) => [r.dossierId, r]),
  );
  const ratings = new Map(
    (some ? await em.findBy(DossierRatingEntity, { dossierId: In(ids) }) : []).map((r) => [r.dossierId, r]),
  );
  const serviceIds = [...new Set(dossiers.map((d) => d.serviceId))];
  const services = new Map(
    (serviceIds.length ? await em.findBy(ServiceProcedureEntity, { id: In(serviceIds) }) : []).map((s) => [
      s.id,
      s,
    ]),
  );

  const exportFiles: ExportFile[] = [];
  const dossierJson = dossiers.map((d) => {
    const folder = `tep/${safeName(d.code ?? `chua-gui-${d.id.slice(0, 8)}`)}`;
    const result = results.get(d.id);
    const rating = ratings.get(d.id);
    return {
      id: d.id,
      code: d.code,
      status: d.status,
      service: {
        id: d.serviceId,
        code: services.get(d.serviceId)?.code,
        name: services.get(d.serviceId)?.name,
      },
      agencyId: d.agencyId,
      applicant: d.applicant,
      formData: d.formData,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
      submittedAt: d.submittedAt,
      dueDate: d.dueDate,
      history: (steps.get(d.id) ?? []).map((s) => ({
        at: s.createdAt,
        action: s.action,
        fromStatus: s.fromStatus,
        toStatus: s.toStatus,
        note: s.note,
        by: s.actorName,
        role: s.actorRole,
        agency: s.agencyName,
      })),
      supplementRequests: (supplements.get(d.id) ?? []).map((s) => ({
        requestedAt: s.requestedAt,
        requestedBy: s.requestedBy,
        note: s.note,
        items: s.items,
        resolvedAt: s.resolvedAt,
      })),
      result: result ? { issuedAt: result.issuedAt, note: result.note, officer: result.officerName } : null,
      rating: rating ? { score: rating.score, comment: rating.comment, ratedAt: rating.ratedAt } : null,
      files: (files.get(d.id) ?? []).map((f) => {
        const path = `${folder}/${f.id.slice(0, 8)}-${safeName(f.fileName)}`;
        exportFiles.push({ path, storageKey: f.storageKey, uploadedAt: f.uploadedAt });
        return {
          kind: f.kind,
          componentId: f.componentId,
          fileName: f.fileName,
          size: f.size,
          mimeType: f.mimeType,
          sha256: f.sha256,
          uploadedAt: f.uploadedAt,
          path,
        };
      }),
    };
  });

  const notifications = await em.find(NotificationEntity, {
    where: { recipientId: accountId },
    order: { createdAt: 'ASC' },
  });
  const sessions = await em.find(SessionEntity, { where: { accountId }, order: { createdAt: 'ASC' } });
  const log = await em
    .createQueryBuilder(AuditEntryEntity, 'e')
    .where('e.actor_id = :id OR (e.target_type = :account AND e.target_id = :id)', {
      id: accountId,
      account: 'account',
    })
    .orderBy('e.at', 'DESC')
    .take(MAX_LOG_ENTRIES)
    .getMany();

  const json = {
    exportedAt: new Date(),
    account: {
      id: account.id,
      username: account.username,
      email: account.email,
      pendingEmail: account.pendingEmail,
      emailVerifiedAt: account.emailVerifiedAt,
      ...personalDetails(account),
      role: account.role,
      agencyId: account.agencyId,
      createdAt: account.createdAt,
      updatedAt: account.updatedAt,
      lastLoginAt: account.lastLoginAt,
      passwordChangedAt: account.passwordChangedAt,
      privacyNoticeVersion: account.privacyNoticeVersion,
      privacyConsentAt: account.privacyConsentAt,
    },
    dossiers: dossierJson,
    notifications: notifications.map((n) => ({
      createdAt: n.createdAt,
      readAt: n.readAt,
      dossierCode: n.dossierCode,
      status: n.status,
      title: n.title,
      body: n.body,
    })),
    sessions: sessions.map((s) => ({
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      expiresAt: s.expiresAt,
      rememberMe: s.persistent,
      ip: s.ip,
      userAgent: s.userAgent,
    })),
    loginHistory: log.map((e) => ({
      at: e.at,
      action: e.action,
      ip: e.actorIp,
      summary: e.summary,
    })),
  };
  return { json, files: exportFiles };
}

/** Separators, characters Windows refuses, DEL and the bidirectional controls. */
const UNSAFE_IN_NAME = /[\u007f\u202a-\u202e\u2066-\u2069/\\:*?"<>|]/;

/** A file or folder name safe inside a ZIP on every system: no separators, controls or dot-dot. */
export function safeName(name: string): string {
  const cleaned = [...name.normalize('NFC')]
    .map((c) => (c.charCodeAt(0) < 0x20 || UNSAFE_IN_NAME.test(c) ? '_' : c))
    .join('')
    .replace(/^\.+/, '_')
    .trim();
  return (cleaned || 'tep').slice(0, 120);
}
