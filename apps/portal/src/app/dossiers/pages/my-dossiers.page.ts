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
  MyDossiersQuery,
  ProcessingStepFieldsFragment,
  SubmitDossierDocument,
} from '@dvc/portal/data-access';
import { formatDate } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { catchError, combineLatest, firstValueFrom, map, of, startWith, switchMap } from 'rxjs';
import { toUiError } from '../../core/apollo/graphql-errors';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { Crumb, PageHeaderComponent } from '../../core/ui/page-header.component';
import { missingItems } from '../model/missing-items';
import { DialogComponent } from '../ui/dialog.component';
import { HistoryTimelineComponent } from '../ui/history-timeline.component';
import { StatusBadgeComponent } from '../ui/status-badge.component';

type Page = MyDossiersQuery['myDossiers'];
type Load = { status: 'loading' } | { status: 'ready'; page: Page } | { status: 'error'; message: string };
type Dialog =
  | { kind: 'delete'; row: DossierListItemFragment; busy?: boolean; error?: string }
  | { kind: 'submit'; row: DossierListItemFragment; busy?: boolean; error?: string; missing?: string[] }
  | {
      kind: 'history';
      row: DossierListItemFragment;
      steps: ProcessingStepFieldsFragment[] | null;
      error?: string;
    };

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
  protected readonly reloads = signal(0);
  protected readonly crumbs: Crumb[] = [{ key: 'core.auth.profile', link: '/ho-so-ca-nhan' }];

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly sent = computed(() => this.params().get('tab') === SENT_TAB);
  protected readonly query = computed(() => this.params().get('q') ?? '');
  protected readonly pageNo = computed(() => Math.max(1, Number(this.params().get('trang')) || 1));
  protected searchText = '';

  protected readonly flash = signal<string | null>(this.flashFromNavigation());
  protected readonly dialog = signal<Dialog | null>(null);

  protected readonly state = toSignal(
    combineLatest([toObservable(this.params), toObservable(this.reloads)]).pipe(
      switchMap(() =>
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
            map((r): Load =>
              r.data ? { status: 'ready', page: r.data.myDossiers } : { status: 'error', message: '' },
            ),
            startWith<Load>({ status: 'loading' }),
            catchError((e: unknown) =>
              of<Load>({ status: 'error', message: toUiError(e, this.i18n.lang()).message }),
            ),
          ),
      ),
    ),
    { initialValue: { status: 'loading' } as Load },
  );

  protected readonly page = computed(() => {
    const s = this.state();
    return s.status === 'ready' ? s.page : null;
  });

  constructor() {
    this.searchText = this.query();
  }

  protected date(value: string | null | undefined): string {
    return formatDate(value);
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

  protected openSubmit(row: DossierListItemFragment): void {
    this.dialog.set({ kind: 'submit', row });
  }

  protected async openHistory(row: DossierListItemFragment): Promise<void> {
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
    this.dialog.set({ kind: 'submit', row, busy: true });
    try {
      const res = await firstValueFrom(
        this.apollo.mutate({ mutation: SubmitDossierDocument, variables: { id: row.id } }),
      );
      this.dialog.set(null);
      this.showFlash(this.i18n.t('dossiers.list.submitted', { code: res.data?.submitDossier.code ?? '' }));
      this.reloads.update((n) => n + 1);
    } catch (e) {
      const error = toUiError(e, this.i18n.lang());
      if (error.code !== 'DOSSIER_INCOMPLETE') {
        this.dialog.set({ kind: 'submit', row, error: error.message });
        return;
      }
      // Name what is missing with the procedure's own labels.
      const detail = await firstValueFrom(
        this.apollo.query({
          query: DossierDetailDocument,
          variables: { id: row.id },
          fetchPolicy: 'network-only',
        }),
      ).catch(() => null);
      const t = (key: string, params?: Record<string, string | number>) => this.i18n.t(key, params);
      this.dialog.set({
        kind: 'submit',
        row,
        missing: missingItems(error.extensions, detail?.data?.dossier.service, t),
      });
    }
  }

  /** The confirmation takes focus: the row whose button was used may be gone from the list. */
  private showFlash(message: string): void {
    this.flash.set(message);
    setTimeout(() => this.document.querySelector<HTMLElement>('[data-testid="flash"]')?.focus());
  }

  private flashFromNavigation(): string | null {
    // Only the navigation that brought us here: a reload of the list shows no stale message.
    const state: Record<string, unknown> = this.router.currentNavigation()?.extras.state ?? {};
    if (state['flash'] === 'saved') return this.i18n.t('dossiers.list.saved');
    if (state['flash'] === 'submitted')
      return this.i18n.t('dossiers.list.submitted', { code: String(state['code'] ?? '') });
    return null;
  }
}
