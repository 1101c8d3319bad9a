import type { RawTag } from '../types.js';

// Folded text between a weekday and its date: spaces, a comma, a dash or "الموافق" (corresponding to).
const GAP = /^[ ]{0,3}(?:[،,–-][ ]{0,3})?(?:الموافق[ ]{1,3})?$/;

function isBareWeekday(t: RawTag): boolean {
  const c = t.components;
  return c.weekday !== undefined && c.rel === undefined && c.pod === undefined && c.hour === undefined && c.weekday2 === undefined && c.deictic === undefined && c.day === undefined && c.hijri === undefined;
}

function statesDay(t: RawTag): boolean {
  const c = t.components;
  return c.weekday === undefined && (c.day !== undefined || c.hijri?.day !== undefined);
}

/**
 * Joins a weekday to the stated date right after it: "الجمعة 7/6/2024", "الإثنين 12 ذو الحجة
 * 1445هـ". The date fixes the day; read alone, the weekday would be resolved against the
 * publication date and land on another day.
 */
export function mergeWeekdayDate(tags: readonly RawTag[], text: string): RawTag[] {
  const out: RawTag[] = [];
  for (let i = 0; i < tags.length; i++) {
    const a = tags[i]!;
    const b = tags[i + 1];
    if (b && isBareWeekday(a) && statesDay(b) && GAP.test(text.slice(a.end, b.start))) {
      out.push({ start: a.start, end: b.end, components: { ...b.components } });
      i++;
    } else out.push(a);
  }
  return out;
}
