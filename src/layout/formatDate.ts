import { arabicMonthFamilyByRegion, arabicMonthNames, type ArabicMonthFamily } from '../locales/ar/calendar.js';
import type { CalendarName, Digits, MonthNamesOption } from './types.js';

/** How dates are written: locale, digits, calendar, zone and (for Arabic) the month-name family. */
export interface DateFormatSettings {
  locale: string;
  digits: Digits;
  calendar: CalendarName;
  timeZone: string;
  monthNames: MonthNamesOption;
}

/** The fields to write, as in Intl.DateTimeFormat. */
export type DateFields = Pick<Intl.DateTimeFormatOptions, 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute' | 'hourCycle'>;

function monthFamily(settings: DateFormatSettings): ArabicMonthFamily | null {
  if (settings.calendar !== 'gregory' || !settings.locale.toLowerCase().startsWith('ar')) return null;
  if (settings.monthNames !== 'auto') return settings.monthNames;
  const region = (() => {
    try {
      return new Intl.Locale(settings.locale).region;
    } catch {
      return undefined;
    }
  })();
  return (region !== undefined ? arabicMonthFamilyByRegion[region.toUpperCase()] : undefined) ?? 'egypt';
}

/** The code of the digit zero in each digit system a pattern can be written with. */
const ZERO: Readonly<Record<string, number>> = { latn: 0x30, arab: 0x660 };

/**
 * A writer of UTC dates that fills the pattern Intl uses for `f` (its literals, in its order) with
 * the day and year written in `digits` and our month name: no Intl call a date. Null where the
 * pattern has other fields, the digits are not known, or it does not write what `intl` writes for
 * a few dates (one- and two-digit days and months, years across centuries): then every date goes
 * through Intl. Years outside 1000–9999 are left to Intl too (eras, padding).
 */
function fromPattern(f: Intl.DateTimeFormat, names: readonly string[], digits: string, intl: (ms: number) => string): ((ms: number) => string | null) | null {
  const zero = ZERO[digits];
  if (zero === undefined) return null;
  const checks = [Date.UTC(2001, 10, 22), Date.UTC(1999, 0, 5), Date.UTC(2031, 6, 9, 23, 59)];
  const parts = f.formatToParts(checks[0]);
  if (parts.some((p) => p.type !== 'day' && p.type !== 'month' && p.type !== 'year' && p.type !== 'literal')) return null;
  const num = (n: number): string => {
    const latin = String(n);
    let out = '';
    for (let i = 0; i < latin.length; i++) out += String.fromCharCode(zero + latin.charCodeAt(i) - 0x30);
    return out;
  };
  const write = (d: Date): string => {
    let out = '';
    for (const p of parts) out += p.type === 'day' ? num(d.getUTCDate()) : p.type === 'year' ? num(d.getUTCFullYear()) : p.type === 'month' ? (names[d.getUTCMonth()] ?? '') : p.value;
    return out;
  };
  for (const t of checks) if (write(new Date(t)) !== intl(t)) return null;
  return (ms) => {
    const d = new Date(ms);
    const y = d.getUTCFullYear();
    return y >= 1000 && y <= 9999 ? write(d) : null;
  };
}

/** Writes a time with given fields and settings (see formatDate). */
function compile(fields: DateFields, settings: DateFormatSettings): (ms: number) => string {
  const tag = `${settings.locale}-u-ca-${settings.calendar === 'gregory' ? 'gregory' : 'islamic-umalqura'}-nu-${settings.digits}`;
  const options: Intl.DateTimeFormatOptions = { ...fields, timeZone: settings.timeZone };
  if (fields.hour !== undefined && fields.hourCycle === undefined) options.hourCycle = 'h23';
  const f = new Intl.DateTimeFormat(tag, options);
  const family = fields.month === 'long' || fields.month === 'short' ? monthFamily(settings) : null;
  let write = (ms: number): string => f.format(ms);
  if (family !== null) {
    const names = arabicMonthNames[family];
    // In UTC (the default: event times are wall-clock times read as UTC) the month is arithmetic,
    // one Intl call fewer of the two a date costs; another zone's month may differ from UTC's.
    const utc = settings.timeZone.toUpperCase() === 'UTC';
    const month = utc ? null : new Intl.DateTimeFormat('en-u-nu-latn', { month: 'numeric', timeZone: settings.timeZone });
    const intl = (ms: number): string => {
      const name = names[month === null ? new Date(ms).getUTCMonth() : Number(month.format(ms)) - 1] ?? '';
      let out = '';
      for (const p of f.formatToParts(ms)) out += p.type === 'month' ? name : p.value;
      return out;
    };
    const fast = utc ? fromPattern(f, names, settings.digits, intl) : null;
    write = fast === null ? intl : (ms) => fast(ms) ?? intl(ms);
  }
  // Intl takes some 10 µs a date, and the events of a timeline share their days: a list of
  // 10,000 events writes each day's date once. Bounded, so a long-lived page does not grow it.
  const seen = new Map<number, string>();
  return (ms) => {
    let text = seen.get(ms);
    if (text === undefined) {
      if (seen.size >= MEMO_SIZE) seen.clear();
      text = write(ms);
      seen.set(ms, text);
    }
    return text;
  };
}

/**
 * Dates a compiled writer remembers: some eleven years of days, more than the days of most
 * timelines' events. Past it the memo starts again empty — cheaper than tracking the least used,
 * and a timeline of more days than that gets no help from a memo anyway.
 */
const MEMO_SIZE = 4096;

/** Compiled writers by settings and fields: Intl objects are costly to make, and a zoom frame writes many dates. */
const compiled = new Map<string, (ms: number) => string>();
/** The key part of a frozen fields object (the callers' constants): it cannot change, so it is written once. */
const fieldsKeys = new WeakMap<DateFields, string>();

/**
 * Writes a time through Intl.DateTimeFormat, in the given zone (never the machine's), with the
 * chosen digits and calendar. Arabic Gregorian month names come from our data (Levantine,
 * Egyptian/Gulf, Maghrebi or Moroccan), so the words do not depend on the ICU version.
 *
 * @param ms - the time (ms since the epoch)
 * @param fields - which fields to write
 * @param settings - locale, digits, calendar, zone, month names
 * @example
 * formatDate(Date.UTC(2024, 5, 20), { day: 'numeric', month: 'long', year: 'numeric' },
 *   { locale: 'ar-SY', digits: 'arab', calendar: 'gregory', timeZone: 'UTC', monthNames: 'auto' })
 * // '٢٠ حزيران ٢٠٢٤'
 */
export function formatDate(ms: number, fields: DateFields, settings: DateFormatSettings): string {
  // Every field given counts (a caller in JavaScript may pass any of Intl's).
  let fk = fieldsKeys.get(fields);
  if (fk === undefined) {
    fk = JSON.stringify(fields);
    if (Object.isFrozen(fields)) fieldsKeys.set(fields, fk);
  }
  const key = `${settings.locale}|${settings.digits}|${settings.calendar}|${settings.timeZone}|${settings.monthNames}|${fk}`;
  let f = compiled.get(key);
  if (f === undefined) {
    f = compile(fields, settings);
    compiled.set(key, f);
  }
  return f(ms);
}
