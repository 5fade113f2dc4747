/**
 * Trạng thái hồ sơ: the one list of dossier statuses, with the labels the portal shows and the tone
 * of their badge. Transitions between them live in dossier-state-machine.ts.
 */
export const DossierStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  RECEIVED: 'RECEIVED',
  IN_PROGRESS: 'IN_PROGRESS',
  SUPPLEMENT_REQUESTED: 'SUPPLEMENT_REQUESTED',
  COMPLETED: 'COMPLETED',
  REJECTED: 'REJECTED',
} as const;

export type DossierStatus = (typeof DossierStatus)[keyof typeof DossierStatus];

export const DOSSIER_STATUSES: readonly DossierStatus[] = Object.values(DossierStatus);

/** Matches the global `.badge--<tone>` classes of the portal (neutral = plain `.badge`). */
export type BadgeTone = 'neutral' | 'info' | 'primary' | 'warning' | 'success' | 'danger';

export const DOSSIER_STATUS_LABELS: Record<DossierStatus, { vi: string; en: string }> = {
  DRAFT: { vi: 'Chưa gửi', en: 'Not sent' },
  SUBMITTED: { vi: 'Đã gửi', en: 'Submitted' },
  RECEIVED: { vi: 'Đã tiếp nhận', en: 'Received' },
  IN_PROGRESS: { vi: 'Đang xử lý', en: 'In progress' },
  SUPPLEMENT_REQUESTED: { vi: 'Yêu cầu bổ sung', en: 'More documents requested' },
  COMPLETED: { vi: 'Đã có kết quả', en: 'Result available' },
  REJECTED: { vi: 'Từ chối', en: 'Rejected' },
};

export const DOSSIER_STATUS_TONES: Record<DossierStatus, BadgeTone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  RECEIVED: 'info',
  IN_PROGRESS: 'primary',
  SUPPLEMENT_REQUESTED: 'warning',
  COMPLETED: 'success',
  REJECTED: 'danger',
};

/** "Đang thực hiện (chưa gửi)" holds drafts; "Đã gửi" everything the citizen has sent. */
export const DossierGroup = {
  DRAFTS: 'DRAFTS',
  SENT: 'SENT',
  ALL: 'ALL',
} as const;

export type DossierGroup = (typeof DossierGroup)[keyof typeof DossierGroup];

export function isDraftStatus(status: DossierStatus): boolean {
  return status === DossierStatus.DRAFT;
}

/** Statuses listed under a group of "Hồ sơ đã đăng ký". */
export function statusesOfGroup(group: DossierGroup): readonly DossierStatus[] {
  if (group === DossierGroup.DRAFTS) return [DossierStatus.DRAFT];
  if (group === DossierGroup.SENT) return DOSSIER_STATUSES.filter((s) => s !== DossierStatus.DRAFT);
  return DOSSIER_STATUSES;
}

/** `myDossiers(pageSize)` is capped here; larger values are clamped. */
export const DOSSIER_MAX_PAGE_SIZE = 50;
export const DOSSIER_DEFAULT_PAGE_SIZE = 10;
/** Longest note a processing step keeps. */
export const PROCESSING_NOTE_MAX_LENGTH = 2000;
