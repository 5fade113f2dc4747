import { computed, inject, Injectable, signal } from '@angular/core';
import type { AccountFieldsFragment } from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

/** Loaded on first use, outside the initial bundle (see session-documents.ts). */
const documents = () => import('./session-documents');

/** The logged-in account as the shell and guards need it. */
export interface SessionUser {
  id: string;
  fullName: string;
  role: string;
  username: string;
  agencyId: string | null;
}

/**
 * Who is logged in, loaded once with the `me` query (the session itself is an httpOnly cookie the
 * portal never sees). Pages that change the account (login, profile) hand the fresh account back
 * with `setAccount`; `refresh()` asks the server again, e.g. after an UNAUTHENTICATED answer.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  // Optional so that component tests without Apollo can still build the shell.
  private readonly apollo = inject(Apollo, { optional: true });
  private loading: Promise<SessionUser | null> | null = null;

  /** The full account of the logged-in user (profile page), or null. */
  readonly account = signal<AccountFieldsFragment | null>(null);
  readonly user = computed<SessionUser | null>(() => {
    const a = this.account();
    return a
      ? { id: a.id, fullName: a.fullName, role: a.role, username: a.username, agencyId: a.agencyId }
      : null;
  });
  readonly isLoggedIn = computed(() => this.user() !== null);
  /** True once the first `me` answer arrived. */
  readonly loaded = signal(false);
  /** The last `me` failed (network or server error), so `account` may be out of date. */
  readonly unreachable = signal(false);

  constructor() {
    // The header shows the user's name on every page, so the session is looked up at start.
    if (typeof window !== 'undefined') void this.ensureLoaded();
  }

  /** Runs `me` once (later calls share the first answer). */
  ensureLoaded(): Promise<SessionUser | null> {
    this.loading ??= this.refresh();
    return this.loading;
  }

  /**
   * Asks the server who is logged in now. A failure keeps what was known (logged out on the first
   * call), without caching it, and sets `unreachable`.
   */
  async refresh(): Promise<SessionUser | null> {
    const apollo = this.apollo;
    if (!apollo) {
      this.loaded.set(true);
      return null;
    }
    const request = (async () => {
      try {
        const { MeDocument } = await documents();
        const res = await firstValueFrom(apollo.query({ query: MeDocument, fetchPolicy: 'network-only' }));
        this.account.set((res.data?.me as AccountFieldsFragment | null | undefined) ?? null);
        this.unreachable.set(false);
      } catch {
        this.unreachable.set(true);
        this.loading = null;
      }
      this.loaded.set(true);
      return this.user();
    })();
    this.loading = request;
    return request;
  }

  /** After login or a profile update: the account as the server returned it. */
  setAccount(account: AccountFieldsFragment | null): void {
    this.account.set(account);
    this.loaded.set(true);
    this.loading = Promise.resolve(this.user());
  }

  /** Ends the session on the server and forgets everything cached for this user. */
  async logout(): Promise<void> {
    try {
      if (this.apollo) {
        const { LogoutDocument } = await documents();
        await firstValueFrom(this.apollo.mutate({ mutation: LogoutDocument }));
      }
    } finally {
      this.setAccount(null);
      await this.apollo?.client.clearStore();
    }
  }
}
