import type { EventTime } from '../model/types.js';
import type { DisplayLabels } from '../locales/displayLabels.js';
import { formatDate, type DateFields, type DateFormatSettings } from './formatDate.js';
import { parseTime } from './parseTime.js';
import { formatNumber } from './formatNumber.js';

const DAY = 86_400_000;
// Frozen, so formatDate knows their key without writing it out on every call.
const DAY_FIELDS: DateFields = Object.freeze({ day: 'numeric', month: 'long', year: 'numeric' });
const WEEKDAY_FIELDS: DateFields = Object.freeze({ weekday: 'long' });
const YEAR_FIELDS: DateFields = Object.freeze({ year: 'numeric' });
const MONTH_FIELDS: DateFields = Object.freeze({ month: 'long', year: 'numeric' });
const TIME_FIELDS: DateFields = Object.freeze({ hour: '2-digit', minute: '2-digit' });

/**
 * Writes an event's time at the precision it is known, and no finer: a year as a year, a month as
 * month and year, a day with its weekday, a part of the day as "صباح الخميس ٢٠ حزيران ٢٠٢٤",
 * an hour with its clock time; approximate times are marked ("نحو").
 *
 * @param when - the event time (half-open interval and precision)
 * @param settings - how dates are written
 * @param labels - the locale's words (parts of the day, seasons, "about")
 * @example
 * formatWhen({ value: '2024-06-20TMO', start: '2024-06-20T06:00', end: '2024-06-20T12:00',
 *   precision: 'part-of-day', approximate: false }, arSY, arLabels)
 * // 'صباح الخميس ٢٠ حزيران ٢٠٢٤'
 */
export function formatWhen(when: Pick<EventTime, 'start' | 'end' | 'precision' | 'approximate'> & { value?: string }, settings: DateFormatSettings, labels: DisplayLabels, where = 'when'): string {
  const start = parseTime(when.start, `${where}.start`);
  const endRaw = parseTime(when.end, `${where}.end`);
  const end = endRaw > start ? endRaw : start + 1;
  const mid = start + (end - start) / 2;
  const dayText = (ms: number): string => formatDate(ms, DAY_FIELDS, settings);
  const weekday = (ms: number): string => formatDate(ms, WEEKDAY_FIELDS, settings);
  const year = (ms: number): string => formatDate(ms, YEAR_FIELDS, settings);
  let text: string;
  switch (when.precision) {
    case 'century':
      text = labels.century(formatNumber(Math.floor(new Date(start).getUTCFullYear() / 100) + 1, settings.locale, settings.digits));
      break;
    case 'decade':
      text = labels.decade(year(start));
      break;
    case 'year':
      text = year(start);
      break;
    case 'season': {
      const code = /-(SP|SU|FA|WI)$/u.exec(when.value ?? '')?.[1] as keyof DisplayLabels['seasons'] | undefined;
      text = code !== undefined ? `${labels.seasons[code]} ${year(mid)}` : labels.between(dayText(start), dayText(end - 1));
      break;
    }
    case 'month':
      text = formatDate(start, MONTH_FIELDS, settings);
      break;
    case 'week':
      text = labels.between(dayText(start), dayText(end - 1));
      break;
    case 'day':
      text = end - start > DAY + 1 ? labels.between(dayText(start), dayText(end - 1)) : labels.dayWithWeekday(weekday(start), dayText(start));
      break;
    case 'part-of-day': {
      const hour = new Date(mid).getUTCHours();
      const part = labels.partsOfDay.find((p) => hour >= p.from && hour < p.to)?.name ?? '';
      text = labels.dayWithPart(part, weekday(mid), dayText(mid));
      break;
    }
    case 'hour':
    case 'minute':
      text = labels.dayWithTime(labels.dayWithWeekday(weekday(start), dayText(start)), formatDate(start, TIME_FIELDS, settings));
      break;
    default:
      text = labels.between(dayText(start), dayText(end - 1));
  }
  return when.approximate ? `${labels.about} ${text}` : text;
}
