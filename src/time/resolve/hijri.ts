import { dayNumber, type DayNumber } from '../calendar.js';

// Umm al-Qura through Intl: every engine with full ICU (Node, browsers) ships the tables.
let formatter: Intl.DateTimeFormat | null | undefined;

function getFormatter(): Intl.DateTimeFormat | null {
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        timeZone: 'UTC',
      });
      if (!formatter.resolvedOptions().calendar.startsWith('islamic')) formatter = null;
    } catch {
      formatter = null;
    }
  }
  return formatter;
}

/** The Umm al-Qura date of a Gregorian day, or null when Intl lacks the calendar. */
export function toHijri(n: DayNumber): { y: number; m: number; d: number } | null {
  const f = getFormatter();
  if (!f) return null;
  const parts = f.formatToParts(new Date(n * 86_400_000 + 43_200_000));
  let y = NaN;
  let m = NaN;
  let d = NaN;
  for (const p of parts) {
    if ((p.type as string) === 'year' || (p.type as string) === 'relatedYear') y = Number.parseInt(p.value, 10);
    else if (p.type === 'month') m = Number.parseInt(p.value, 10);
    else if (p.type === 'day') d = Number.parseInt(p.value, 10);
  }
  return Number.isFinite(y) && Number.isFinite(m) && Number.isFinite(d) ? { y, m, d } : null;
}

const ISLAMIC_EPOCH = dayNumber(622, 7, 16);

/**
 * The Gregorian day of an Umm al-Qura date: an arithmetic estimate, corrected by asking Intl
 * about the few days around it. Null for dates the calendar does not have (day 30 of a 29-day month).
 */
export function fromHijri(y: number, m: number, d: number): DayNumber | null {
  if (y < 1 || y > 2000 || m < 1 || m > 12 || d < 1 || d > 30) return null;
  const estimate = ISLAMIC_EPOCH + Math.floor((y - 1) * 354.36667 + (m - 1) * 29.5306 + (d - 1));
  for (let delta = 0; delta <= 6; delta++) {
    for (const n of delta === 0 ? [estimate] : [estimate - delta, estimate + delta]) {
      const h = toHijri(n);
      if (!h) return null;
      if (h.y === y && h.m === m && h.d === d) return n;
    }
  }
  return null;
}

/** [first day, first day of the next month) of a Hijri month. */
export function hijriMonthSpan(y: number, m: number): { start: DayNumber; end: DayNumber } | null {
  const start = fromHijri(y, m, 1);
  const end = m === 12 ? fromHijri(y + 1, 1, 1) : fromHijri(y, m + 1, 1);
  return start === null || end === null ? null : { start, end };
}
