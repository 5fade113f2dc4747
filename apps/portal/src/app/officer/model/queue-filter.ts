import type { AgencyDossiersQueryVariables } from '@dvc/portal/data-access';
import { displayDateToIso, DOSSIER_STATUSES, fromVnWallClock } from '@dvc/shared/domain';

/** The queue's state as it lives in the address bar (shareable, survives a reload). */
export interface QueueFilter {
  status: string | null;
  overdue: boolean;
  search: string;
  serviceId: string | null;
  /** dd/MM/yyyy as typed; ignored while it is not a real date. */
  from: string;
  to: string;
  page: number;
}

export const QUEUE_PAGE_SIZE = 20;

/** Statuses an officer can see (a draft never reaches the agency). */
export const QUEUE_STATUSES = DOSSIER_STATUSES.filter((s) => s !== 'DRAFT');

type Params = Record<string, string | undefined>;

/** ?status=SUBMITTED&overdue=1&q=…&service=…&from=01/12/2026&to=…&page=2 → QueueFilter. */
export function filterFromParams(params: Params): QueueFilter {
  const status = params['status'] ?? null;
  const page = Number.parseInt(params['page'] ?? '1', 10);
  return {
    status: status && (QUEUE_STATUSES as readonly string[]).includes(status) ? status : null,
    overdue: params['overdue'] === '1',
    search: (params['q'] ?? '').trim(),
    serviceId: params['service'] || null,
    from: params['from'] ?? '',
    to: params['to'] ?? '',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** The inverse, without defaults, so the address stays short. */
export function filterToParams(filter: QueueFilter): Record<string, string | null> {
  return {
    status: filter.status,
    overdue: filter.overdue ? '1' : null,
    q: filter.search || null,
    service: filter.serviceId,
    from: filter.from || null,
    to: filter.to || null,
    page: filter.page > 1 ? String(filter.page) : null,
  };
}

/** dd/MM/yyyy → the first (or last) instant of that day in Vietnam, as the API takes it. */
export function dayBoundary(text: string, end: boolean): string | null {
  const iso = displayDateToIso(text);
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  const start = fromVnWallClock(y, m, d);
  return end ? new Date(start.getTime() + 24 * 3600_000 - 1).toISOString() : start.toISOString();
}

/** A date field that holds text but not a real dd/MM/yyyy date (shown as an error, not sent). */
export function invalidDay(text: string): boolean {
  return text.trim() !== '' && displayDateToIso(text) === null;
}

/** QueueFilter → agencyDossiers variables: only the criteria that are set. */
export function queueVariables(
  filter: QueueFilter,
  pageSize = QUEUE_PAGE_SIZE,
): AgencyDossiersQueryVariables {
  const f: NonNullable<AgencyDossiersQueryVariables['filter']> = {};
  if (filter.status) f.status = filter.status as NonNullable<typeof f.status>;
  if (filter.overdue) f.overdue = true;
  if (filter.search) f.search = filter.search;
  if (filter.serviceId) f.serviceId = filter.serviceId;
  const from = dayBoundary(filter.from, false);
  const to = dayBoundary(filter.to, true);
  if (from) f.submittedFrom = from;
  if (to) f.submittedTo = to;
  return { filter: f, page: filter.page, pageSize };
}

export interface StatusTab {
  status: string | null;
  count: number;
}

/** "Tất cả" first, then one tab per status with its count (0 when the API listed none). */
export function statusTabs(counts: readonly { status: string; count: number }[]): StatusTab[] {
  const byStatus = new Map(counts.map((c) => [c.status, c.count]));
  const tabs = QUEUE_STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 }));
  return [{ status: null, count: tabs.reduce((sum, t) => sum + t.count, 0) }, ...tabs];
}
