import { describe, expect, it } from 'vitest';
import { resolve, type ResolveContext } from '../../src/time/resolve/resolve.js';
import { dayNumber } from '../../src/time/calendar.js';
import { fromHijri, toHijri } from '../../src/time/resolve/hijri.js';

const ctx = (published: string | null, extra: Partial<ResolveContext> = {}): ResolveContext => {
  const dct = published === null ? null : dayNumber(...(published.split('-').map(Number) as [number, number, number]));
  return { dct, future: false, forwardDate: false, previousDay: null, paragraphDay: null, sentenceDay: null, previousStart: null, localZone: null, ...extra };
};

describe('resolve: weekdays', () => {
  // 2024-06-20 is a Thursday.
  const cases: Array<[string, Parameters<typeof resolve>[0], Partial<ResolveContext>, string]> = [
    ['bare weekday = publication day', { pattern: 't', weekday: 4 }, {}, '2024-06-20'],
    ['bare past weekday', { pattern: 't', weekday: 2 }, {}, '2024-06-18'],
    ['bare weekday in the future', { pattern: 't', weekday: 2 }, { future: true }, '2024-06-25'],
    ['forwardDate', { pattern: 't', weekday: 6 }, { forwardDate: true }, '2024-06-22'],
    ['last Thursday on a Thursday is a week before', { pattern: 't', weekday: 4, rel: 'last' }, {}, '2024-06-13'],
    ['next Thursday on a Thursday is a week later', { pattern: 't', weekday: 4, rel: 'next' }, {}, '2024-06-27'],
    ['today glossed Wednesday: the weekday wins', { pattern: 't', deictic: 0, weekday: 3 }, {}, '2024-06-19'],
    ['yesterday', { pattern: 't', deictic: -1 }, {}, '2024-06-19'],
  ];
  for (const [name, c, extra, value] of cases) {
    it(name, () => expect(resolve(c, ctx('2024-06-20', extra)).value).toBe(value));
  }
});

describe('resolve: without a publication date', () => {
  it('relative expressions stay unresolved', () => {
    const r = resolve({ pattern: 't', weekday: 4 }, ctx(null));
    expect(r).toMatchObject({ value: null, interval: null, anchor: 'unresolved' });
  });
  it('absolute ones resolve', () => {
    expect(resolve({ pattern: 't', year: 2022 }, ctx(null)).value).toBe('2022');
  });
});

describe('resolve: parts of day', () => {
  it('early morning', () => {
    const r = resolve({ pattern: 't', weekday: 4, pod: 'MO', podEdge: 'early' }, ctx('2024-06-20'));
    expect(r.value).toBe('2024-06-20TMO');
    expect(r.interval).toEqual({ start: '2024-06-20T00:00', end: '2024-06-20T09:00' });
  });
  it('a night across midnight', () => {
    const r = resolve({ pattern: 't', weekday: 3, weekday2: 4, pod: 'NI' }, ctx('2024-06-20'));
    expect(r.interval).toEqual({ start: '2024-06-19T18:00', end: '2024-06-20T06:00' });
  });
  it('noon glossed in GMT fixes the instant and the offset', () => {
    const r = resolve({ pattern: 't', pod: 'NOON', gloss: { hour: 5, minute: 0, zone: 'UTC' } }, ctx('2024-06-20'));
    expect(r).toMatchObject({ value: '2024-06-20T12:00', instant: '2024-06-20T05:00Z', timezone: '+07:00' });
  });
  it('a clock time in Mecca time', () => {
    const r = resolve({ pattern: 't', deictic: 0, hour: 14, minute: 30, zone: 'Asia/Riyadh' }, ctx('2024-06-20'));
    expect(r.instant).toBe('2024-06-20T11:30Z');
  });
});

describe('resolve: spans, offsets and anchors', () => {
  it('the last 18 months', () => {
    const r = resolve({ pattern: 't', span: { unit: 'month', amount: 18, dir: 'last' } }, ctx('2024-07-20'));
    expect(r).toMatchObject({ value: 'P18M', interval: { start: '2023-01-20', end: '2024-07-20' }, approximate: true });
  });
  it('three decades ago is an approximate year', () => {
    const r = resolve({ pattern: 't', offset: { unit: 'decade', amount: 3, dir: 'ago' } }, ctx('2024-06-21'));
    expect(r).toMatchObject({ value: '1994', approximate: true, precision: 'year' });
  });
  it('the previous day is counted from the event just told', () => {
    const r = resolve(
      { pattern: 't', anchor: { unit: 'day', amount: -1, to: 'previous' } },
      ctx('2024-06-21', { previousDay: dayNumber(2024, 6, 20) }),
    );
    expect(r).toMatchObject({ value: '2024-06-19', anchor: 'event', relation: { unit: 'day', amount: -1 } });
  });
  it('earlier this year runs to the publication date', () => {
    const r = resolve({ pattern: 't', unit: 'year', rel: 'this', within: 'earlier' }, ctx('2024-07-20'));
    expect(r.interval).toEqual({ start: '2024-01-01', end: '2024-07-20' });
  });
  it('early in the first decade of the 21st century', () => {
    const r = resolve({ pattern: 't', decade: { ordinal: 1 }, century: 21, part: 'early' }, ctx(null));
    expect(r).toMatchObject({ value: '200', interval: { start: '2000-01-01', end: '2004-01-01' }, approximate: true });
  });
});

describe('hijri (Umm al-Qura)', () => {
  it('1 Muharram 1446 = 2024-07-07 and 1 Muharram 1447 = 2025-06-26', () => {
    expect(fromHijri(1446, 1, 1)).toBe(dayNumber(2024, 7, 7));
    expect(fromHijri(1447, 1, 1)).toBe(dayNumber(2025, 6, 26));
    expect(toHijri(dayNumber(2024, 3, 11))).toEqual({ y: 1445, m: 9, d: 1 });
  });
  it('a day the month does not have is null', () => {
    expect(fromHijri(1446, 12, 30)).toBeNull();
  });
});
