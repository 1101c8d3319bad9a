import { getISOWeek, getISOWeekYear } from 'date-fns';

/**
 * Civil (calendar) dates as whole day numbers since 1970-01-01, so arithmetic is exact and free of
 * the machine's time zone. Times of day are minutes since midnight.
 */
export type DayNumber = number;

export interface Civil {
  y: number;
  m: number;
  d: number;
}

export function dayNumber(y: number, m: number, d: number): DayNumber {
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function civil(n: DayNumber): Civil {
  const dt = new Date(n * 86_400_000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(n: DayNumber): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** Adds months, clamping the day to the end of the target month (31 Jan + 1 month = 29 Feb). */
export function addMonths(n: DayNumber, months: number): DayNumber {
  const { y, m, d } = civil(n);
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const last = civil(dayNumber(ty, tm + 1, 1) - 1).d;
  return dayNumber(ty, tm, Math.min(d, last));
}

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? '-' + s : s;
}

export function isoDay(n: DayNumber): string {
  const { y, m, d } = civil(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** A day plus minutes (may exceed a day: 30 h = next day 06:00). */
export function isoDayTime(n: DayNumber, minutes: number): string {
  const day = n + Math.floor(minutes / 1440);
  const rest = ((minutes % 1440) + 1440) % 1440;
  return `${isoDay(day)}T${pad(Math.floor(rest / 60))}:${pad(rest % 60)}`;
}

/** ISO week label of a day: 2024-W25, via date-fns (local noon avoids any zone edge). */
export function isoWeek(n: DayNumber): { label: string; monday: DayNumber } {
  const { y, m, d } = civil(n);
  const local = new Date(y, m - 1, d, 12);
  const monday = n - ((weekdayOf(n) + 6) % 7);
  return { label: `${getISOWeekYear(local)}-W${pad(getISOWeek(local))}`, monday };
}
