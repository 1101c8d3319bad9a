import type { RawTag } from '../types.js';

/**
 * Extends a tag back over the preposition right before it (في عام 2017، منذ العام 2022، خلال العام
 * الماضي), as annotators include it. `lead` matches the text that ends where the tag starts; its
 * group `lead` is the preposition (with its clitic) and the space, and it must begin at a word edge.
 */
export function extendLead(tags: readonly RawTag[], text: string, lead: RegExp): RawTag[] {
  let prevEnd = 0;
  return tags.map((t) => {
    const from = Math.max(prevEnd, t.start - 12);
    const m = lead.exec(text.slice(from, t.start));
    prevEnd = t.end;
    const g = m?.groups?.['lead'];
    if (g === undefined) return t;
    // The slice may begin inside a word; a lead must start at a word edge of the real text.
    const leadStart = t.start - g.length;
    if (leadStart === from && from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1]!)) return t;
    return { ...t, start: leadStart };
  });
}
