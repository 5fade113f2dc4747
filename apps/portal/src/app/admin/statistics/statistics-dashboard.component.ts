import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import {
  AgencyStatisticsDocument,
  PublicStatisticsDocument,
  StatisticsFiguresFragment,
} from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import { filter, map, Observable, throwError } from 'rxjs';
import { toUiError } from '../../core/apollo/graphql-errors';
import { defined, loadedData, loadState } from '../../core/apollo/load-state';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { bars, defaultPeriod, FIGURE_KEYS, periodVariables, StatisticsRow, toCsv } from './statistics-report';

interface Report {
  totals: StatisticsFiguresFragment;
  agencies: {
    agencyName: string;
    figures: StatisticsFiguresFragment;
    procedures: { procedureCode: string; procedureName: string; figures: StatisticsFiguresFragment }[];
  }[];
}

interface Table {
  rows: StatisticsRow[];
  total: StatisticsRow;
}

/** A period the API would refuse is not sent. */
const INVALID_PERIOD = new Error('invalid period');

/**
 * The statistics dashboard: a date range, a bar chart per agency (on time against late, plain SVG
 * with a text alternative) and a table with the same figures, exportable as CSV. `mode` 'staff'
 * (admins: every agency with its procedures; officers: their own agency's procedures) or 'public'
 * (per agency, /thong-ke). Shared by /quan-tri, /can-bo/thong-ke and /thong-ke.
 */
@Component({
  selector: 'app-statistics-dashboard',
  imports: [DecimalPipe, PercentPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './statistics-dashboard.component.html',
  styleUrl: './statistics-dashboard.component.scss',
})
export class StatisticsDashboardComponent {
  readonly mode = input<'staff' | 'public'>('staff');
  /** Staff: list procedures instead of agencies (an officer's single agency). */
  readonly byProcedure = input(false);

  private readonly apollo = inject(Apollo);
  protected readonly i18n = inject(I18nService);
  protected readonly keys = FIGURE_KEYS;
  protected readonly from = signal(defaultPeriod().from);
  protected readonly to = signal(defaultPeriod().to);
  private readonly applied = signal(defaultPeriod());

  protected readonly state = loadState(
    toObservable(this.applied),
    (p) => this.load(p.from, p.to),
    (e) =>
      e === INVALID_PERIOD
        ? this.i18n.t('admin.statistics.invalidPeriod')
        : toUiError(e, this.i18n.lang()).message,
  );
  protected readonly table = computed(() => loadedData(this.state()));
  protected readonly rows = computed(() => this.table()?.rows ?? []);
  protected readonly bars = computed(() => bars(this.rows()));
  protected readonly chartHeight = computed(() => Math.max(1, this.bars().length) * 28 + 8);
  protected readonly invalid = signal(false);

  protected apply(event: Event): void {
    event.preventDefault();
    const ok = !!periodVariables(this.from(), this.to());
    this.invalid.set(!ok);
    if (ok) this.applied.set({ from: this.from(), to: this.to() });
  }

  protected exportCsv(): void {
    const s = this.table();
    if (!s) return;
    const headers = [
      this.i18n.t(this.firstHeader()),
      ...FIGURE_KEYS.map((k) => this.i18n.t(`admin.statistics.figures.${k}`)),
    ];
    const csv = toCsv(headers, [...s.rows, s.total]);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `thong-ke-${this.applied().from}-${this.applied().to}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  }

  protected firstHeader(): string {
    return this.byProcedure() ? 'admin.statistics.procedure' : 'admin.statistics.agency';
  }

  private load(fromDay: string, toDay: string): Observable<Table> {
    const variables = periodVariables(fromDay, toDay);
    if (!variables) return throwError(() => INVALID_PERIOD);
    const totalName = this.i18n.t('admin.statistics.total');
    // One shape for both answers: the public one has no procedures.
    const report$: Observable<Report | undefined> =
      this.mode() === 'public'
        ? this.apollo.query({ query: PublicStatisticsDocument, variables, fetchPolicy: 'network-only' }).pipe(
            map((r) => r.data?.publicStatistics),
            map(
              (x) => x && { totals: x.totals, agencies: x.agencies.map((a) => ({ ...a, procedures: [] })) },
            ),
          )
        : this.apollo
            .query({
              query: AgencyStatisticsDocument,
              variables: { ...variables, agencyId: null },
              fetchPolicy: 'network-only',
            })
            .pipe(map((r) => r.data?.agencyStatistics));
    return report$.pipe(
      filter(defined),
      map((report): Table => {
        const rows: StatisticsRow[] = this.byProcedure()
          ? report.agencies.flatMap((a) =>
              a.procedures.map((p) => ({
                name: `${p.procedureCode} — ${p.procedureName}`,
                figures: p.figures,
              })),
            )
          : report.agencies.map((a) => ({ name: a.agencyName, figures: a.figures }));
        return { rows, total: { name: totalName, figures: report.totals } };
      }),
    );
  }
}
