import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  CatalogFiltersDocument,
  CatalogFiltersQuery,
  ServiceListItemFragment,
  ServicesDocument,
} from '@dvc/portal/data-access';
import { AgencyLevel, OnlineLevel } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { combineLatest, debounceTime, distinctUntilChanged, filter, map, Subject } from 'rxjs';
import { toUiError } from '../core/apollo/graphql-errors';
import { Load, loadState } from '../core/apollo/load-state';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PageHeaderComponent } from '../core/ui/page-header.component';
import { daysLabel, feeLabel } from './catalog-format';
import {
  CatalogQuery,
  catalogQueryParams,
  hasFilters,
  intakeFormPath,
  parseCatalogQuery,
  servicePath,
} from './catalog-query';
import { LevelBadgeComponent } from './level-badge.component';

export const PAGE_SIZE = 20;
const SEARCH_DEBOUNCE_MS = 300;
const LEVELS: readonly AgencyLevel[] = ['MINISTRY', 'PROVINCE', 'COMMUNE'];

type Lookups = CatalogFiltersQuery;
type Page = { totalCount: number; page: number; pageSize: number; items: ServiceListItemFragment[] };

/**
 * Dịch vụ công trực tuyến: instant search (debounced), filters by agency, sector and level, and a
 * paginated list. Everything the user chooses lives in the URL query (see catalog-query.ts).
 */
@Component({
  selector: 'app-service-list-page',
  imports: [RouterLink, TranslatePipe, LevelBadgeComponent, PageHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './service-list.page.html',
  styleUrl: './service-list.page.scss',
})
export class ServiceListPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);
  protected readonly i18n = inject(I18nService);

  protected readonly levels: readonly OnlineLevel[] = ['FULL', 'PARTIAL'];
  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(parseCatalogQuery)), {
    requireSync: true,
  });
  /** What is in the search box; it reaches the URL (and the API) after a short pause. */
  protected readonly searchText = signal(this.query().q);
  private readonly typed = new Subject<string>();
  private readonly retry = signal(0);

  protected readonly lookups = loadState(
    toObservable(this.retry),
    () =>
      this.apollo
        .query({ query: CatalogFiltersDocument, fetchPolicy: 'cache-first' })
        .pipe(map((r) => r.data as Lookups)),
    (e) => this.errorText(e),
  );

  /** Agencies grouped by level for the <optgroup>s. */
  protected readonly agencyGroups = computed(() => {
    const l = this.lookups();
    if (l.status !== 'ready') return [];
    return LEVELS.map((level) => ({
      level,
      agencies: l.data.agencies.filter((a) => a.level === level),
    })).filter((g) => g.agencies.length > 0);
  });

  /**
   * A page of results. The URL names an agency or a sector by code: then the page waits for the
   * filters' ids; without one (the usual first visit) both queries go out at once.
   */
  private readonly pageLoad = loadState(
    combineLatest([
      this.route.queryParamMap.pipe(map(parseCatalogQuery)),
      toObservable(this.lookups),
      toObservable(this.retry),
    ]).pipe(
      filter(([query, lookups]) => lookups.status === 'ready' || (!query.agency && !query.sector)),
      map(([query, lookups, retry]) => {
        const { agencies, sectors } =
          lookups.status === 'ready' ? lookups.data : { agencies: [], sectors: [] };
        const agencyId = agencies.find((a) => a.code === query.agency)?.id ?? null;
        const sectorId = sectors.find((s) => s.code === query.sector)?.id ?? null;
        return { retry, search: query.q || null, agencyId, sectorId, level: query.level, page: query.page };
      }),
      // The filters arriving after the page changes nothing: no second request.
      distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
    ),
    ({ search, agencyId, sectorId, level, page }) => {
      return this.apollo
        .query({
          query: ServicesDocument,
          // Read once and shown: no normalising into the cache and reading it back (first render's cost).
          fetchPolicy: 'no-cache',
          variables: {
            filter: { search, agencyId, sectorId, onlineLevel: level },
            page,
            pageSize: PAGE_SIZE,
          },
        })
        .pipe(
          map((r) => {
            if (!r.data) throw new Error('empty answer');
            return r.data.services;
          }),
        );
    },
    (e) => this.errorText(e),
  );
  /** The filters' failure first (the page may need them), then the page's state. */
  protected readonly results = computed((): Load<Page> => {
    const lookups = this.lookups();
    return lookups.status === 'error' ? lookups : this.pageLoad();
  });

  /** The last page received, kept on screen (dimmed) while the next one loads. */
  protected readonly shown = signal<Page | null>(null);
  protected readonly loading = computed(() => this.results().status === 'loading');
  protected readonly pages = computed(() => {
    const page = this.shown();
    return page ? Math.max(1, Math.ceil(page.totalCount / page.pageSize)) : 1;
  });
  protected readonly filtered = computed(() => hasFilters(this.query()));

  constructor() {
    effect(() => {
      const r = this.results();
      if (r.status === 'ready') this.shown.set(r.data);
    });
    // Back/forward or a link changed the URL: the box follows, unless it already says the same.
    effect(() => {
      const q = this.query().q;
      if (this.searchText().trim() !== q) this.searchText.set(q);
    });
    this.typed
      .pipe(
        map((text) => text.trim()),
        debounceTime(SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        // A search typed just before leaving must not pull the citizen back to the list.
        takeUntilDestroyed(),
      )
      .subscribe((q) => {
        // Typing replaces the history entry; filters and pages add one, so Back steps through them.
        if (q !== this.query().q) this.navigate({ q, page: 1 }, true);
      });
  }

  protected onType(text: string): void {
    this.searchText.set(text);
    this.typed.next(text);
  }

  protected submitSearch(): void {
    const q = this.searchText().trim();
    if (q !== this.query().q) this.navigate({ q, page: 1 }, false);
  }

  protected clearSearch(): void {
    this.searchText.set('');
    this.navigate({ q: '', page: 1 }, false);
  }

  protected setAgency(code: string): void {
    this.navigate({ agency: code || null, page: 1 });
  }

  protected setSector(code: string): void {
    this.navigate({ sector: code || null, page: 1 });
  }

  protected setLevel(level: string): void {
    this.navigate({
      level: (this.levels as readonly string[]).includes(level) ? (level as OnlineLevel) : null,
      page: 1,
    });
  }

  protected clearFilters(): void {
    this.navigate({ agency: null, sector: null, level: null, page: 1 });
  }

  protected goToPage(page: number): void {
    this.navigate({ page });
    this.document.getElementById('service-results')?.focus();
  }

  protected reload(): void {
    this.retry.update((n) => n + 1);
  }

  protected days(days: number): string {
    return daysLabel(this.i18n, days);
  }

  protected fee(item: ServiceListItemFragment): string {
    return feeLabel(this.i18n, item.feeAmount, item.feeText);
  }

  protected readonly intakeFormPath = intakeFormPath;
  protected readonly servicePath = servicePath;

  private navigate(change: Partial<CatalogQuery>, replaceUrl = false): void {
    const next = { ...this.query(), ...change };
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: catalogQueryParams(next),
      replaceUrl,
    });
  }

  private errorText(error: unknown): string {
    return toUiError(error, this.i18n.lang()).message;
  }
}
