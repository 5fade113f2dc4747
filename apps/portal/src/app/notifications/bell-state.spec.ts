import type { NotificationFieldsFragment } from '@dvc/portal/data-access';
import { badgeText, EMPTY_BELL, withAdded, withAllRead, withRead } from './bell-state';

function notification(id: string, readAt: string | null = null): NotificationFieldsFragment {
  return {
    __typename: 'Notification',
    id,
    dossierId: `d-${id}`,
    dossierCode: `000.00.09.H26-261130-000${id}`,
    title: 'Hồ sơ đã được tiếp nhận',
    body: 'Cơ quan đã tiếp nhận hồ sơ của bạn.',
    status: 'RECEIVED',
    createdAt: '2026-11-30T03:00:00.000Z',
    readAt,
  };
}

describe('bell state', () => {
  it('counts a live notification once, newest first, keeping the latest few', () => {
    let state = withAdded(EMPTY_BELL, notification('1'));
    state = withAdded(state, notification('2'));
    state = withAdded(state, notification('2'));
    expect(state.unread).toBe(2);
    expect(state.items.map((i) => i.id)).toEqual(['2', '1']);
    state = withAdded(state, notification('3'), 2);
    expect(state.items.map((i) => i.id)).toEqual(['3', '2']);
    expect(state.unread).toBe(3);
  });

  it('does not count an item that arrives already read', () => {
    expect(withAdded(EMPTY_BELL, notification('1', '2026-11-30T04:00:00.000Z')).unread).toBe(0);
  });

  it('marks one item read once', () => {
    const start = withAdded(withAdded(EMPTY_BELL, notification('1')), notification('2'));
    const once = withRead(start, '1', '2026-11-30T05:00:00.000Z');
    expect(once.unread).toBe(1);
    expect(once.items.find((i) => i.id === '1')?.readAt).toBe('2026-11-30T05:00:00.000Z');
    expect(withRead(once, '1', 'later')).toBe(once);
    expect(withRead(once, 'unknown', 'later')).toBe(once);
  });

  it('marks all read, keeping earlier read times', () => {
    const start = {
      unread: 5,
      items: [notification('1'), notification('2', '2026-11-29T00:00:00.000Z')],
    };
    const all = withAllRead(start, '2026-11-30T05:00:00.000Z');
    expect(all.unread).toBe(0);
    expect(all.items.map((i) => i.readAt)).toEqual(['2026-11-30T05:00:00.000Z', '2026-11-29T00:00:00.000Z']);
  });

  it('prints large counts as 99+', () => {
    expect(badgeText(7)).toBe('7');
    expect(badgeText(120)).toBe('99+');
  });
});
