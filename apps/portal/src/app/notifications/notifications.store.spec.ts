import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { NotificationFieldsFragment } from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import { of, Subject } from 'rxjs';
import { AuthStore, SessionUser } from '../core/auth/auth.store';
import { NotificationsStore } from './notifications.store';

const citizen: SessionUser = {
  id: 'u1',
  fullName: 'Nguyễn Văn An',
  role: 'CITIZEN',
  username: 'congdan',
  agencyId: null,
};

function notification(id: string, dossierId = 'd1'): NotificationFieldsFragment {
  return {
    __typename: 'Notification',
    id,
    dossierId,
    dossierCode: '000.00.09.H26-261130-0001',
    title: 'Hồ sơ đã có kết quả',
    body: 'Cơ quan đã trả kết quả hồ sơ của bạn.',
    status: 'COMPLETED',
    createdAt: '2026-11-30T03:00:00.000Z',
    readAt: null,
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('NotificationsStore', () => {
  let user: ReturnType<typeof signal<SessionUser | null>>;
  let live: Subject<{ data: { notificationAdded: NotificationFieldsFragment } }>;
  const apollo = { query: jest.fn(), subscribe: jest.fn(), mutate: jest.fn() };

  beforeEach(() => {
    user = signal<SessionUser | null>(null);
    live = new Subject();
    apollo.query.mockReset().mockReturnValue(
      of({
        data: {
          notifications: {
            totalCount: 1,
            page: 1,
            pageSize: 8,
            unreadCount: 3,
            items: [notification('n0', 'd0')],
          },
        },
      }),
    );
    apollo.subscribe.mockReset().mockReturnValue(live);
    apollo.mutate.mockReset().mockReturnValue(of({ data: { markNotificationsRead: 3 } }));
    TestBed.configureTestingModule({
      providers: [
        { provide: Apollo, useValue: apollo },
        { provide: AuthStore, useValue: { user } },
      ],
    });
  });

  async function settle(): Promise<void> {
    TestBed.tick();
    for (let i = 0; i < 5; i++) await flush();
  }

  it('does nothing for a visitor: no query, no socket', async () => {
    TestBed.inject(NotificationsStore);
    await settle();
    expect(apollo.query).not.toHaveBeenCalled();
    expect(apollo.subscribe).not.toHaveBeenCalled();
  });

  it('after login loads the count, then counts live notifications and tells the dossier page', async () => {
    const store = TestBed.inject(NotificationsStore);
    const forDossier: string[] = [];
    store.forDossier('d1').subscribe((n) => forDossier.push(n.id));
    user.set(citizen);
    await settle();
    expect(store.state().unread).toBe(3);
    expect(apollo.subscribe).toHaveBeenCalledTimes(1);

    live.next({ data: { notificationAdded: notification('n1') } });
    live.next({ data: { notificationAdded: notification('n2', 'other') } });
    expect(store.state().unread).toBe(5);
    expect(store.state().items.map((i) => i.id)).toEqual(['n2', 'n1', 'n0']);
    expect(forDossier).toEqual(['n1']);
  });

  it("keeps its socket when the same person's account is handed over again (profile update)", async () => {
    TestBed.inject(NotificationsStore);
    user.set(citizen);
    await settle();
    user.set({ ...citizen, fullName: 'Nguyễn Văn Ân' });
    await settle();
    expect(apollo.subscribe).toHaveBeenCalledTimes(1);
    expect(live.observed).toBe(true);
  });

  it('marks all read with an empty id list', async () => {
    const store = TestBed.inject(NotificationsStore);
    user.set(citizen);
    await settle();
    await store.markAllRead();
    expect(apollo.mutate).toHaveBeenCalledWith(expect.objectContaining({ variables: { ids: [] } }));
    expect(store.state().unread).toBe(0);
  });

  it('forgets everything and stops listening at logout', async () => {
    const store = TestBed.inject(NotificationsStore);
    user.set(citizen);
    await settle();
    user.set(null);
    await settle();
    expect(store.state()).toEqual({ unread: 0, items: [] });
    expect(live.observed).toBe(false);
  });
});
