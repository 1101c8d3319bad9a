import { describe, expect, it } from 'vitest';
import { formatDate, type DateFields, type DateFormatSettings } from '../../src/layout/formatDate.js';

const at = (locale: string, more: Partial<DateFormatSettings> = {}): DateFormatSettings => ({ locale, digits: locale.startsWith('ar') ? 'arab' : 'latn', calendar: 'gregory', timeZone: 'UTC', monthNames: 'auto', ...more });
const dayMonthYear: DateFields = { day: 'numeric', month: 'long', year: 'numeric' };
const june20 = Date.UTC(2024, 5, 20, 9, 5, 7);

describe('formatDate: month names by region, digits, calendar, zone', () => {
  it.each<[string, DateFormatSettings, DateFields, string]>([
    ['Levantine names for ar-SY', at('ar-SY'), dayMonthYear, '٢٠ حزيران ٢٠٢٤'],
    ['Levantine names for ar-IQ', at('ar-IQ'), dayMonthYear, '٢٠ حزيران ٢٠٢٤'],
    ['Egyptian/Gulf names for ar-EG', at('ar-EG'), dayMonthYear, '٢٠ يونيو ٢٠٢٤'],
    ['Egyptian/Gulf names for bare ar', at('ar'), dayMonthYear, '٢٠ يونيو ٢٠٢٤'],
    ['Maghrebi names for ar-TN', at('ar-TN'), dayMonthYear, '٢٠ جوان ٢٠٢٤'],
    ['Moroccan names for ar-MA (June is يونيو there)', at('ar-MA'), dayMonthYear, '٢٠ يونيو ٢٠٢٤'],
    ['names chosen over the region', at('ar-EG', { monthNames: 'levant' }), dayMonthYear, '٢٠ حزيران ٢٠٢٤'],
    ['Latin digits on request', at('ar-SY', { digits: 'latn' }), dayMonthYear, '20 حزيران 2024'],
    ['English', at('en'), dayMonthYear, 'June 20, 2024'],
    ['Umm al-Qura calendar', at('ar-SA', { calendar: 'islamic-umalqura' }), { day: 'numeric', month: 'long', year: 'numeric' }, '١٤ ذو الحجة ١٤٤٥ هـ'],
    ['the zone given, not the machine’s', at('ar-LB', { timeZone: 'Asia/Beirut' }), { hour: '2-digit', minute: '2-digit' }, '١٢:٠٥'],
    ['a weekday', at('ar'), { weekday: 'long' }, 'الخميس'],
  ])('%s', (_, settings, fields, expected) => {
    expect(formatDate(june20, fields, settings)).toBe(expected);
  });

  it.each<[string, string, string]>([
    ['UTC', 'حزيران', '٣٠ حزيران ٢٠٢٤'],
    ['Asia/Beirut', 'تموز', '١ تموز ٢٠٢٤'],
    ['America/New_York', 'حزيران', '٣٠ حزيران ٢٠٢٤'],
  ])('names the month of the date in the zone given (%s): 30 June 23:00 UTC', (timeZone, month, day) => {
    const t = Date.UTC(2024, 5, 30, 23);
    expect(formatDate(t, { month: 'long' }, at('ar-LB', { timeZone }))).toBe(month);
    expect(formatDate(t, dayMonthYear, at('ar-LB', { timeZone }))).toBe(day);
  });

  it('writes in UTC (without Intl where it can) exactly what Intl writes in the same zone named otherwise', () => {
    // 'Etc/UTC' is the same zone, but only 'UTC' takes the quick paths (month by arithmetic, the
    // pattern filled in): every date must come out the same both ways.
    const locales = ['ar', 'ar-SY', 'ar-EG', 'ar-TN', 'ar-MA', 'ar-IQ', 'ar-LB', 'ar-SA', 'en'];
    const fieldSets: DateFields[] = [dayMonthYear, { month: 'long', year: 'numeric' }, { month: 'long' }, { day: 'numeric', month: 'long' }, { month: 'short', year: 'numeric' }, { weekday: 'long', day: 'numeric', month: 'long' }];
    let seed = 7;
    const random = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const times = [Date.UTC(999, 11, 31, 23), Date.UTC(1000, 0, 1), Date.UTC(9999, 11, 31), Date.UTC(10000, 0, 1), ...Array.from({ length: 60 }, () => Date.UTC(500, 0, 1) + random() * (Date.UTC(9999, 0, 1) - Date.UTC(500, 0, 1)))];
    for (const locale of locales)
      for (const digits of ['arab', 'latn'] as const)
        for (const fields of fieldSets)
          for (const t of times) expect(formatDate(t, fields, at(locale, { digits }))).toBe(formatDate(t, fields, at(locale, { digits, timeZone: 'Etc/UTC' })));
  });

  it('writes August in Morocco with its own name', () => {
    expect(formatDate(Date.UTC(2024, 7, 1), { month: 'long' }, at('ar-MA'))).toBe('غشت');
  });

  it('honours every field given, even one outside DateFields (a JavaScript caller may pass any)', () => {
    const withSeconds = formatDate(june20, { hour: '2-digit', minute: '2-digit', second: '2-digit' } as DateFields, at('en'));
    const without = formatDate(june20, { hour: '2-digit', minute: '2-digit' }, at('en'));
    expect(without).toBe('09:05');
    expect(withSeconds).toBe('09:05:07');
  });

  it('writes a fields object by what it holds now: one changed between calls is not taken for what it was', () => {
    const fields: DateFields = { weekday: 'long' };
    expect(formatDate(june20, fields, at('en'))).toBe('Thursday');
    fields.weekday = 'short';
    expect(formatDate(june20, fields, at('en'))).toBe('Thu');
    const settings = at('en');
    expect(formatDate(june20, dayMonthYear, settings)).toBe('June 20, 2024');
    settings.locale = 'ar-SY';
    settings.digits = 'arab';
    expect(formatDate(june20, dayMonthYear, settings)).toBe('٢٠ حزيران ٢٠٢٤');
  });

  it('gives every date its own text past the dates a writer remembers', () => {
    const day = 86_400_000;
    const fields: DateFields = Object.freeze({ day: 'numeric', month: 'numeric', year: 'numeric' });
    const first = formatDate(0, fields, at('en'));
    for (let i = 1; i < 5000; i++) formatDate(i * day, fields, at('en'));
    expect(first).toBe('1/1/1970');
    expect(formatDate(0, fields, at('en'))).toBe(first);
    // Whatever it remembers, every date is the one Intl writes.
    const intl = new Intl.DateTimeFormat('en-u-ca-gregory-nu-latn', { ...fields, timeZone: 'UTC' });
    for (let i = 0; i < 5000; i += 7) expect(formatDate(i * day, fields, at('en'))).toBe(intl.format(i * day));
    expect(formatDate(4999 * day, fields, at('en'))).toBe('9/9/1983');
  });
});
