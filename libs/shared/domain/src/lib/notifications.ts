/** The portal's page of one dossier (apps/portal dossier.routes.ts); e-mails and the bell link to it. */
export const DOSSIER_DETAIL_PATH = '/ho-so-ca-nhan/ho-so';

export function dossierDetailPath(dossierId: string): string {
  return `${DOSSIER_DETAIL_PATH}/${encodeURIComponent(dossierId)}`;
}

export const NOTIFICATION_DEFAULT_PAGE_SIZE = 10;
export const NOTIFICATION_MAX_PAGE_SIZE = 50;
/** markNotificationsRead accepts at most this many ids (an empty list means all). */
export const NOTIFICATION_MAX_MARK_IDS = 100;
