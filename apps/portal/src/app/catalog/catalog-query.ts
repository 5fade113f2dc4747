import type { ParamMap, Params } from '@angular/router';
import { OnlineLevel } from '@dvc/shared/domain';

/**
 * The service list's state as it lives in the URL, so a search can be shared and the back button
 * works: /dich-vu-cong?q=khai+sinh&linh-vuc=HO-TICH&co-quan=000.01.00.H26&muc-do=toan-trinh&trang=2.
 * Agencies and sectors appear by their codes, which read better than ids.
 */
export interface CatalogQuery {
  q: string;
  agency: string | null;
  sector: string | null;
  level: OnlineLevel | null;
  page: number;
}

export const PARAM = {
  q: 'q',
  agency: 'co-quan',
  sector: 'linh-vuc',
  level: 'muc-do',
  page: 'trang',
} as const;

const LEVEL_SLUGS: Record<OnlineLevel, string> = { FULL: 'toan-trinh', PARTIAL: 'mot-phan' };

export const EMPTY_QUERY: CatalogQuery = { q: '', agency: null, sector: null, level: null, page: 1 };

export function parseCatalogQuery(params: ParamMap): CatalogQuery {
  const slug = params.get(PARAM.level);
  const level = (Object.keys(LEVEL_SLUGS) as OnlineLevel[]).find((l) => LEVEL_SLUGS[l] === slug) ?? null;
  const page = Number(params.get(PARAM.page));
  return {
    q: (params.get(PARAM.q) ?? '').trim().slice(0, 200),
    agency: params.get(PARAM.agency) || null,
    sector: params.get(PARAM.sector) || null,
    level,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Query params for the router; defaults become null so they leave the URL. */
export function catalogQueryParams(query: CatalogQuery): Params {
  return {
    [PARAM.q]: query.q.trim() || null,
    [PARAM.agency]: query.agency,
    [PARAM.sector]: query.sector,
    [PARAM.level]: query.level ? LEVEL_SLUGS[query.level] : null,
    [PARAM.page]: query.page > 1 ? query.page : null,
  };
}

export function hasFilters(query: CatalogQuery): boolean {
  return query.agency !== null || query.sector !== null || query.level !== null;
}

/** The intake form of a service (built by the dossier feature, behind the login guard). */
export function intakeFormPath(serviceId: string): string {
  return `/ho-so-ca-nhan/ho-so/tao-moi/${serviceId}`;
}

/** The service page. */
export function servicePath(code: string): string[] {
  return ['/dich-vu-cong', code];
}
