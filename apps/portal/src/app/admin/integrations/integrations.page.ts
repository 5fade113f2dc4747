import { KeyValuePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  ApiClientsDocument,
  ApiClientsQuery,
  CreateApiClientDocument,
  CreateApiTokenDocument,
  DeactivateApiClientDocument,
  IntegrationAgenciesDocument,
  RevokeApiTokenDocument,
} from '@dvc/portal/data-access';
import { API_SCOPES, formatDateTime } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { catchError, filter, firstValueFrom, map, Observable, of } from 'rxjs';
import { toUiError, UiError } from '../../core/apollo/graphql-errors';
import { defined, loadedData, loadState } from '../../core/apollo/load-state';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PageHeaderComponent } from '../../core/ui/page-header.component';

type Client = ApiClientsQuery['apiClients'][number];
type Token = Client['tokens'][number];

/**
 * /quan-tri/tich-hop — API clients with their scopes, tokens (last use, request counts), creation of
 * clients and tokens (the secret shown once, with a copy button), revocation and deactivation.
 */
@Component({
  selector: 'app-integrations-page',
  imports: [KeyValuePipe, RouterLink, TranslatePipe, PageHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './integrations.page.html',
  styleUrl: './integrations.page.scss',
})
export class IntegrationsPage {
  private readonly apollo = inject(Apollo);
  protected readonly i18n = inject(I18nService);
  protected readonly allScopes = API_SCOPES;
  private readonly reloads = signal(0);

  protected readonly state = loadState(
    toObservable(this.reloads),
    () =>
      this.apollo.query({ query: ApiClientsDocument, fetchPolicy: 'network-only' }).pipe(
        map((r) => r.data?.apiClients),
        filter(defined),
      ),
    (e) => toUiError(e, this.i18n.lang()).message,
  );
  protected readonly clients = computed(() => loadedData(this.state()) ?? []);

  protected readonly agencies = toSignal(
    this.apollo.query({ query: IntegrationAgenciesDocument }).pipe(
      map((r) => r.data?.agencies ?? []),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );

  /** The new client form. */
  protected readonly name = signal('');
  protected readonly agencyId = signal('');
  protected readonly scopes = signal<string[]>(['catalog:read']);
  protected readonly error = signal<UiError | null>(null);
  protected readonly busy = signal(false);

  /** The secret of the token just created: shown once, until closed. */
  protected readonly secret = signal<{ clientName: string; value: string } | null>(null);
  protected readonly copied = signal(false);
  protected readonly expiries = signal<Record<string, string>>({});

  protected toggleScope(scope: string, on: boolean): void {
    this.scopes.update((list) => (on ? [...new Set([...list, scope])] : list.filter((s) => s !== scope)));
  }

  protected async createClient(event: Event): Promise<void> {
    event.preventDefault();
    const input = { name: this.name().trim(), agencyId: this.agencyId() || null, scopes: this.scopes() };
    const done = await this.run(() =>
      this.apollo.mutate({ mutation: CreateApiClientDocument, variables: { input } }),
    );
    if (done) {
      this.name.set('');
      this.reloads.update((n) => n + 1);
    }
  }

  protected async createToken(client: Client): Promise<void> {
    const day = this.expiries()[client.id];
    const expiresAt = day ? new Date(`${day}T23:59:59`).toISOString() : null;
    const data = await this.run(() =>
      this.apollo.mutate({ mutation: CreateApiTokenDocument, variables: { clientId: client.id, expiresAt } }),
    );
    if (data) {
      this.copied.set(false);
      this.secret.set({ clientName: client.name, value: data.createApiToken.secret });
      this.reloads.update((n) => n + 1);
    }
  }

  protected async revoke(token: Token): Promise<void> {
    if (!confirm(this.i18n.t('integration.admin.confirmRevoke', { prefix: token.prefix }))) return;
    const done = await this.run(() =>
      this.apollo.mutate({ mutation: RevokeApiTokenDocument, variables: { id: token.id } }),
    );
    if (done) this.reloads.update((n) => n + 1);
  }

  protected async deactivate(client: Client): Promise<void> {
    if (!confirm(this.i18n.t('integration.admin.confirmDeactivate', { name: client.name }))) return;
    const done = await this.run(() =>
      this.apollo.mutate({ mutation: DeactivateApiClientDocument, variables: { id: client.id } }),
    );
    if (done) this.reloads.update((n) => n + 1);
  }

  protected async copy(value: string): Promise<void> {
    await navigator.clipboard?.writeText(value);
    this.copied.set(true);
  }

  protected setExpiry(clientId: string, value: string): void {
    this.expiries.update((all) => ({ ...all, [clientId]: value }));
  }

  protected tokenState(token: Token): string {
    if (token.revokedAt) return 'integration.admin.revoked';
    return token.active ? 'integration.admin.active' : 'integration.admin.expired';
  }

  protected when(value: string | null | undefined, empty: string): string {
    return value ? formatDateTime(value) : this.i18n.t(empty);
  }

  /** One mutation; its error (if any) is shown above the list. */
  private async run<R>(mutation: () => Observable<{ data?: R | null }>): Promise<R | null> {
    this.busy.set(true);
    this.error.set(null);
    try {
      return (await firstValueFrom(mutation())).data ?? null;
    } catch (e) {
      this.error.set(toUiError(e, this.i18n.lang()));
      return null;
    } finally {
      this.busy.set(false);
    }
  }
}
