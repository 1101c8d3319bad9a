/** What a key press asks the timeline to do. */
export type KeyAction =
  | { kind: 'focus'; index: number }
  | { kind: 'zoom'; factor: number }
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'none' };

/**
 * Maps a key to an action over the focusable items (marks and badges) in their on-screen order.
 * ←/→ move to the neighbour on screen, so they follow the axis: on a right-to-left axis ←
 * goes later in time, mirrored for free (↑/↓ do the same on a vertical timeline). Home/End go to
 * the earliest/latest item, +/- zoom, Enter/Space open details, Escape closes them.
 *
 * @param key - KeyboardEvent.key
 * @param screenPositions - x (or y when vertical) of each item, in the items' order
 * @param current - index of the focused item, or -1
 * @param orientation - 'horizontal' or 'vertical'
 * @param timeOrder - item indices from earliest to latest (for Home/End)
 * @example
 * keyAction('ArrowLeft', [700, 500, 300], 0, 'horizontal', [0, 1, 2]) // { kind: 'focus', index: 1 }
 */
export function keyAction(key: string, screenPositions: readonly number[], current: number, orientation: 'horizontal' | 'vertical', timeOrder: readonly number[]): KeyAction {
  const n = screenPositions.length;
  const step = (dir: 1 | -1): KeyAction => {
    if (n === 0) return { kind: 'none' };
    if (current < 0) return { kind: 'focus', index: timeOrder[0] ?? 0 };
    const here = screenPositions[current] ?? 0;
    let best = -1;
    let bestPos = dir === 1 ? Infinity : -Infinity;
    screenPositions.forEach((p, i) => {
      if (i === current) return;
      // Ties broken by index so items at the same spot are all reachable.
      const ahead = dir === 1 ? p > here || (p === here && i > current) : p < here || (p === here && i < current);
      if (!ahead) return;
      if (dir === 1 ? p < bestPos || (p === bestPos && i < best) : p > bestPos || (p === bestPos && i > best)) {
        best = i;
        bestPos = p;
      }
    });
    return best < 0 ? { kind: 'none' } : { kind: 'focus', index: best };
  };
  const vertical = orientation === 'vertical';
  switch (key) {
    case 'ArrowRight':
      return vertical ? { kind: 'none' } : step(1);
    case 'ArrowLeft':
      return vertical ? { kind: 'none' } : step(-1);
    case 'ArrowDown':
      return vertical ? step(1) : { kind: 'none' };
    case 'ArrowUp':
      return vertical ? step(-1) : { kind: 'none' };
    case 'Home':
      return n === 0 ? { kind: 'none' } : { kind: 'focus', index: timeOrder[0] ?? 0 };
    case 'End':
      return n === 0 ? { kind: 'none' } : { kind: 'focus', index: timeOrder[timeOrder.length - 1] ?? n - 1 };
    case '+':
    case '=':
      return { kind: 'zoom', factor: 2 };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 0.5 };
    case 'Enter':
    case ' ':
      return current < 0 ? { kind: 'none' } : { kind: 'open' };
    case 'Escape':
      return { kind: 'close' };
    default:
      return { kind: 'none' };
  }
}
