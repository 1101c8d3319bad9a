// Calendar-aligned UTC tick times, the same ones d3-time's utcTicks gives (checked against it in
// test/layout/utcTicks.test.ts), without shipping d3-time and d3-array to the browser: they cost
// about 2.5 KB min+gzip of a 40 KB budget for the dozen functions the axis needs.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** A calendar unit of UTC time. */
export type UtcUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Candidate spacings, finest first: unit, step, approximate duration (d3-time's table). */
const SPACINGS: readonly (readonly [UtcUnit, number, number])[] = [
  ['second', 1, SECOND],
  ['second', 5, 5 * SECOND],
  ['second', 15, 15 * SECOND],
  ['second', 30, 30 * SECOND],
  ['minute', 1, MINUTE],
  ['minute', 5, 5 * MINUTE],
  ['minute', 15, 15 * MINUTE],
  ['minute', 30, 30 * MINUTE],
  ['hour', 1, HOUR],
  ['hour', 3, 3 * HOUR],
  ['hour', 6, 6 * HOUR],
  ['hour', 12, 12 * HOUR],
  ['day', 1, DAY],
  ['day', 2, 2 * DAY],
  ['week', 1, WEEK],
  ['month', 1, MONTH],
  ['month', 3, 3 * MONTH],
  ['year', 1, YEAR],
];

/** The start of the unit that contains `t` (weeks start on Sunday). */
export function utcFloor(unit: UtcUnit, t: number): number {
  const d = new Date(t);
  switch (unit) {
    case 'second':
      d.setUTCMilliseconds(0);
      break;
    case 'minute':
      d.setUTCSeconds(0, 0);
      break;
    case 'hour':
      d.setUTCMinutes(0, 0, 0);
      break;
    case 'week':
      d.setUTCDate(d.getUTCDate() - d.getUTCDay());
      d.setUTCHours(0, 0, 0, 0);
      break;
    case 'year':
      d.setUTCMonth(0, 1);
      d.setUTCHours(0, 0, 0, 0);
      break;
    case 'month':
      d.setUTCDate(1);
      d.setUTCHours(0, 0, 0, 0);
      break;
    case 'day':
      d.setUTCHours(0, 0, 0, 0);
  }
  return d.getTime();
}

/** The start of the next unit after the boundary `t`. */
function next(unit: UtcUnit, t: number): number {
  const d = new Date(t);
  switch (unit) {
    case 'second':
      return t + SECOND;
    case 'minute':
      return t + MINUTE;
    case 'hour':
      return t + HOUR;
    case 'day':
      d.setUTCDate(d.getUTCDate() + 1);
      break;
    case 'week':
      d.setUTCDate(d.getUTCDate() + 7);
      break;
    case 'month':
      d.setUTCMonth(d.getUTCMonth() + 1);
      break;
    case 'year':
      d.setUTCFullYear(d.getUTCFullYear() + 1);
  }
  return d.getTime();
}

/** The first unit boundary at or after `t`. */
export function utcCeil(unit: UtcUnit, t: number): number {
  return utcFloor(unit, next(unit, utcFloor(unit, t - 1)));
}

/** Whether a boundary is one of every `step`-th (seconds of the minute, days since 1970, …). */
function keeps(unit: UtcUnit, step: number, t: number): boolean {
  if (step === 1) return true;
  const d = new Date(t);
  const field =
    unit === 'second' ? d.getUTCSeconds() : unit === 'minute' ? d.getUTCMinutes() : unit === 'hour' ? d.getUTCHours() : unit === 'day' ? Math.floor(t / DAY) : d.getUTCMonth();
  return field % step === 0;
}

/** A "nice" step (1, 2 or 5 × 10^n) for about `count` steps over [start, stop] (d3-array's tickStep). */
function niceStep(start: number, stop: number, count: number): number {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return power < 0 ? factor / Math.pow(10, -power) : Math.pow(10, power) * factor;
}

/**
 * About `count` tick times between `start` and `stop` (inclusive, ms since the epoch), on UTC
 * calendar boundaries: every 1, 5, 15 or 30 seconds or minutes, 1, 3, 6 or 12 hours, 1 or 2 days,
 * Sundays, months, quarters or every n years — whichever spacing is nearest the even one.
 *
 * @example
 * utcTicks(Date.UTC(2024, 5, 18), Date.UTC(2024, 5, 22), 4) // midnights of 18…22 June 2024
 */
export function utcTicks(start: number, stop: number, count: number): number[] {
  // Whole milliseconds, as a Date holds them.
  start = Math.trunc(start);
  stop = Math.trunc(stop);
  if (stop < start) return utcTicks(stop, start, count).reverse();
  const out: number[] = [];
  const end = stop + 1;
  const target = (stop - start) / count;
  let i = 0;
  while (i < SPACINGS.length && (SPACINGS[i] as (typeof SPACINGS)[number])[2] <= target) i++;
  if (i === SPACINGS.length) {
    // Every k years, k a nice number.
    const k = Math.floor(niceStep(start / YEAR, stop / YEAR, count));
    if (!(k > 0)) return out;
    const d = new Date(utcCeil('year', start));
    d.setUTCFullYear(Math.ceil(d.getUTCFullYear() / k) * k);
    for (; d.getTime() < end; d.setUTCFullYear(d.getUTCFullYear() + k)) out.push(d.getTime());
    return out;
  }
  if (i === 0) {
    // Below a second: multiples of a nice number of milliseconds.
    const k = Math.max(Math.floor(niceStep(start, stop, count)), 1);
    // As Date does, the start is truncated to a whole millisecond first.
    for (let t = Math.floor(Math.trunc(start - 1) / k) * k + k; t < end; t += k) out.push(t);
    return out;
  }
  const before = SPACINGS[i - 1] as (typeof SPACINGS)[number];
  const after = SPACINGS[i] as (typeof SPACINGS)[number];
  const [unit, step] = target / before[2] < after[2] / target ? before : after;
  for (let t = utcCeil(unit, start); t < end; t = next(unit, t)) if (keeps(unit, step, t)) out.push(t);
  return out;
}
