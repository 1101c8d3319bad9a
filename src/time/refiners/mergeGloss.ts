import type { RawTag } from '../types.js';

const OPEN = /^[ ]{0,3}\([ ]{0,3}$/;
const SLASH = /^[ ]{0,3}\/[ ]{0,3}$/;
const CLOSE = /[ ]{0,3}\)/y;

function isBareWeekday(t: RawTag): boolean {
  const c = t.components;
  return c.weekday !== undefined && c.rel === undefined && c.pod === undefined && c.hour === undefined && c.weekday2 === undefined && c.deictic === undefined && c.day === undefined;
}

function takesWeekdayGloss(t: RawTag): boolean {
  const c = t.components;
  return c.deictic !== undefined || c.day !== undefined || (c.unit === 'day' && c.rel === 'this');
}

/**
 * Merges a gloss into the expression it explains: "اليوم (الجمعة)" (the named weekday wins over
 * "today"), "عند الظهر (الخامسة بتوقيت غرينتش)" (a zone gloss fixes the instant), "يونيو/حزيران".
 */
export function mergeGloss(tags: readonly RawTag[], text: string): RawTag[] {
  const out: RawTag[] = [];
  for (let i = 0; i < tags.length; i++) {
    const a = tags[i]!;
    const b = tags[i + 1];
    if (!b) {
      out.push(a);
      continue;
    }
    const gap = text.slice(a.end, b.start);
    const bracket = OPEN.test(gap);
    if (!bracket && !SLASH.test(gap)) {
      out.push(a);
      continue;
    }
    let end = b.end;
    if (bracket) {
      CLOSE.lastIndex = b.end;
      const m = CLOSE.exec(text);
      if (!m) {
        out.push(a);
        continue;
      }
      end = b.end + m[0].length;
    }
    const ca = a.components;
    const cb = b.components;
    let merged: RawTag | null = null;
    if (isBareWeekday(b) && takesWeekdayGloss(a)) {
      const components = { ...ca, weekday: cb.weekday! };
      if (components.unit === 'day' && components.deictic === undefined) {
        components.deictic = 0;
        delete components.unit;
      }
      merged = { start: a.start, end, components };
    } else if (cb.hour !== undefined && cb.zone !== undefined && cb.weekday === undefined && cb.deictic === undefined && (ca.hour !== undefined || ca.pod === 'NOON' || ca.pod === 'MIDNIGHT')) {
      merged = { start: a.start, end, components: { ...ca, gloss: { hour: cb.hour, minute: cb.minute ?? 0, zone: cb.zone } } };
    } else if (ca.month !== undefined && cb.month === ca.month && cb.day === undefined) {
      merged = { start: a.start, end, components: { ...ca, ...(cb.year !== undefined ? { year: cb.year } : {}), ...(cb.rel !== undefined ? { rel: cb.rel } : {}) } };
    }
    if (merged) {
      out.push(merged);
      i++;
    } else out.push(a);
  }
  return out;
}
