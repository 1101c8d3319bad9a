import { addMonths, civil, dayNumber, isoWeek, type DayNumber } from '../calendar.js';
import type { CalendarUnit, Part } from '../../locales/types.js';

/** Half-open day span [start, end). */
export interface DaySpan {
  start: DayNumber;
  end: DayNumber;
}

/** The calendar unit (year, month, ISO week, …) containing a day. */
export function unitSpan(unit: CalendarUnit, n: DayNumber): DaySpan {
  const { y, m } = civil(n);
  switch (unit) {
    case 'century': {
      const c = Math.floor(y / 100) * 100;
      return { start: dayNumber(c, 1, 1), end: dayNumber(c + 100, 1, 1) };
    }
    case 'decade': {
      const d = Math.floor(y / 10) * 10;
      return { start: dayNumber(d, 1, 1), end: dayNumber(d + 10, 1, 1) };
    }
    case 'year':
      return { start: dayNumber(y, 1, 1), end: dayNumber(y + 1, 1, 1) };
    case 'month':
      return { start: dayNumber(y, m, 1), end: dayNumber(y, m + 1, 1) };
    case 'week': {
      const monday = isoWeek(n).monday;
      return { start: monday, end: monday + 7 };
    }
    case 'day':
    case 'hour':
      return { start: n, end: n + 1 };
  }
}

/** Moves a day by a number of units (calendar-aware for months and longer). */
export function shift(n: DayNumber, unit: CalendarUnit, amount: number): DayNumber {
  switch (unit) {
    case 'hour':
      return n + Math.trunc(amount / 24);
    case 'day':
      return n + amount;
    case 'week':
      return n + 7 * amount;
    case 'month':
      return addMonths(n, amount);
    case 'year':
      return addMonths(n, 12 * amount);
    case 'decade':
      return addMonths(n, 120 * amount);
    case 'century':
      return addMonths(n, 1200 * amount);
  }
}

/**
 * Narrows a span to its early, middle or late part. Years split by months (Jan–Apr, May–Aug,
 * Sep–Dec), months by ten-day thirds, decades by 4/4/4 years overlapping in the middle, anything
 * else in thirds.
 */
export function partOf(span: DaySpan, unit: CalendarUnit, part: Part): DaySpan {
  const { y, m } = civil(span.start);
  if (unit === 'year') {
    if (part === 'early') return { start: span.start, end: dayNumber(y, 5, 1) };
    if (part === 'mid') return { start: dayNumber(y, 5, 1), end: dayNumber(y, 9, 1) };
    return { start: dayNumber(y, 9, 1), end: span.end };
  }
  if (unit === 'month') {
    if (part === 'early') return { start: span.start, end: dayNumber(y, m, 11) };
    if (part === 'mid') return { start: dayNumber(y, m, 11), end: dayNumber(y, m, 21) };
    return { start: dayNumber(y, m, 21), end: span.end };
  }
  if (unit === 'decade') {
    if (part === 'early') return { start: span.start, end: dayNumber(y + 4, 1, 1) };
    if (part === 'mid') return { start: dayNumber(y + 3, 1, 1), end: dayNumber(y + 7, 1, 1) };
    return { start: dayNumber(y + 6, 1, 1), end: span.end };
  }
  if (unit === 'century') {
    if (part === 'early') return { start: span.start, end: dayNumber(y + 30, 1, 1) };
    if (part === 'mid') return { start: dayNumber(y + 30, 1, 1), end: dayNumber(y + 70, 1, 1) };
    return { start: dayNumber(y + 70, 1, 1), end: span.end };
  }
  const third = Math.max(1, Math.round((span.end - span.start) / 3));
  if (part === 'early') return { start: span.start, end: span.start + third };
  if (part === 'mid') return { start: span.start + third, end: Math.max(span.start + third + 1, span.end - third) };
  return { start: span.end - third, end: span.end };
}
