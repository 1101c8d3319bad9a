import type { Components, RawTag } from '../types.js';

const GAP = /^(?:[ ]{1,3}|[ ]{0,3}[،,][ ]{0,3}|[ ]{1,3}من[ ]{1,3})$/;

function isDay(c: Components): boolean {
  return (c.weekday !== undefined || c.deictic !== undefined || c.day !== undefined || c.hijri?.day !== undefined) && c.hour === undefined;
}

function isClockOnly(c: Components): boolean {
  return c.hour !== undefined && c.weekday === undefined && c.deictic === undefined && c.day === undefined && c.anchor === undefined;
}

function combine(day: Components, clock: Components): Components {
  let hour = clock.hour!;
  if ((day.pod === 'AF' || day.pod === 'EV') && hour < 12) hour += 12;
  if (day.pod === 'NI' && hour >= 6 && hour < 12) hour += 12;
  const out: Components = { ...day, hour, minute: clock.minute ?? 0 };
  delete out.pod;
  delete out.podEdge;
  if (clock.zone !== undefined) out.zone = clock.zone;
  if (clock.gloss !== undefined) out.gloss = clock.gloss;
  return out;
}

/** Joins a day and a clock time next to it: "صباح اليوم الساعة العاشرة", "الساعة 10 من يوم الخميس". */
export function mergeDateTime(tags: readonly RawTag[], text: string): RawTag[] {
  const out: RawTag[] = [];
  for (let i = 0; i < tags.length; i++) {
    const a = tags[i]!;
    const b = tags[i + 1];
    if (b && GAP.test(text.slice(a.end, b.start))) {
      if (isDay(a.components) && isClockOnly(b.components)) {
        out.push({ start: a.start, end: b.end, components: combine(a.components, b.components) });
        i++;
        continue;
      }
      if (isClockOnly(a.components) && isDay(b.components)) {
        out.push({ start: a.start, end: b.end, components: combine(b.components, a.components) });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
