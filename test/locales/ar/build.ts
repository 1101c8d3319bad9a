// Small builders for expected values, so a row states the date once and the interval follows
// from the conventions (half-open, local time) instead of being typed by hand twice.
import type { Anchor, Interval, Precision } from '../../../src/model/types.js';

export interface Resolved {
  value: string | null;
  interval: Interval | null;
  precision?: Precision | null;
  approximate?: boolean;
  anchor?: Anchor;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function iso(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function parseDay(s: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) throw new Error(`bad day in a test row: ${s}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** The day `n` days after `s` ('YYYY-MM-DD'). */
export function addDays(s: string, n: number): string {
  const d = parseDay(s);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

/** A calendar day: value 'YYYY-MM-DD', interval [d, d+1). */
export function day(d: string, anchor: Anchor = 'publication'): Resolved {
  return { value: d, interval: { start: d, end: addDays(d, 1) }, precision: 'day', approximate: false, anchor };
}

/** A month 'YYYY-MM': interval [first day, first day of next month). */
export function month(ym: string, anchor: Anchor = 'publication'): Resolved {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${pad(y + 1, 4)}-01` : `${pad(y, 4)}-${pad(m + 1)}`;
  return { value: ym, interval: { start: `${ym}-01`, end: `${next}-01` }, precision: 'month', approximate: false, anchor };
}

/** A Gregorian year: interval [Jan 1, next Jan 1). */
export function year(y: number, anchor: Anchor = 'absolute', approximate = false): Resolved {
  return {
    value: pad(y, 4),
    interval: { start: `${pad(y, 4)}-01-01`, end: `${pad(y + 1, 4)}-01-01` },
    precision: 'year',
    approximate,
    anchor,
  };
}

const PARTS = {
  // Morning, afternoon, evening, night as the project's conventions fix them (see seeds gold).
  MO: [0, 12],
  AF: [12, 18],
  EV: [18, 24],
  NI: [18, 30],
} as const;

/** A part of day of `d`: value dTMO/TAF/TEV/TNI; the night runs to 06:00 the next day. */
export function part(d: string, p: keyof typeof PARTS, anchor: Anchor = 'publication'): Resolved {
  const [a, b] = PARTS[p];
  const at = (h: number): string => `${addDays(d, Math.floor(h / 24))}T${pad(h % 24)}:00`;
  return { value: `${d}T${p}`, interval: { start: at(a), end: at(b) }, precision: 'part-of-day', approximate: false, anchor };
}

/** A clock time 'YYYY-MM-DDTHH:mm': interval of one minute. */
export function minute(t: string, anchor: Anchor = 'publication'): Resolved {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(t);
  if (!m) throw new Error(`bad time in a test row: ${t}`);
  const total = Number(m[2]) * 60 + Number(m[3]) + 1;
  const endDay = addDays(m[1]!, Math.floor(total / 1440));
  const end = `${endDay}T${pad(Math.floor((total % 1440) / 60))}:${pad(total % 60)}`;
  return { value: t, interval: { start: t, end }, precision: 'minute', approximate: false, anchor };
}

/** A relative expression that cannot be resolved without a publication date. */
export const unresolved: Resolved = { value: null, interval: null, anchor: 'unresolved' };

/** Any value with an explicit interval (seasons, decades, spans, Hijri years). */
export function span(value: string, start: string, end: string, precision: Precision, anchor: Anchor, approximate = false): Resolved {
  return { value, interval: { start, end }, precision, approximate, anchor };
}
