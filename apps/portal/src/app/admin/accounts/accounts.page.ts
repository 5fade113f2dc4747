import { KeyValuePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AdminAccountRowFragment,
  AdminAccountsDocument,
  AdminAgenciesDocument,
  DeactivateAccountDocument,
  InviteAccountDocument,
  ReactivateAccountDocument,
  Role,
  UpdateAccountAccessDocument,
} from '@dvc/portal/data-access';
import { formatDateTime } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { catchError, filter, firstValueFrom, map, Observable, of } from 'rxjs';
import { toUiError, UiError } from '../../core/apollo/graphql-errors';
import { defined, ListPage } from '../../core/apollo/load-state';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PageHeaderComponent } from '../../core/ui/page-header.component';
import { AdminListComponent } from '../admin-list.component';
import { adminPagedList } from '../admin-paging';

const PAGE_SIZE = 20;

/**
 * /quan-tri/tai-khoan — accounts with role, agency, status and last login; search and paging;
 * invite an officer or admin; change role/agency; deactivate/reactivate, each after a confirmation.
 */
@Component({
  selector: 'app-admin-accounts-page',
  imports: [KeyValuePipe, TranslatePipe, PageHeaderComponent, AdminListComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accounts.page.html',
})
export class AccountsPage {
  private readonly apollo = inject(Apollo);
  protected readonly i18n = inject(I18nService);
  protected readonly formatDateTime = formatDateTime;

  protected readonly search = signal('');
  protected readonly list = adminPagedList(
    { search: '', page: 1, reload: 0 },
    (q) => this.load(q.search, q.page),
    PAGE_SIZE,
  );
  protected readonly columns = [
    'admin.accounts.fullName',
    'admin.accounts.role',
    'admin.accounts.agency',
    'admin.accounts.status',
    'admin.accounts.lastLogin',
    'admin.accounts.actions',
  ];
  protected readonly agencies = toSignal(
    this.apollo.query({ query: AdminAgenciesDocument }).pipe(
      map((r) => r.data?.agencies ?? []),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );

  /** The invitation form. */
  protected readonly invite = signal({
    username: '',
    email: '',
    fullName: '',
    role: 'OFFICER' as Role,
    agencyId: '',
  });
  protected readonly error = signal<UiError | null>(null);
  protected readonly notice = signal('');
  protected readonly busy = signal(false);

  protected applySearch(event: Event): void {
    event.preventDefault();
    this.list.query.set({ search: this.search().trim(), page: 1, reload: this.list.query().reload });
  }

  protected setInvite(key: 'username' | 'email' | 'fullName' | 'role' | 'agencyId', value: string): void {
    this.invite.update((f) => ({ ...f, [key]: value }));
  }

  protected async sendInvite(event: Event): Promise<void> {
    event.preventDefault();
    const f = this.invite();
    const input = { ...f, agencyId: f.role === 'OFFICER' ? f.agencyId || null : null };
    const done = await this.run(() =>
      this.apollo.mutate({ mutation: InviteAccountDocument, variables: { input } }),
    );
    if (done) {
      this.notice.set(this.i18n.t('admin.accounts.invited', { email: f.email }));
      this.invite.set({ username: '', email: '', fullName: '', role: 'OFFICER', agencyId: '' });
    }
  }

  protected async changeAccess(
    account: AdminAccountRowFragment,
    role: string,
    agencyId: string,
  ): Promise<void> {
    if (!confirm(this.i18n.t('admin.accounts.confirmAccess', { name: account.fullName }))) return;
    await this.run(() =>
      this.apollo.mutate({
        mutation: UpdateAccountAccessDocument,
        variables: {
          id: account.id,
          role: role as Role,
          agencyId: role === 'OFFICER' ? agencyId || null : null,
        },
      }),
    );
  }

  protected async toggleActive(account: AdminAccountRowFragment): Promise<void> {
    const key = account.active ? 'admin.accounts.confirmDeactivate' : 'admin.accounts.confirmReactivate';
    if (!confirm(this.i18n.t(key, { name: account.fullName }))) return;
    const mutation = account.active ? DeactivateAccountDocument : ReactivateAccountDocument;
    await this.run(() => this.apollo.mutate({ mutation, variables: { id: account.id } }));
  }

  private async run<T>(call: () => Observable<{ data?: T | null }>): Promise<T | null> {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set('');
    try {
      const result = await firstValueFrom(call());
      this.list.query.update((q) => ({ ...q, reload: q.reload + 1 }));
      return result.data ?? null;
    } catch (e) {
      this.error.set(toUiError(e, this.i18n.lang()));
      return null;
    } finally {
      this.busy.set(false);
    }
  }

  private load(search: string, page: number): Observable<ListPage<AdminAccountRowFragment>> {
    return this.apollo
      .query({
        query: AdminAccountsDocument,
        variables: { filter: search ? { search } : null, page, pageSize: PAGE_SIZE },
        fetchPolicy: 'network-only',
      })
      .pipe(
        map((r) => r.data?.adminAccounts),
        filter(defined),
      );
  }
}
