import type { Precision } from '../types.js';
import type { TimelineJSDate } from './types.js';

/** The finest date field TimelineJS shows. Each tarikh precision maps to one. */
export type Granularity = 'year' | 'month' | 'day' | 'hour' | 'minute';

export const granularityOf: Record<Precision, Granularity> = {
  century: 'year',
  decade: 'year',
  year: 'year',
  season: 'month',
  month: 'month',
  week: 'day',
  day: 'day',
  'part-of-day': 'hour',
  hour: 'hour',
  minute: 'minute',
};

const FIELDS = ['year', 'month', 'day', 'hour', 'minute'] as const;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/u;

/** The wall-clock parts written in a model time (any zone designator is ignored: TimelineJS has none). */
function partsOf(value: string): Parts {
  const m = ISO.exec(value);
  if (!m) throw new RangeError(`invalid time ${JSON.stringify(value)}: expected YYYY-MM-DD or YYYY-MM-DDTHH:mm`);
  return { year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: +(m[4] ?? 0), minute: +(m[5] ?? 0) };
}

function utc(p: Parts): Date {
  const d = new Date(Date.UTC(2000, p.month - 1, p.day, p.hour, p.minute));
  d.setUTCFullYear(p.year, p.month - 1, p.day);
  return d;
}

function fromUtc(d: Date): Parts {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/** Moves a time by `n` units of a granularity, on the proleptic Gregorian calendar. */
function shift(p: Parts, g: Granularity, n: number): Parts {
  const d = utc(p);
  if (g === 'year') d.setUTCFullYear(d.getUTCFullYear() + n);
  else if (g === 'month') d.setUTCMonth(d.getUTCMonth() + n);
  else if (g === 'day') d.setUTCDate(d.getUTCDate() + n);
  else if (g === 'hour') d.setUTCHours(d.getUTCHours() + n);
  else d.setUTCMinutes(d.getUTCMinutes() + n);
  return fromUtc(d);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function format(p: Parts, withTime: boolean): string {
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  return withTime ? `${date}T${pad(p.hour)}:${pad(p.minute)}` : date;
}

function toDate(p: Parts, g: Granularity): TimelineJSDate {
  const out: TimelineJSDate = { year: p.year };
  for (const f of FIELDS.slice(1, FIELDS.indexOf(g) + 1)) out[f] = p[f];
  return out;
}

function sameUnit(a: Parts, b: Parts, g: Granularity): boolean {
  return FIELDS.slice(0, FIELDS.indexOf(g) + 1).every((f) => a[f] === b[f]);
}

/**
 * A half-open model interval as TimelineJS dates: the start truncated to the granularity, and an
 * end_date holding the LAST unit included (TimelineJS end dates are inclusive), omitted when the
 * interval is a single unit.
 */
export function toTimelineJSDates(start: string, end: string, g: Granularity): { start_date: TimelineJSDate; end_date?: TimelineJSDate } {
  const s = partsOf(start);
  const last = shift(partsOf(end), g, -1);
  const start_date = toDate(s, g);
  if (sameUnit(s, last, g) || utc(last) < utc(s)) return { start_date };
  return { start_date, end_date: toDate(last, g) };
}

/** The finest field set in a TimelineJS date. */
export function granularityOfDate(d: TimelineJSDate): Granularity {
  if (d.minute !== undefined) return 'minute';
  if (d.hour !== undefined) return 'hour';
  if (d.day !== undefined) return 'day';
  if (d.month !== undefined) return 'month';
  return 'year';
}

/** The inverse of {@link toTimelineJSDates}: a half-open interval in model time. */
export function fromTimelineJSDates(start: TimelineJSDate, end: TimelineJSDate | undefined): { start: string; end: string; granularity: Granularity } {
  const g = granularityOfDate(start);
  const s: Parts = { year: start.year, month: start.month ?? 1, day: start.day ?? 1, hour: start.hour ?? 0, minute: start.minute ?? 0 };
  const last = end ?? start;
  const eg = granularityOfDate(last);
  const e: Parts = { year: last.year, month: last.month ?? 1, day: last.day ?? 1, hour: last.hour ?? 0, minute: last.minute ?? 0 };
  const withTime = g === 'hour' || g === 'minute' || eg === 'hour' || eg === 'minute';
  return { start: format(s, withTime), end: format(shift(e, eg, 1), withTime), granularity: g };
}
