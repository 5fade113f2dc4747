import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { DossierTrackingDocument } from '@dvc/portal/data-access';
import { formatDate, formatDateTime } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { combineLatest, map, switchMap } from 'rxjs';
import { toUiError } from '../../core/apollo/graphql-errors';
import { loadedData, loadState } from '../../core/apollo/load-state';
import { I18nService } from '../../core/i18n/i18n.service';
import { PortalTitleStrategy } from '../../core/i18n/page-title.strategy';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { LoadStatusComponent } from '../../core/ui/load-status.component';
import { Crumb, PageHeaderComponent } from '../../core/ui/page-header.component';
import { NotificationsStore } from '../../notifications/notifications.store';
import { DOSSIER_CRUMBS } from '../model/dossier-crumbs';
import { fileSize } from '../model/dossier-format';
import { DossierFactsComponent } from '../ui/dossier-facts.component';
import { DossierRatingComponent } from '../ui/dossier-rating.component';
import { SubmittedFilesComponent } from '../ui/submitted-files.component';
import { HistoryCardComponent } from '../ui/history-card.component';
import { StatusBadgeComponent } from '../../core/ui/status-badge.component';
import { SupplementCommentsComponent } from '../ui/supplement-comments.component';
import { applicantRows, componentRows, formRows, supplementComments } from './dossier-detail.view';

/**
 * /ho-so-ca-nhan/ho-so/:id — everything submitted, the files, the history, what the agency asked
 * for (supplement) or decided (result, rejection) and the rating. It reloads by itself when a
 * notification about this dossier arrives.
 */
@Component({
  selector: 'app-dossier-detail-page',
  imports: [
    RouterLink,
    TranslatePipe,
    StatusBadgeComponent,
    HistoryCardComponent,
    PageHeaderComponent,
    SupplementCommentsComponent,
    DossierRatingComponent,
    DossierFactsComponent,
    SubmittedFilesComponent,
    LoadStatusComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dossier-detail.page.html',
  styleUrl: './dossier-detail.page.scss',
})
export class DossierDetailPage {
  private readonly apollo = inject(Apollo);
  private readonly document = inject(DOCUMENT);
  private readonly route = inject(ActivatedRoute);
  protected readonly i18n = inject(I18nService);
  readonly id = input.required<string>();
  protected readonly reloads = signal(0);
  protected readonly crumbs: readonly Crumb[] = DOSSIER_CRUMBS;
  private readonly titles = inject(PortalTitleStrategy);
  /** Set when a live notification reloaded the page: announced to screen readers. */
  protected readonly liveNote = signal('');
  private scrolledToResult = false;

  constructor() {
    // "Chi tiết hồ sơ 000.01.29.G01-261126-0001 | Cổng …" once the code is known.
    effect(() => {
      const code = this.dossier()?.code;
      this.titles.setDetail(code ? `${this.i18n.t('dossiers.detail.title')} ${code}` : null);
    });
    // Live: the officer acted on this dossier, so show its new status and history without a reload.
    const store = inject(NotificationsStore);
    toObservable(this.id)
      .pipe(
        switchMap((id) => store.forDossier(id)),
        takeUntilDestroyed(),
      )
      .subscribe((n) => {
        this.liveNote.set(this.i18n.t('dossiers.followUp.liveUpdated', { title: n.title }));
        this.reloads.update((x) => x + 1);
      });
    // Xem kết quả (…#ket-qua): bring the result into view once it is on the page.
    effect(() => {
      if (!this.dossier()?.result || this.scrolledToResult || this.route.snapshot.fragment !== 'ket-qua')
        return;
      this.scrolledToResult = true;
      setTimeout(() => this.jump('ket-qua'));
    });
  }

  /** Quá trình XL / Xem kết quả: move to that section (focus follows, so screen readers go there too). */
  protected jump(sectionId: string): void {
    const section = this.document.getElementById(sectionId);
    section?.scrollIntoView({ block: 'start' });
    section?.focus({ preventScroll: true });
  }

  protected readonly state = loadState(
    combineLatest([toObservable(this.id), toObservable(this.reloads)]),
    ([id]) =>
      this.apollo
        .query({ query: DossierTrackingDocument, variables: { id }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.dossier)),
    (e) => toUiError(e, this.i18n.lang()).message,
    // A live reload keeps the page on screen instead of a spinner.
    { missing: true, keepData: ([, reload]) => reload > 0 },
  );

  protected readonly dossier = computed(() => loadedData(this.state()));

  protected readonly applicantRows = computed(() => {
    const d = this.dossier();
    return d ? applicantRows(d, this.i18n) : [];
  });
  protected readonly formRows = computed(() => {
    const d = this.dossier();
    const comments = this.comments().byField;
    return d ? formRows(d, this.i18n.lang(), (key) => comments.has(key)) : [];
  });
  protected readonly componentRows = computed(() => {
    const d = this.dossier();
    return d ? componentRows(d) : [];
  });
  /** The open request's comments, by component id and by field key (shown beside each). */
  protected readonly comments = computed(() => supplementComments(this.dossier()?.supplementRequest));
  protected readonly supplementing = computed(() => this.dossier()?.status === 'SUPPLEMENT_REQUESTED');
  protected readonly canRate = computed(() => {
    const status = this.dossier()?.status;
    return status === 'COMPLETED' || status === 'REJECTED';
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
