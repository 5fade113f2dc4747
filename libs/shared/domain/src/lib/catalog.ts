/** Catalog vocabulary shared by the API and the portal (agencies, procedures, search paging). */

/** Cấp cơ quan. Since 1 July 2025 local government has two levels: province and commune (no districts). */
export const AgencyLevel = {
  MINISTRY: 'MINISTRY',
  PROVINCE: 'PROVINCE',
  COMMUNE: 'COMMUNE',
} as const;
export type AgencyLevel = (typeof AgencyLevel)[keyof typeof AgencyLevel];

/** Mức độ dịch vụ công trực tuyến (Decree 42/2022): toàn trình or một phần. */
export const OnlineLevel = {
  FULL: 'FULL',
  PARTIAL: 'PARTIAL',
} as const;
export type OnlineLevel = (typeof OnlineLevel)[keyof typeof OnlineLevel];

export const AGENCY_LEVEL_LABELS: Record<AgencyLevel, { vi: string; en: string }> = {
  MINISTRY: { vi: 'Bộ, ngành', en: 'Ministry' },
  PROVINCE: { vi: 'Cấp tỉnh', en: 'Province' },
  COMMUNE: { vi: 'Cấp xã', en: 'Commune' },
};

export const ONLINE_LEVEL_LABELS: Record<OnlineLevel, { vi: string; en: string }> = {
  FULL: { vi: 'Toàn trình', en: 'Fully online' },
  PARTIAL: { vi: 'Một phần', en: 'Partly online' },
};

/** `services(pageSize)` is capped here; larger values are clamped, not refused. */
export const CATALOG_MAX_PAGE_SIZE = 100;
export const CATALOG_DEFAULT_PAGE_SIZE = 20;

/** Short file-type names a document component may accept (what the storage detects from content). */
export const DOCUMENT_FILE_TYPES = ['pdf', 'jpg', 'png', 'doc', 'docx', 'xls', 'xlsx', 'odt', 'ods'] as const;
export type DocumentFileType = (typeof DOCUMENT_FILE_TYPES)[number];

/** National procedure code style: "1.001193", "2.000986"… (a digit, a dot, six digits). */
export const PROCEDURE_CODE_PATTERN = /^\d\.\d{6}$/;
