import { describe, expect, it } from 'vitest';
import { toTimelineJS } from '../../src/model/timelinejs/toTimelineJS.js';
import { fromTimelineJS } from '../../src/model/timelinejs/fromTimelineJS.js';
import { htmlToText, escapeHtml } from '../../src/model/timelinejs/html.js';
import { TimelineValidationError } from '../../src/model/errors.js';
import { sampleTimeline } from './fixtures.js';

describe('toTimelineJS', () => {
  it('writes each event as a slide with inclusive end dates at its precision', () => {
    const tjs = toTimelineJS(sampleTimeline());
    const [a, b] = tjs.events;
    // [2024-06-18, 2024-06-20) covers the 18th and the 19th.
    expect(a!.start_date).toEqual({ year: 2024, month: 6, day: 18 });
    expect(a!.end_date).toEqual({ year: 2024, month: 6, day: 19 });
    // A single hour needs no end date.
    expect(b!.start_date).toEqual({ year: 2024, month: 6, day: 20, hour: 12 });
    expect(b!.end_date).toBeUndefined();
    expect(a!.unique_id).toBe('ev-1a2b3c');
    expect(a!.group).toBe('بيونغ يانغ');
    expect(tjs.eras).toEqual([{ start_date: { year: 2024, month: 6, day: 18 }, end_date: { year: 2024, month: 6, day: 20 }, text: { headline: 'الجولة الآسيوية' } }]);
    expect(tjs.title?.text?.headline).toBe('بوتين في آسيا');
  });

  it('escapes article text: quotes, summaries and links never become markup', () => {
    const tjs = toTimelineJS(sampleTimeline());
    const text = tjs.events[0]!.text!.text!;
    expect(text).toContain('&lt;b&gt;الأربعاء&lt;/b&gt; &amp; &quot;غيره&quot;');
    expect(text).not.toContain('<b>');
    expect(text).toContain('href="https://example.com/b1?x=1&amp;y=2"');
    expect(tjs.events[1]!.text!.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(tjs.events[1]!.text!.text).not.toContain('<script>');
  });

  it.each([
    ['year', '2019-01-01', '2020-01-01', { year: 2019 }, undefined],
    ['decade', '2010-01-01', '2020-01-01', { year: 2010 }, { year: 2019 }],
    ['season', '2022-03-01', '2022-06-01', { year: 2022, month: 3 }, { year: 2022, month: 5 }],
    ['month', '2025-01-01', '2025-02-01', { year: 2025, month: 1 }, undefined],
    ['day', '2024-07-19', '2024-07-20', { year: 2024, month: 7, day: 19 }, undefined],
    ['part-of-day', '2024-06-19T18:00', '2024-06-20T09:00', { year: 2024, month: 6, day: 19, hour: 18 }, { year: 2024, month: 6, day: 20, hour: 8 }],
    ['minute', '2024-06-20T12:00', '2024-06-20T12:01', { year: 2024, month: 6, day: 20, hour: 12, minute: 0 }, undefined],
  ] as const)('maps %s precision', (precision, start, end, startDate, endDate) => {
    const t = sampleTimeline();
    t.events[1]!.when = { value: 'X', start, end, precision, approximate: false };
    const slide = toTimelineJS(t).events[1]!;
    expect(slide.start_date).toEqual(startDate);
    expect(slide.end_date).toEqual(endDate);
  });

  it('groups by type or not at all on request, and rejects an unknown group option', () => {
    expect(toTimelineJS(sampleTimeline(), { group: 'type' }).events[0]!.group).toBe('arrival');
    expect(toTimelineJS(sampleTimeline(), { group: 'none' }).events[0]!.group).toBeUndefined();
    expect(() => toTimelineJS(sampleTimeline(), { group: 'actor' as never })).toThrow(/invalid option group: "actor"/);
  });

  it('validates the timeline it is given', () => {
    const t: any = sampleTimeline();
    t.events[0].type = 'nope';
    expect(() => toTimelineJS(t)).toThrow(TimelineValidationError);
  });

  it('does not alias the input', () => {
    const t = sampleTimeline();
    const tjs = toTimelineJS(t);
    tjs.events[0]!.tarikh!.title = 'changed';
    expect(t.events[0]!.title).toBe('وصل بوتين إلى كوريا الشمالية');
  });
});

describe('fromTimelineJS', () => {
  it('round-trips a tarikh timeline exactly, through JSON text', () => {
    const t = sampleTimeline();
    const back = fromTimelineJS(JSON.parse(JSON.stringify(toTimelineJS(t))));
    expect(back).toEqual(t);
  });

  it('round-trips without the tarikh keys for what TimelineJS can carry', () => {
    const t = sampleTimeline();
    const tjs: any = toTimelineJS(t);
    delete tjs.tarikh;
    for (const s of tjs.events) delete s.tarikh;
    const back = fromTimelineJS(tjs, { language: 'ar' });
    expect(back.title).toBe(t.title);
    expect(back.eras).toEqual(t.eras);
    expect(back.events.map((e) => [e.id, e.title, e.when.start, e.when.end, e.when.precision])).toEqual([
      ['ev-1a2b3c', t.events[0]!.title, '2024-06-18', '2024-06-20', 'day'],
      ['ev-4d5e6f', t.events[1]!.title, '2024-06-20T12:00', '2024-06-20T13:00', 'hour'],
    ]);
    // The quotes come back as plain text (entities decoded), never as markup.
    expect(back.events[1]!.summary).toContain('طلقات مدفعية <script>alert(1)</script>');
  });

  it('reads a plain TimelineJS file, with string date fields', () => {
    const t = fromTimelineJS(
      {
        title: { text: { headline: 'جولة <i>بوتين</i>' } },
        events: [
          { start_date: { year: '2024', month: '6', day: '20' }, text: { headline: 'بوتين في هانوي', text: '<p>وصل &amp; التقى</p>' } },
          { start_date: { year: 2017 }, end_date: { year: 2018 }, text: { headline: 'زيارة سابقة' }, unique_id: 'old-visit' },
        ],
      },
      { language: 'ar' },
    );
    expect(t.title).toBe('جولة بوتين');
    expect(t.language).toBe('ar');
    expect(t.events[0]).toMatchObject({
      id: 'tjs-1',
      type: 'report',
      title: 'بوتين في هانوي',
      summary: 'وصل & التقى',
      when: { value: '2024-06-20', start: '2024-06-20', end: '2024-06-21', precision: 'day' },
      sources: [],
    });
    expect(t.events[1]!.when).toMatchObject({ value: '2017', start: '2017-01-01', end: '2019-01-01', precision: 'year' });
    expect(t.events[1]!.id).toBe('old-visit');
  });

  it.each([
    [null, TypeError, /must be an object with an events array \(got null\)/],
    [{ events: {} }, TypeError, /\/events must be an array/],
    [{ events: [42] }, TypeError, /\/events\/0 must be an object \(got 42\)/],
    [{ events: [{ text: {} }] }, TypeError, /\/events\/0\/start_date must be an object/],
    [{ events: [{ start_date: { month: 6 } }] }, TypeError, /\/events\/0\/start_date\/year is required/],
    [{ events: [{ start_date: { year: 'soon' } }] }, TypeError, /\/events\/0\/start_date\/year must be an integer \(got "soon"\)/],
    [{ events: [{ start_date: { year: 2024, month: 13 } }] }, RangeError, /\/events\/0\/start_date\/month must be between 1 and 12 \(got 13\)/],
    [{ events: [{ start_date: { year: -13800000000 } }] }, RangeError, /year must be between 0 and 9999/],
    [{ events: [{ start_date: { year: 2024, day: 3 } }] }, TypeError, /month is required when day is given/],
    [{ events: [{ start_date: { year: 2024 }, text: { headline: 5 } }] }, TypeError, /\/events\/0\/text\/headline must be a string/],
    [{ events: [{ start_date: { year: 2024 }, unique_id: 7 }] }, TypeError, /unique_id must be a non-empty string/],
    [{ events: [], eras: 'x' }, TypeError, /\/eras must be an array/],
    [{ events: [], tarikh: 'x' }, TypeError, /\/tarikh must be an object/],
  ])('rejects %j', (input, type, message) => {
    expect(() => fromTimelineJS(input)).toThrow(type);
    expect(() => fromTimelineJS(input)).toThrow(message);
  });

  it('rejects what breaks the model (end before start, duplicate ids) through validateTimeline', () => {
    expect(() => fromTimelineJS({ events: [{ start_date: { year: 2024 }, end_date: { year: 2020 } }] })).toThrow(/must be before end/);
    expect(() =>
      fromTimelineJS({ events: [{ start_date: { year: 2024 }, unique_id: 'x' }, { start_date: { year: 2025 }, unique_id: 'x' }] }),
    ).toThrow(/duplicate event id "x"/);
    const tjs: any = toTimelineJS(sampleTimeline());
    tjs.events[0].tarikh.when.precision = 'dayz';
    expect(() => fromTimelineJS(tjs)).toThrow(/\/events\/0\/when\/precision/);
  });
});

describe('html helpers', () => {
  it('escapes and decodes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(htmlToText('<p>a&nbsp;&#1576;&#x628;</p><p>b &bogus; &lt;i&gt;</p>')).toBe('a\u00a0بب\nb &bogus; <i>');
  });

  it.each([
    ['<b>وصل</b> بوتين', 'وصل بوتين'],
    ['سطر<br>سطر<br/>سطر', 'سطر\nسطر\nسطر'],
    ['<h2>عنوان</h2>\n\n  <p>نص</p>', 'عنوان\nنص'],
    ['أ  \t\n \n\t ب', 'أ\nب'],
    ['a < b and c > d', 'a  d'],
    ['a < b', 'a < b'],
    ['<brx>x</li>y', 'x\ny'],
    ['  <div>x</div>  ', 'x'],
  ])('htmlToText(%j) = %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('stays linear on unclosed brackets and long runs of spaces', () => {
    const n = 1_000_000;
    expect(htmlToText('<'.repeat(n))).toBe('<'.repeat(n));
    expect(htmlToText(' '.repeat(n) + 'x')).toBe('x');
    expect(htmlToText('<a' + ' '.repeat(n) + '>b')).toBe('b');
  });
});
