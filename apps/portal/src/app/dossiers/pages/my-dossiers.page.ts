import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  DeleteDossierDocument,
  DossierDetailDocument,
  DossierHistoryDocument,
  DossierListItemFragment,
  MyDossiersDocument,
  ProcessingStepFieldsFragment,
  SubmitDossierDocument,
} from '@dvc/portal/data-access';
import { formatDateTime } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { combineLatest, firstValueFrom, map } from 'rxjs';
import { toUiError } from '../../core/apollo/graphql-errors';
import { loadState } from '../../core/apollo/load-state';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { Crumb, PageHeaderComponent } from '../../core/ui/page-header.component';
import { completenessOf, MissingItem, missingItems } from '../model/missing-items';
import { DialogComponent } from '../../core/ui/dialog.component';
import { HistoryTimelineComponent } from '../ui/history-timeline.component';
import { StatusBadgeComponent } from '../../core/ui/status-badge.component';

/** What the history dialog and the "just sent" note need of a dossier. */
type DossierRef = Pick<DossierListItemFragment, 'id' | 'code'>;
type Dialog =
  | { kind: 'delete'; row: DossierListItemFragment; busy?: boolean; error?: string }
  | {
      kind: 'submit';
      row: DossierListItemFragment;
      /** Completeness is checked (shared rule) before the citizen is asked to confirm. */
      phase: 'checking' | 'confirm' | 'missing';
      busy?: boolean;
      error?: string;
      missing?: MissingItem[];
    }
  | { kind: 'history'; row: DossierRef; steps: ProcessingStepFieldsFragment[] | null; error?: string };

export const PAGE_SIZE = 10;
const SENT_TAB = 'da-gui';

/**
 * Hồ sơ đã đăng ký (/ho-so-ca-nhan/ho-so): drafts ("Đang thực hiện (chưa gửi)") and sent dossiers
 * ("Đã gửi"), with search, paging and the actions of the Thao tác column.
 */
@Component({
  selector: 'app-my-dossiers-page',
  imports: [
    RouterLink,
    TranslatePipe,
    StatusBadgeComponent,
    DialogComponent,
    HistoryTimelineComponent,
    PageHeaderComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-dossiers.page.html',
  styleUrl: './my-dossiers.page.scss',
})
export class MyDossiersPage {
  private readonly apollo = inject(Apollo);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  private readonly t = (key: string, params?: Record<string, string | number>) => this.i18n.t(key, params);
  protected readonly reloads = signal(0);
  protected readonly crumbs: Crumb[] = [{ key: 'core.auth.profile', link: '/ho-so-ca-nhan' }];

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly sent = computed(() => this.params().get('tab') === SENT_TAB);
  protected readonly query = computed(() => this.params().get('q') ?? '');
  protected readonly pageNo = computed(() => Math.max(1, Number(this.params().get('trang')) || 1));
  protected searchText = '';

  protected readonly flash = signal<string | null>(null);
  /** The dossier just sent: highlighted in Đã gửi, with a way to its Quá trình XL from the note. */
  protected readonly sentNow = signal<DossierRef | null>(null);
  protected readonly dialog = signal<Dialog | null>(null);

  protected readonly state = loadState(
    combineLatest([toObservable(this.params), toObservable(this.reloads)]),
    () =>
      this.apollo
        .query({
          query: MyDossiersDocument,
          variables: {
            filter: { group: this.sent() ? 'SENT' : 'DRAFTS', search: this.query() || null },
            page: this.pageNo(),
            pageSize: PAGE_SIZE,
          },
          fetchPolicy: 'network-only',
        })
        .pipe(
          map((r) => {
            if (!r.data) throw new Error('empty answer');
            return r.data.myDossiers;
          }),
        ),
    (e) => toUiError(e, this.i18n.lang()).message,
  );

  protected readonly page = computed(() => {
    const s = this.state();
    return s.status === 'ready' ? s.data : null;
  });

  constructor() {
    this.searchText = this.query();
    this.fromNavigation();
  }

  protected date(value: string | null | undefined): string {
    return formatDateTime(value);
  }

  /** Words after a button's visible text, for screen readers: which dossier it acts on. */
  protected rowName(row: DossierListItemFragment): string {
    return row.code ?? `${row.service.name} (${formatDateTime(row.createdAt)})`;
  }

  protected tabLink(sent: boolean) {
    return { tab: sent ? SENT_TAB : null, q: null, trang: null };
  }

  protected search(event: Event): void {
    event.preventDefault();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { q: this.searchText.trim() || null, trang: null },
      queryParamsHandling: 'merge',
    });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { trang: page > 1 ? page : null },
      queryParamsHandling: 'merge',
    });
  }

  protected can(row: DossierListItemFragment, action: string): boolean {
    return row.availableActions.includes(action as never);
  }

  protected openDelete(row: DossierListItemFragment): void {
    this.dialog.set({ kind: 'delete', row });
  }

  /** Gửi: checks the dossier with the shared completeness rule first; asks to confirm only when it can go. */
  protected async openSubmit(row: DossierListItemFragment): Promise<void> {
    this.dialog.set({ kind: 'submit', row, phase: 'checking' });
    try {
      const res = await firstValueFrom(
        this.apollo.query({
          query: DossierDetailDocument,
          variables: { id: row.id },
          fetchPolicy: 'network-only',
        }),
      );
      const dossier = res.data?.dossier;
      if (!dossier) throw new Error('dossier answered nothing');
      const check = completenessOf(dossier);
      if (this.dialog()?.row !== row) return; // closed meanwhile
      this.dialog.set(
        check.complete
          ? { kind: 'submit', row, phase: 'confirm' }
          : { kind: 'submit', row, phase: 'missing', missing: missingItems(check, dossier.service, this.t) },
      );
    } catch (e) {
      this.dialog.set({
        kind: 'submit',
        row,
        phase: 'confirm',
        error: toUiError(e, this.i18n.lang()).message,
      });
    }
  }

  protected async openHistory(row: DossierRef): Promise<void> {
    this.dialog.set({ kind: 'history', row, steps: null });
    try {
      const res = await firstValueFrom(
        this.apollo.query({
          query: DossierHistoryDocument,
          variables: { id: row.id },
          fetchPolicy: 'network-only',
        }),
      );
      this.dialog.set({ kind: 'history', row, steps: res.data?.dossier.history ?? [] });
    } catch (e) {
      this.dialog.set({ kind: 'history', row, steps: [], error: toUiError(e, this.i18n.lang()).message });
    }
  }

  protected closeDialog(): void {
    this.dialog.set(null);
  }

  protected async confirmDelete(row: DossierListItemFragment): Promise<void> {
    this.dialog.set({ kind: 'delete', row, busy: true });
    try {
      await firstValueFrom(
        this.apollo.mutate({ mutation: DeleteDossierDocument, variables: { id: row.id } }),
      );
      this.dialog.set(null);
      this.showFlash(this.i18n.t('dossiers.list.deleted'));
      this.reloads.update((n) => n + 1);
    } catch (e) {
      this.dialog.set({ kind: 'delete', row, error: toUiError(e, this.i18n.lang()).message });
    }
  }

  protected async confirmSubmit(row: DossierListItemFragment): Promise<void> {
    this.dialog.set({ kind: 'submit', row, phase: 'confirm', busy: true });
    try {
      const res = await firstValueFrom(
        this.apollo.mutate({ mutation: SubmitDossierDocument, variables: { id: row.id } }),
      );
      const sent = res.data?.submitDossier;
      this.dialog.set(null);
      this.showSent({ id: row.id, code: sent?.code ?? null });
      // The sent dossier is under Đã gửi now: go there (the list reloads with the new tab).
      await this.router.navigate([], {
        relativeTo: this.route,
        queryParams: { tab: SENT_TAB, q: null, trang: null },
        queryParamsHandling: 'merge',
      });
      this.searchText = '';
      this.reloads.update((n) => n + 1);
    } catch (e) {
      const error = toUiError(e, this.i18n.lang());
      if (error.code !== 'DOSSIER_INCOMPLETE') {
        this.dialog.set({ kind: 'submit', row, phase: 'confirm', error: error.message });
        return;
      }
      // Changed elsewhere since the check: name what is missing with the procedure's own labels.
      const detail = await firstValueFrom(
        this.apollo.query({
          query: DossierDetailDocument,
          variables: { id: row.id },
          fetchPolicy: 'network-only',
        }),
      ).catch(() => null);
      const missing = missingItems(error.extensions, detail?.data?.dossier.service, this.t);
      this.dialog.set({ kind: 'submit', row, phase: 'missing', missing });
    }
  }

  private showSent(ref: DossierRef): void {
    this.sentNow.set(ref);
    this.showFlash(this.i18n.t('dossiers.list.submitted', { code: ref.code ?? '' }));
  }

  /** The confirmation takes focus: the row whose button was used may be gone from the list. */
  private showFlash(message: string): void {
    this.flash.set(message);
    setTimeout(() => this.document.querySelector<HTMLElement>('[data-testid="flash"]')?.focus());
  }

  private fromNavigation(): void {
    // Only the navigation that brought us here: a reload of the list shows no stale message.
    const state: Record<string, unknown> = this.router.currentNavigation()?.extras.state ?? {};
    if (state['flash'] === 'saved') this.flash.set(this.i18n.t('dossiers.list.saved'));
    if (state['flash'] === 'submitted') {
      const code = typeof state['code'] === 'string' && state['code'] ? state['code'] : null;
      if (typeof state['id'] === 'string') this.sentNow.set({ id: state['id'], code });
      this.flash.set(this.i18n.t('dossiers.list.submitted', { code: code ?? '' }));
    }
  }
}
