import type { TimelineEvent } from '../model/types.js';

/** FNV-1a: a fixed, well-spread number per id, so ties between equals break the same way on every run. */
function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The order labels are handed out in: events told by more sources first, then the more certain,
 * then a fixed shuffle by id. The order depends on the events only, never on the zoom, so an event
 * that has a label keeps it as the reader zooms in (its rivals only move apart), and labels are
 * spread along the whole axis rather than packed from its start.
 *
 * @returns positions into `events`, most important first
 */
export function labelPriority(events: readonly { event: TimelineEvent; id: string }[]): Int32Array {
  const n = events.length;
  const sources = new Float64Array(n);
  const confidence = new Float64Array(n);
  const hash = new Float64Array(n);
  events.forEach((e, i) => {
    sources[i] = Array.isArray(e.event.sources) ? e.event.sources.length : 0;
    const c = e.event.confidence;
    confidence[i] = typeof c === 'number' && Number.isFinite(c) ? c : 0;
    hash[i] = hashId(e.id);
  });
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => (sources[b] as number) - (sources[a] as number) || (confidence[b] as number) - (confidence[a] as number) || (hash[a] as number) - (hash[b] as number) || a - b);
  return Int32Array.from(order);
}
