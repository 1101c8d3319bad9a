import { describe, expect, it } from 'vitest';
import { tagTimes } from '../../src/pipeline/tagTimes.js';

describe('tagTimes: input', () => {
  it('rejects a non-string text naming the argument', () => {
    expect(() => tagTimes(42 as unknown as string)).toThrow(TypeError);
    expect(() => tagTimes(null as unknown as string)).toThrow(/text/);
  });
  it('rejects a bad publication date or zone quoting the value', () => {
    expect(() => tagTimes('الخميس', { published: '2024-13-01' })).toThrow(RangeError);
    expect(() => tagTimes('الخميس', { published: 'yesterday' })).toThrow(/"yesterday"/);
    expect(() => tagTimes('الخميس', { published: '2024-06-20', timezone: 'Mars/Base' })).toThrow(/"Mars\/Base"/);
  });
  it('returns [] for empty text', () => {
    expect(tagTimes('')).toEqual([]);
  });
  it('accepts a full ISO 8601 publication instant, read in the outlet zone', () => {
    const [e] = tagTimes('أمس', { published: '2024-06-20T23:30:00Z', timezone: 'Asia/Riyadh' });
    expect(e?.value).toBe('2024-06-20');
  });
});

describe('tagTimes: spans point into the original text', () => {
  it('with diacritics, tatweel and Eastern Arabic digits', () => {
    const text = 'وقَّع الاتفاق في ٢٠ يونيـو ٢٠٢٤ بحضور الوفد';
    const [e] = tagTimes(text);
    expect(e?.text).toBe(text.slice(e!.start, e!.end));
    expect(e?.value).toBe('2024-06-20');
  });
});

describe('tagTimes: without a publication date', () => {
  it('keeps relative expressions unresolved and resolves absolute ones', () => {
    const out = tagTimes('وصل الخميس، وفي عام 2022 استأنفنا الخدمة');
    expect(out.map((e) => [e.text, e.value, e.anchor])).toEqual([
      ['الخميس', null, 'unresolved'],
      ['وفي عام 2022', '2022', 'absolute'],
    ]);
  });
});

describe('tagTimes: event anchors', () => {
  it('dates "the previous day" from the day just told and records the relation', () => {
    const out = tagTimes('وقع بوتين الاتفاقات الخميس. وكان قد وقع مع كيم في اليوم السابق معاهدة.', { published: '2024-06-20' });
    const prev = out.find((e) => e.kind === 'event-anchor');
    expect(prev).toMatchObject({ value: '2024-06-19', anchor: 'event', relation: { unit: 'day', amount: -1, to: 'previous' } });
  });
  it('غداة after a day told in the same sentence: another event, unresolved, relation kept', () => {
    const out = tagTimes('بدأ بوتين الخميس زيارة لفيتنام غداة توقيعه اتفاقية دفاعية.', { published: '2024-06-20' });
    expect(out.find((e) => e.text === 'غداة')).toMatchObject({ value: null, anchor: 'unresolved', relation: { amount: 1, to: 'named' } });
  });
  it('غداة in a new sentence: the day after the event just told', () => {
    const out = tagTimes('جرت الانتخابات يوم الأحد 10 نوفمبر 2024. وغداة الاقتراع أعلنت النتائج.', { published: '2024-11-12' });
    expect(out.find((e) => e.kind === 'event-anchor')).toMatchObject({ value: '2024-11-11', anchor: 'event' });
  });
});

describe('tagTimes: look-alikes', () => {
  const negatives = [
    'الزعيم الكوري الشمالي (59 عاما) استقبله',
    'يبلغ عدد السكان 100 مليون نسمة',
    'في الذكرى الـ30 للمعاهدة',
    'أطلقت 21 عيارا ناريا',
    'البلدان التي كانت تدور بالأمس في فلك الاتحاد السوفييتي',
    'بلغ حجم التجارة 3.6 مليار دولار',
    'قال الأمين العام السابق للحلف',
    'احتفلت البلاد باليوم الوطني',
  ];
  for (const text of negatives) {
    it(text, () => expect(tagTimes(text, { published: '2024-06-20' })).toEqual([]));
  }
});

describe('tagTimes: hostile input', () => {
  it('handles 10 MB', () => {
    const text = 'وصل الرئيس الخميس إلى هانوي في زيارة دولة. '.repeat(250_000);
    const out = tagTimes(text, { published: '2024-06-20' });
    expect(out.length).toBe(250_000);
  }, 60_000);
});
