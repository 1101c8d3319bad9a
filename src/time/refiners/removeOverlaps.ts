import type { RawTag } from '../types.js';

export interface Candidate extends RawTag {
  /** Pattern order: among equally long overlapping matches, the earlier pattern wins. */
  priority: number;
}

/**
 * Keeps the longest of overlapping matches (then the earliest, then the earlier pattern), and drops
 * every match that overlaps a look-alike blocker.
 */
export function removeOverlaps(candidates: readonly Candidate[], blocked: readonly RawTag[] | readonly { start: number; end: number }[], length: number): RawTag[] {
  const taken = new Uint8Array(length + 1);
  for (const b of blocked) taken.fill(1, b.start, b.end);
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.priority - b.priority,
  );
  const out: RawTag[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    out.push({ start: c.start, end: c.end, components: c.components });
  }
  return out.sort((a, b) => a.start - b.start);
}
