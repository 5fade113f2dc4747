import type { NotificationFieldsFragment } from '@dvc/portal/data-access';

/** What the bell shows: the unread count and the latest items, newest first. */
export interface BellState {
  unread: number;
  items: readonly NotificationFieldsFragment[];
}

export const BELL_ITEMS = 8;

export const EMPTY_BELL: BellState = { unread: 0, items: [] };

/** A notification that arrived live; the same one twice (a reconnect, a refresh race) counts once. */
export function withAdded(state: BellState, n: NotificationFieldsFragment, limit = BELL_ITEMS): BellState {
  if (state.items.some((i) => i.id === n.id)) return state;
  return {
    unread: state.unread + (n.readAt ? 0 : 1),
    items: [n, ...state.items].slice(0, limit),
  };
}

/** One item read (opened from the list). */
export function withRead(state: BellState, id: string, at: string): BellState {
  const item = state.items.find((i) => i.id === id);
  if (!item || item.readAt) return state;
  return {
    unread: Math.max(0, state.unread - 1),
    items: state.items.map((i) => (i.id === id ? { ...i, readAt: at } : i)),
  };
}

/** "Đánh dấu tất cả đã đọc". */
export function withAllRead(state: BellState, at: string): BellState {
  return { unread: 0, items: state.items.map((i) => (i.readAt ? i : { ...i, readAt: at })) };
}

/** The count as the badge prints it. */
export function badgeText(unread: number): string {
  return unread > 99 ? '99+' : String(unread);
}
