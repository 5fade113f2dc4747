import { computed, DestroyRef, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { NotificationFieldsFragment } from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import { filter, firstValueFrom, map, retry, Subject, Subscription, timer } from 'rxjs';
import { AuthStore } from '../core/auth/auth.store';
import { BELL_ITEMS, BellState, EMPTY_BELL, withAdded, withAllRead, withRead } from './bell-state';

const documents = () => import('./notification-documents');

/**
 * The logged-in user's notifications: the bell's state, kept current by the `notificationAdded`
 * subscription while someone is logged in. Pages showing a dossier listen to `added$` to reload
 * when it changes. Nothing is loaded or connected for a visitor.
 */
@Injectable({ providedIn: 'root' })
export class NotificationsStore {
  private readonly apollo = inject(Apollo, { optional: true });
  private readonly auth = inject(AuthStore);
  private live: Subscription | null = null;
  private generation = 0;

  readonly state = signal<BellState>(EMPTY_BELL);
  readonly loaded = signal(false);
  readonly failed = signal(false);
  private readonly added = new Subject<NotificationFieldsFragment>();
  /** Every notification that arrives live. */
  readonly added$ = this.added.asObservable();

  constructor() {
    // Restart only when the person changes (a profile update hands over a new account object).
    const userId = computed(() => this.auth.user()?.id ?? null);
    effect(() => {
      const id = userId();
      untracked(() => (id ? this.start() : this.stop()));
    });
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Notifications about one dossier, as they arrive. */
  forDossier(dossierId: string) {
    return this.added$.pipe(filter((n) => n.dossierId === dossierId));
  }

  async refresh(): Promise<void> {
    const apollo = this.apollo;
    if (!apollo || !this.auth.user()) return;
    const generation = this.generation;
    try {
      const { LatestNotificationsDocument } = await documents();
      const res = await firstValueFrom(
        apollo.query({
          query: LatestNotificationsDocument,
          variables: { unreadOnly: false, page: 1, pageSize: BELL_ITEMS },
          fetchPolicy: 'network-only',
        }),
      );
      const page = res.data?.notifications;
      if (page && generation === this.generation) {
        this.state.set({ unread: page.unreadCount, items: page.items });
        this.failed.set(false);
      }
    } catch {
      if (generation === this.generation) this.failed.set(true);
    }
    this.loaded.set(true);
  }

  async markAllRead(): Promise<void> {
    await this.mark([]);
    this.state.update((s) => withAllRead(s, new Date().toISOString()));
  }

  async markRead(id: string): Promise<void> {
    const before = this.state();
    this.state.update((s) => withRead(s, id, new Date().toISOString()));
    if (this.state() !== before) await this.mark([id]).catch(() => undefined);
  }

  private async mark(ids: string[]): Promise<void> {
    if (!this.apollo) return;
    const { MarkNotificationsReadDocument } = await documents();
    await firstValueFrom(this.apollo.mutate({ mutation: MarkNotificationsReadDocument, variables: { ids } }));
  }

  private start(): void {
    this.stop();
    const generation = ++this.generation;
    void this.refresh();
    void documents().then(({ NotificationAddedDocument }) => {
      if (!this.apollo || generation !== this.generation) return;
      this.live = this.apollo
        .subscribe({ query: NotificationAddedDocument })
        .pipe(
          map((r) => r.data?.notificationAdded ?? null),
          // The socket gave up (server restart, network): start again a little later, then catch up.
          retry({ delay: () => timer(5000).pipe(map(() => void this.refresh())) }),
        )
        .subscribe((n) => {
          if (!n) return;
          this.state.update((s) => withAdded(s, n));
          this.added.next(n);
        });
    });
  }

  private stop(): void {
    this.generation++;
    this.live?.unsubscribe();
    this.live = null;
    this.state.set(EMPTY_BELL);
    this.loaded.set(false);
  }
}
