import { utcCeil, utcFloor, utcTicks } from './utcTicks.js';
import { formatDate, type DateFields, type DateFormatSettings } from './formatDate.js';
import type { CalendarName } from './types.js';

const DAY = 86_400_000;

/** A tick before it is placed: time, label, and whether it starts a larger unit. */
export interface TickSpec {
  value: number;
  label: string;
  major: boolean;
}

const hijriParts = new Map<string, Intl.DateTimeFormat>();
function hijriYmd(ms: number, timeZone: string): { y: number; m: number; d: number } {
  let f = hijriParts.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone });
    hijriParts.set(timeZone, f);
  }
  let y = 0;
  let m = 0;
  let d = 0;
  for (const p of f.formatToParts(ms)) {
    if (p.type === 'year') y = Number.parseInt(p.value, 10);
    else if (p.type === 'month') m = Number(p.value);
    else if (p.type === 'day') d = Number(p.value);
  }
  return { y, m, d };
}

/** First day on or after `t` that begins a Hijri month (Umm al-Qura). */
function hijriMonthStart(t: number, timeZone: string): number {
  let day = utcCeil('day', t);
  const { d } = hijriYmd(day, timeZone);
  if (d === 1) return day;
  day += (29 - d + 1) * DAY;
  for (let i = 0; i < 3 && hijriYmd(day, timeZone).d !== 1; i++) day += DAY;
  return day;
}

function gregorianTicks(domain: [number, number], count: number, settings: DateFormatSettings): TickSpec[] {
  const values = utcTicks(domain[0], domain[1], Math.max(2, count));
  const is = (unit: 'year' | 'month' | 'day') => values.every((v) => utcFloor(unit, v) === v);
  let fields: DateFields;
  let majorFields: DateFields;
  let isMajor: (v: number, i: number) => boolean;
  if (values.length > 1 && is('year')) {
    fields = majorFields = { year: 'numeric' };
    isMajor = () => false;
  } else if (is('month')) {
    fields = { month: 'long' };
    majorFields = { month: 'long', year: 'numeric' };
    isMajor = (v, i) => i === 0 || new Date(v).getUTCMonth() === 0;
  } else if (is('day')) {
    fields = { day: 'numeric' };
    majorFields = { day: 'numeric', month: 'long' };
    isMajor = (v, i) => i === 0 || new Date(v).getUTCDate() === 1;
  } else {
    fields = { hour: '2-digit', minute: '2-digit' };
    majorFields = { day: 'numeric', month: 'long' };
    isMajor = (v, i) => i === 0 || utcFloor('day', v) === v;
  }
  return values.map((value, i) => {
    const major = isMajor(value, i);
    let label = formatDate(value, major ? majorFields : fields, settings);
    if (major && fields.hour !== undefined) label = `${label} ${formatDate(value, fields, settings)}`;
    return { value, label, major };
  });
}

function hijriTicks(domain: [number, number], count: number, settings: DateFormatSettings): TickSpec[] {
  const [a, b] = domain;
  const hijri = { ...settings, calendar: 'islamic-umalqura' as const };
  // Spans of a few weeks or less: Gregorian day/hour positions, written in the Hijri calendar.
  if (b - a < 45 * DAY) {
    return gregorianTicks(domain, count, settings).map((t, i) => {
      const exact = utcFloor('day', t.value) === t.value;
      const fields: DateFields = exact ? (i === 0 || hijriYmd(t.value, settings.timeZone).d === 1 ? { day: 'numeric', month: 'long' } : { day: 'numeric' }) : { hour: '2-digit', minute: '2-digit' };
      return { value: t.value, label: formatDate(t.value, fields, hijri), major: t.major };
    });
  }
  const months: number[] = [];
  const approxMonths = (b - a) / (29.53 * DAY);
  if (approxMonths <= count * 1.5 || approxMonths < 24) {
    for (let t = hijriMonthStart(a, settings.timeZone); t <= b && months.length < 1000; t = hijriMonthStart(t + DAY, settings.timeZone)) months.push(t);
    const step = Math.max(1, Math.ceil(months.length / Math.max(1, count)));
    return months
      .filter((_, i) => i % step === 0)
      .map((value, i) => {
        const major = i === 0 || hijriYmd(value, settings.timeZone).m === 1;
        return { value, label: formatDate(value, major ? { month: 'long', year: 'numeric' } : { month: 'long' }, hijri), major };
      });
  }
  // Long spans: Hijri year starts, found month by month from a rough jump.
  const years: number[] = [];
  let t = hijriMonthStart(a, settings.timeZone);
  for (let guard = 0; t <= b && years.length < 2000 && guard < 100_000; guard++) {
    const { m } = hijriYmd(t, settings.timeZone);
    if (m === 1) {
      years.push(t);
      t = hijriMonthStart(t + 350 * DAY, settings.timeZone);
    } else {
      // At least one day ahead, so the search always advances.
      t = hijriMonthStart(t + Math.max(1, (12 - m) * 29) * DAY, settings.timeZone);
    }
  }
  const step = Math.max(1, Math.ceil(years.length / Math.max(1, count)));
  return years.filter((_, i) => i % step === 0).map((value) => ({ value, label: formatDate(value, { year: 'numeric' }, hijri), major: false }));
}

/**
 * Tick times and labels for a time axis in the Gregorian or the Umm al-Qura calendar, about
 * `count` of them, labelled at the granularity of their spacing (years, months, days, hours).
 *
 * @example
 * axisTicks([Date.UTC(2024, 5, 18), Date.UTC(2024, 5, 22)], 4, 'gregory', arSY)
 * // [{ value: …, label: '١٨ حزيران', major: true }, { label: '١٩' }, …]
 */
export function axisTicks(domain: [number, number], count: number, calendar: CalendarName, settings: DateFormatSettings): TickSpec[] {
  return calendar === 'gregory' ? gregorianTicks(domain, count, { ...settings, calendar: 'gregory' }) : hijriTicks(domain, count, settings);
}
