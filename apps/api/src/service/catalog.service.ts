import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AgencyLevel,
  CATALOG_DEFAULT_PAGE_SIZE,
  CATALOG_MAX_PAGE_SIZE,
  ErrorCode,
  searchTerms,
} from '@dvc/shared/domain';
import { Brackets, Repository, SelectQueryBuilder } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { CatalogCache } from './catalog-cache.service';
import { ServiceFilterInput } from './dto/service-filter.input';
import { ServicePage } from './dto/service-page.model';
import { AgencyEntity } from './entities/agency.entity';
import { SectorEntity } from './entities/sector.entity';
import { ServiceProcedureEntity } from './entities/service-procedure.entity';

const LEVEL_ORDER: Record<AgencyLevel, number> = { MINISTRY: 0, PROVINCE: 1, COMMUNE: 2 };
const MAX_SEARCH_LENGTH = 200;

export interface SearchRequest {
  filter?: ServiceFilterInput | null;
  page?: number | null;
  pageSize?: number | null;
}

/**
 * The public side of the catalog: search and paging of active procedures, lookup by code, agencies
 * and sectors with their counts (one procedure by id: CatalogReader.getProcedure). Search runs on
 * the folded columns the application fills (see search-text.ts), one LIKE per word and column, so it
 * behaves identically on MySQL and SQLite.
 */
@Injectable()
export class CatalogService {
  constructor(
    @InjectRepository(ServiceProcedureEntity) private readonly procedures: Repository<ServiceProcedureEntity>,
    @InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>,
    @InjectRepository(SectorEntity) private readonly sectors: Repository<SectorEntity>,
    private readonly cache: CatalogCache,
  ) {}

  /** One page of procedures. `pageSize` is clamped to 1…100; the answer says what was used. */
  async search({ filter, page, pageSize }: SearchRequest): Promise<ServicePage> {
    const size = Math.min(pageSize ?? CATALOG_DEFAULT_PAGE_SIZE, CATALOG_MAX_PAGE_SIZE);
    const pageNo = page ?? 1;
    const bad: Record<string, string> = {};
    if (!Number.isInteger(pageNo) || pageNo < 1) bad['page'] = 'Số trang phải từ 1 trở lên.';
    if (!Number.isInteger(size) || size < 1) bad['pageSize'] = 'Số mục mỗi trang phải từ 1 đến 100.';
    if ((filter?.search ?? '').length > MAX_SEARCH_LENGTH) {
      bad['filter.search'] = `Từ khóa không được quá ${MAX_SEARCH_LENGTH} ký tự.`;
    }
    if (Object.keys(bad).length > 0) throw DomainError.validation(bad);
    // The public search (anonymous or not) is the same for everyone: answered from the cache.
    if (filter?.includeInactive) return this.query(filter, pageNo, size);
    const key = JSON.stringify([
      searchTerms(filter?.search),
      filter?.agencyId,
      filter?.sectorId,
      filter?.onlineLevel,
    ]);
    return this.cache.get(`search:${key}:${pageNo}:${size}`, () => this.query(filter, pageNo, size));
  }

  private async query(
    filter: ServiceFilterInput | null | undefined,
    pageNo: number,
    size: number,
  ): Promise<ServicePage> {
    const qb = this.procedures.createQueryBuilder('p');
    if (!filter?.includeInactive) qb.andWhere('p.active = :active', { active: true });
    if (filter?.agencyId) qb.andWhere('p.agency_id = :agencyId', { agencyId: filter.agencyId });
    if (filter?.sectorId) qb.andWhere('p.sector_id = :sectorId', { sectorId: filter.sectorId });
    if (filter?.onlineLevel)
      qb.andWhere('p.online_level = :onlineLevel', { onlineLevel: filter.onlineLevel });
    const terms = searchTerms(filter?.search);
    this.applySearch(qb, terms);

    const totalCount = await qb.getCount();
    if (terms.length > 0) qb.orderBy('name_rank', 'DESC').addOrderBy('p.popularity', 'DESC');
    else qb.orderBy('p.popularity', 'DESC');
    const items = await qb
      .addOrderBy('p.code', 'ASC')
      .offset((pageNo - 1) * size)
      .limit(size)
      .getMany();
    return { items, totalCount, page: pageNo, pageSize: size };
  }

  /**
   * Every word must start a word of the name (with the code) or of the description, in any order.
   * Matching the start of words keeps short syllables precise: "an" finds "an toàn" but not "bản".
   * Procedures whose name holds more of the words rank first.
   */
  private applySearch(qb: SelectQueryBuilder<ServiceProcedureEntity>, terms: string[]): void {
    if (terms.length === 0) return;
    const rank: string[] = [];
    terms.forEach((term, i) => {
      const starts = `t${i}s`;
      const inside = `t${i}i`;
      qb.setParameter(starts, `${term}%`).setParameter(inside, `% ${term}%`);
      const inName = `(p.search_name LIKE :${starts} OR p.search_name LIKE :${inside})`;
      const inText = `(p.search_text LIKE :${starts} OR p.search_text LIKE :${inside})`;
      qb.andWhere(new Brackets((w) => w.where(inName).orWhere(inText)));
      rank.push(`CASE WHEN ${inName} THEN 1 ELSE 0 END`);
    });
    qb.addSelect(`(${rank.join(' + ')})`, 'name_rank');
  }

  async findByCode(code: string, includeInactive = false): Promise<ServiceProcedureEntity | null> {
    const p = await this.cache.get(`code:${code.trim()}`, () =>
      this.procedures.findOneBy({ code: code.trim() }),
    );
    return p && (p.active || includeInactive) ? p : null;
  }

  /** Active agencies: ministries first, then provinces, then communes; by name within a level. */
  async listAgencies(level?: AgencyLevel | null): Promise<AgencyEntity[]> {
    const rows = await this.agencies.findBy({ active: true, ...(level ? { level } : {}) });
    return rows.sort(
      (a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.name.localeCompare(b.name, 'vi'),
    );
  }

  /** Active sectors by name (Vietnamese order, the same on every database). */
  async listSectors(): Promise<SectorEntity[]> {
    const rows = await this.sectors.findBy({ active: true });
    return rows.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }

  /** Number of active procedures per sector or agency id, in the order of `ids` (one query). */
  async countActiveBy(column: 'sector_id' | 'agency_id', ids: readonly string[]): Promise<number[]> {
    if (ids.length === 0) return [];
    const rows = await this.procedures
      .createQueryBuilder('p')
      .select(`p.${column}`, 'ownerId')
      .addSelect('COUNT(*)', 'total')
      .where('p.active = :active', { active: true })
      .andWhere(`p.${column} IN (:...ids)`, { ids: [...new Set(ids)] })
      .groupBy(`p.${column}`)
      .getRawMany<{ ownerId: string; total: string | number }>();
    const counts = new Map(rows.map((r) => [r.ownerId, Number(r.total)]));
    return ids.map((id) => counts.get(id) ?? 0);
  }

  /** Refuses the admin-only filter to everyone else. */
  assertMayIncludeInactive(
    filter: Pick<ServiceFilterInput, 'includeInactive'> | null | undefined,
    isAdmin: boolean,
  ): void {
    if (filter?.includeInactive && !isAdmin) throw new DomainError(ErrorCode.FORBIDDEN);
  }
}
