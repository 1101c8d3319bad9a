// Calendar arithmetic on 'YYYY-MM-DD' strings in UTC, so no machine zone leaks into results.

const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' of a UTC millisecond time. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** UTC milliseconds of the date part of an ISO 8601 string, or NaN. */
export function dayMs(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** Adds whole units to a date; months and years clamp to the month's last day. */
export function addUnits(iso: string, unit: 'hour' | 'day' | 'week' | 'month' | 'year', amount: number): string {
  const ms = dayMs(iso);
  if (unit === 'day' || unit === 'hour') return isoDay(ms + amount * DAY_MS);
  if (unit === 'week') return isoDay(ms + amount * 7 * DAY_MS);
  const d = new Date(ms);
  const months = unit === 'month' ? amount : amount * 12;
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return isoDay(target.getTime());
}

/** The day after a date. */
export function nextDay(iso: string): string {
  return isoDay(dayMs(iso) + DAY_MS);
}
