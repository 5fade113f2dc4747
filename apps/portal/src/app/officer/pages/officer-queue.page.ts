import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AgencyDossiersDocument, AgencyDossiersQuery, AgencyServicesDocument } from '@dvc/portal/data-access';
import { formatDate } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { catchError, combineLatest, filter, map, of, switchMap } from 'rxjs';
import { toUiError } from '../../core/apollo/graphql-errors';
import { defined, loadedData, loadState } from '../../core/apollo/load-state';
import { AuthStore } from '../../core/auth/auth.store';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PageHeaderComponent } from '../../core/ui/page-header.component';
import { StatusBadgeComponent, statusLabel } from '../../core/ui/status-badge.component';
import {
  filterFromParams,
  filterToParams,
  invalidDay,
  QueueFilter,
  queueVariables,
  statusTabs,
} from '../model/queue-filter';

type Page = AgencyDossiersQuery['agencyDossiers'];

/** /can-bo — the officer's queue: status tabs with counts, filters, overdue rows, paging. */
@Component({
  selector: 'app-officer-queue-page',
  imports: [RouterLink, TranslatePipe, PageHeaderComponent, StatusBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './officer-queue.page.html',
  styleUrl: './officer-queue.page.scss',
})
export class OfficerQueuePage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly auth = inject(AuthStore);
  protected readonly i18n = inject(I18nService);
  protected readonly reloads = signal(0);

  protected readonly filter = toSignal(
    this.route.queryParams.pipe(map((p) => filterFromParams(p as Record<string, string>))),
    { requireSync: true },
  );

  /** The filter form's fields; applied to the address on submit. */
  protected readonly search = signal('');
  protected readonly serviceId = signal('');
  protected readonly overdue = signal(false);
  protected readonly from = signal('');
  protected readonly to = signal('');
  /** Sent from / to (dd/MM/yyyy), drawn by one loop. */
  protected readonly dateInputs = [
    { key: 'from', label: 'officer.queue.from', value: this.from },
    { key: 'to', label: 'officer.queue.to', value: this.to },
  ] as const;
  protected readonly dateErrors = computed(() => ({
    from: invalidDay(this.from()),
    to: invalidDay(this.to()),
  }));

  constructor() {
    effect(() => {
      const f = this.filter();
      this.search.set(f.search);
      this.serviceId.set(f.serviceId ?? '');
      this.overdue.set(f.overdue);
      this.from.set(f.from);
      this.to.set(f.to);
    });
    effect(() => {
      const p = this.page();
      if (p) this.lastPage.set(p);
    });
  }

  protected readonly state = loadState(
    combineLatest([toObservable(this.filter), toObservable(this.reloads)]),
    ([f]) =>
      this.apollo
        .query({ query: AgencyDossiersDocument, variables: queueVariables(f), fetchPolicy: 'network-only' })
        .pipe(
          map((r) => r.data?.agencyDossiers),
          filter(defined),
        ),
    (e) => toUiError(e, this.i18n.lang()).message,
  );

  /** The last page shown stays while the next one loads (the tabs keep their counts). */
  private readonly lastPage = signal<Page | null>(null);
  protected readonly page = computed(() => loadedData(this.state()));
  protected readonly tabs = computed(() =>
    statusTabs((this.page() ?? this.lastPage())?.countsByStatus ?? []),
  );
  protected readonly pageCount = computed(() => {
    const p = this.page();
    return p ? Math.max(1, Math.ceil(p.totalCount / p.pageSize)) : 1;
  });

  protected readonly services = toSignal(
    toObservable(computed(() => this.auth.user()?.agencyId ?? null)).pipe(
      switchMap((agencyId) =>
        agencyId
          ? this.apollo.query({ query: AgencyServicesDocument, variables: { agencyId } }).pipe(
              map((r) => r.data?.services.items ?? []),
              catchError(() => of([])),
            )
          : of([]),
      ),
    ),
    { initialValue: [] },
  );

  protected tabLabel(status: string | null): string {
    return status ? statusLabel(status, this.i18n.lang()) : this.i18n.t('officer.queue.all');
  }

  protected tabParams(status: string | null): Record<string, string | null> {
    return filterToParams({ ...this.filter(), status, page: 1 });
  }

  protected applyFilters(event: Event): void {
    event.preventDefault();
    if (this.dateErrors().from || this.dateErrors().to) return;
    this.go({
      ...this.filter(),
      search: this.search().trim(),
      serviceId: this.serviceId() || null,
      overdue: this.overdue(),
      from: this.from().trim(),
      to: this.to().trim(),
      page: 1,
    });
  }

  protected clearFilters(): void {
    this.go({
      status: this.filter().status,
      overdue: false,
      search: '',
      serviceId: null,
      from: '',
      to: '',
      page: 1,
    });
  }

  protected goTo(page: number): void {
    this.go({ ...this.filter(), page });
  }

  protected hasFilters(): boolean {
    const f = this.filter();
    return !!(f.search || f.serviceId || f.overdue || f.from || f.to);
  }

  protected date(value: string | null | undefined): string {
    return formatDate(value) || '—';
  }

  private go(filter: QueueFilter): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: filterToParams(filter) });
  }
}
