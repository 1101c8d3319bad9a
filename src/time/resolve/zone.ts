import { TZDate } from '@date-fns/tz';
import { civil, pad, type DayNumber } from '../calendar.js';

/** Milliseconds since the epoch of a wall-clock time in a zone ('UTC' or IANA), or null. */
export function zonedToEpoch(day: DayNumber, minutes: number, zone: string): number | null {
  const { y, m, d } = civil(day);
  const h = Math.floor(minutes / 60);
  const min = minutes % 60;
  if (zone === 'UTC') return Date.UTC(y, m - 1, d, h, min);
  try {
    const t = new TZDate(y, m - 1, d, h, min, zone).getTime();
    return Number.isFinite(t) ? t : null;
  } catch {
    return null;
  }
}

/** 2024-06-20T05:00Z */
export function isoInstant(ms: number): string {
  const dt = new Date(ms);
  return `${pad(dt.getUTCFullYear(), 4)}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}T${pad(dt.getUTCHours())}:${pad(dt.getUTCMinutes())}Z`;
}

/** +07:00 / -04:30 */
export function offsetLabel(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}
