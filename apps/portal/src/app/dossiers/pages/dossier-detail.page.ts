import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { DossierDetailDocument, DossierFullFragment } from '@dvc/portal/data-access';
import {
  APPLICANT_KEYS,
  findProvince,
  formatDate,
  formatDateTime,
  GENDER_LABELS,
  Gender,
} from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { catchError, combineLatest, map, of, startWith, switchMap } from 'rxjs';
import { toUiError } from '../../core/apollo/graphql-errors';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PortalTitleStrategy } from '../../core/i18n/page-title.strategy';
import { Crumb, PageHeaderComponent } from '../../core/ui/page-header.component';
import { fieldValueText, fileSize, isoDayText } from '../model/dossier-format';
import { HistoryTimelineComponent } from '../ui/history-timeline.component';
import { DOSSIER_CRUMBS } from '../model/dossier-crumbs';
import { StatusBadgeComponent } from '../ui/status-badge.component';

type Load =
  | { status: 'loading' }
  | { status: 'ready'; dossier: DossierFullFragment }
  | { status: 'missing' }
  | { status: 'error'; message: string };

/** /ho-so-ca-nhan/ho-so/:id — everything submitted, the files, the history and the result. */
@Component({
  selector: 'app-dossier-detail-page',
  imports: [RouterLink, TranslatePipe, StatusBadgeComponent, HistoryTimelineComponent, PageHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dossier-detail.page.html',
  styles: `
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      gap: 0.75rem 1.5rem;
      margin: 0;
    }
    .facts dt {
      color: var(--c-muted);
      font-size: 0.9rem;
    }
    .facts dd {
      margin: 0;
      font-weight: 600;
      word-break: break-word;
    }
    .head__meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 0.75rem;
      align-items: center;
      margin: 0;
      color: var(--c-muted);
    }
    .component-title {
      font-size: 1rem;
      margin: 1rem 0 0.35rem;
    }
    .files {
      padding-left: 1.2rem;
    }
  `,
})
export class DossierDetailPage {
  private readonly apollo = inject(Apollo);
  protected readonly i18n = inject(I18nService);
  readonly id = input.required<string>();
  protected readonly reloads = signal(0);
  protected readonly crumbs: readonly Crumb[] = DOSSIER_CRUMBS;
  private readonly titles = inject(PortalTitleStrategy);

  constructor() {
    // "Chi tiết hồ sơ 000.01.29.G01-261126-0001 | Cổng …" once the code is known.
    effect(() => {
      const code = this.dossier()?.code;
      this.titles.setDetail(code ? `${this.i18n.t('dossiers.detail.title')} ${code}` : null);
    });
  }

  protected readonly state = toSignal(
    combineLatest([toObservable(this.id), toObservable(this.reloads)]).pipe(
      switchMap(([id]) =>
        this.apollo
          .query({ query: DossierDetailDocument, variables: { id }, fetchPolicy: 'network-only' })
          .pipe(
            map((r): Load =>
              r.data?.dossier ? { status: 'ready', dossier: r.data.dossier } : { status: 'missing' },
            ),
            startWith<Load>({ status: 'loading' }),
            catchError((e: unknown) => {
              const error = toUiError(e, this.i18n.lang());
              return of<Load>(
                error.code === 'NOT_FOUND'
                  ? { status: 'missing' }
                  : { status: 'error', message: error.message },
              );
            }),
          ),
      ),
    ),
    { initialValue: { status: 'loading' } as Load },
  );

  protected readonly dossier = computed(() => {
    const s = this.state();
    return s.status === 'ready' ? s.dossier : null;
  });

  protected readonly applicantRows = computed(() => {
    const d = this.dossier();
    if (!d) return [];
    const lang = this.i18n.lang();
    return APPLICANT_KEYS.map((key) => {
      const raw = d.applicant[key];
      let value = raw ?? '';
      if (key === 'dateOfBirth') value = isoDayText(raw);
      if (key === 'gender' && raw) value = GENDER_LABELS[raw as Gender]?.[lang] ?? raw;
      if (key === 'provinceCode' && raw) value = findProvince(raw)?.name ?? raw;
      return { key, label: this.i18n.t(`dossiers.applicant.${key}`), value };
    }).filter((r) => r.value);
  });

  protected readonly formRows = computed(() => {
    const d = this.dossier();
    if (!d) return [];
    return d.service.formFields
      .map((f) => ({
        key: f.key,
        label: f.label,
        value: fieldValueText(f, d.formData[f.key], this.i18n.lang()),
      }))
      .filter((r) => r.value);
  });

  protected readonly componentRows = computed(() => {
    const d = this.dossier();
    if (!d) return [];
    return d.service.components.map((c) => ({ ...c, files: d.files.filter((f) => f.componentId === c.id) }));
  });

  protected date(value: string | null | undefined): string {
    return formatDate(value) || this.i18n.t('dossiers.detail.none');
  }

  protected dateTime(value: string | null | undefined): string {
    return formatDateTime(value) || this.i18n.t('dossiers.detail.none');
  }

  protected size(bytes: number): string {
    return fileSize(bytes, this.i18n.lang());
  }
}
