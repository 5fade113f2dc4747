import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { OfficerDossierDocument } from '@dvc/portal/data-access';
import { formatDate, formatDateTime } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { combineLatest, map } from 'rxjs';
import { toUiError } from '../../core/apollo/graphql-errors';
import { loadedData, loadState } from '../../core/apollo/load-state';
import { I18nService } from '../../core/i18n/i18n.service';
import { PortalTitleStrategy } from '../../core/i18n/page-title.strategy';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { LoadStatusComponent } from '../../core/ui/load-status.component';
import { Crumb, PageHeaderComponent } from '../../core/ui/page-header.component';
import { applicantRows, componentRows, formRows } from '../../dossiers/pages/dossier-detail.view';
import { DossierFactsComponent } from '../../dossiers/ui/dossier-facts.component';
import { HistoryCardComponent } from '../../dossiers/ui/history-card.component';
import { SubmittedFilesComponent } from '../../dossiers/ui/submitted-files.component';
import { StatusBadgeComponent } from '../../core/ui/status-badge.component';
import { isOfficerAction, OFFICER_ACTIONS, OfficerAction } from '../model/officer-actions';
import { ReviewedDossier } from '../model/result-upload.service';
import { ActionDialogComponent } from '../ui/action-dialog.component';
import { FilePreviewComponent } from '../ui/file-preview.component';

/** /can-bo/:id — what the citizen sent, the files with previews, the history and the actions allowed now. */
@Component({
  selector: 'app-officer-review-page',
  imports: [
    TranslatePipe,
    PageHeaderComponent,
    StatusBadgeComponent,
    HistoryCardComponent,
    FilePreviewComponent,
    ActionDialogComponent,
    DossierFactsComponent,
    SubmittedFilesComponent,
    LoadStatusComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './officer-review.page.html',
  styleUrl: './officer-review.page.scss',
})
export class OfficerReviewPage {
  private readonly apollo = inject(Apollo);
  private readonly titles = inject(PortalTitleStrategy);
  protected readonly i18n = inject(I18nService);
  readonly id = input.required<string>();
  protected readonly reloads = signal(0);
  protected readonly crumbs: readonly Crumb[] = [{ key: 'officer.queue.title', link: '/can-bo' }];
  /** The dialog open now, if any. */
  protected readonly acting = signal<OfficerAction | null>(null);
  /** After an action: what happened (success) or why nothing did (conflict). */
  protected readonly flash = signal<{ kind: 'success' | 'warning'; text: string } | null>(null);
  /** A dossier returned by an action, shown until the next load. */
  private readonly updated = signal<ReviewedDossier | null>(null);

  protected readonly state = loadState(
    combineLatest([toObservable(this.id), toObservable(this.reloads)]),
    ([id]) =>
      this.apollo
        .query({ query: OfficerDossierDocument, variables: { id }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.dossier)),
    (e) => toUiError(e, this.i18n.lang()).message,
    { missing: true },
  );

  protected readonly dossier = computed(() => {
    const loaded = loadedData(this.state());
    const updated = this.updated();
    return updated && loaded && updated.id === loaded.id && updated.version >= loaded.version
      ? updated
      : loaded;
  });

  protected readonly actions = computed(() =>
    OFFICER_ACTIONS.filter((a) => this.dossier()?.availableActions.includes(a)),
  );
  protected readonly applicant = computed(() => {
    const d = this.dossier();
    return d ? applicantRows(d, this.i18n) : [];
  });
  protected readonly formValues = computed(() => {
    const d = this.dossier();
    return d ? formRows(d, this.i18n.lang()) : [];
  });
  protected readonly components = computed(() => {
    const d = this.dossier();
    return d ? componentRows(d) : [];
  });

  constructor() {
    effect(() => {
      const code = this.dossier()?.code;
      this.titles.setDetail(code ? `${this.i18n.t('officer.review.title')} ${code}` : null);
    });
  }

  protected open(action: string): void {
    if (isOfficerAction(action)) {
      this.flash.set(null);
      this.acting.set(action);
    }
  }

  protected succeeded(dossier: ReviewedDossier): void {
    const action = this.acting();
    this.updated.set(dossier);
    this.acting.set(null);
    this.flash.set({ kind: 'success', text: this.i18n.t(`officer.done.${action}`) });
  }

  /** Someone else acted first, or the action is no longer allowed: say so and show the dossier as it is now. */
  protected conflicted(message: string): void {
    this.acting.set(null);
    this.updated.set(null);
    this.flash.set({ kind: 'warning', text: message });
    this.reloads.update((n) => n + 1);
  }

  protected date(value: string | null | undefined): string {
    return formatDate(value) || '—';
  }

  protected dateTime(value: string | null | undefined): string {
    return formatDateTime(value) || '—';
  }
}
