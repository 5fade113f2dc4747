/** The list with the item at `from` moved to `to` (both clamped); the same list when nothing moves. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from < 0 || from >= list.length || from === target) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item);
  return next;
}

/** Where Alt+ArrowUp/Down (or Alt+Home/End) moves the row at `index`, or null for other keys. */
export function keyboardTarget(
  event: Pick<KeyboardEvent, 'altKey' | 'key'>,
  index: number,
  count: number,
): number | null {
  if (!event.altKey) return null;
  switch (event.key) {
    case 'ArrowUp':
      return index > 0 ? index - 1 : null;
    case 'ArrowDown':
      return index < count - 1 ? index + 1 : null;
    case 'Home':
      return index > 0 ? 0 : null;
    case 'End':
      return index < count - 1 ? count - 1 : null;
    default:
      return null;
  }
}
