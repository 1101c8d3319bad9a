import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTimeline } from '../../src/merge/buildTimeline.js';
import { validateTimeline } from '../../src/model/validateTimeline.js';
import type { ParsedArticle, ParsedDocument, Timeline } from '../../src/model/types.js';
import { article, places } from './fixtures.js';
import type { MentionSpec } from './fixtures.js';

/** Every source of the timeline, as article:start:end keys. */
const sourceKeys = (t: Timeline) => t.events.flatMap((e) => e.sources.map((s) => `${s.articleId}:${s.start}:${s.end}`));
const candidateKeys = (parsed: ParsedArticle[]) => parsed.flatMap((a) => a.events.flatMap((e) => e.sources.map((s) => `${s.articleId}:${s.start}:${s.end}`)));

/** The central invariant: each candidate mention lands in exactly one event. */
function expectNothingLost(parsed: ParsedArticle[], t: Timeline) {
  expect(sourceKeys(t).sort()).toEqual(candidateKeys(parsed).sort());
}

const eventWith = (t: Timeline, quote: string) => t.events.find((e) => e.sources.some((s) => s.quote === quote));

const arrivalTue: MentionSpec = { type: 'arrival', quote: 'وصل الرئيس الروسي إلى كوريا الشمالية، الثلاثاء', when: ['2024-06-18', '2024-06-19', 'day'], actors: ['putin'], place: 'north-korea' };
const arrivalWed: MentionSpec = { type: 'arrival', quote: 'ووصل بوتين إلى بيونغ يانغ الأربعاء', when: ['2024-06-19', '2024-06-20', 'day'], actors: ['putin'], place: 'pyongyang' };
const hanoiNight: MentionSpec = { type: 'arrival', quote: 'ووصل بوتين إلى هانوي، ليل الأربعاء الخميس', when: ['2024-06-19T18:00', '2024-06-20T06:00', 'part-of-day', '2024-06-19TNI'], actors: ['putin'], place: 'hanoi' };
const hanoiMorning: MentionSpec = { type: 'arrival', quote: 'ووصل بوتين إلى هانوي في وقت مبكر من صباح الخميس', when: ['2024-06-20T04:00', '2024-06-20T09:00', 'part-of-day', '2024-06-20TMO'], actors: ['putin'], place: 'hanoi' };

describe('buildTimeline: merging', () => {
  it('merges one arrival told on two different days into one disputed event that keeps both claims', () => {
    const parsed = [article('a', '2024-06-20', [arrivalTue]), article('b', '2024-06-20', [arrivalWed])];
    const t = buildTimeline(parsed);
    expect(t.events).toHaveLength(1);
    const [e] = t.events;
    expect(e!.disputed).toBe(true);
    expect(e!.claims!.map((c) => c.value)).toEqual(['2024-06-18', '2024-06-19']);
    expect(e!.when).toMatchObject({ value: '2024-06-18/2024-06-19', start: '2024-06-18', end: '2024-06-20', precision: 'day' });
    // The city is more specific than the country.
    expect(e!.place?.id).toBe('pyongyang');
    expectNothingLost(parsed, t);
  });

  it("takes the best-supported claim as 'when' on request, still keeping every claim", () => {
    const parsed = [
      article('a', '2024-06-20', [arrivalTue]),
      article('b', '2024-06-20', [arrivalWed]),
      article('c', '2024-06-20', [{ ...arrivalWed, quote: 'بوتين وصل إلى بيونغ يانغ يوم الأربعاء' }]),
    ];
    const t = buildTimeline(parsed, { disputedWhen: 'best-supported' });
    expect(t.events).toHaveLength(1);
    expect(t.events[0]!.when).toMatchObject({ value: '2024-06-19', start: '2024-06-19', end: '2024-06-20' });
    expect(t.events[0]!.claims).toHaveLength(2);
    expect(t.events[0]!.sources).toHaveLength(3);
  });

  it('keeps an arrival in another place apart, even when its time overlaps', () => {
    const parsed = [article('a', '2024-06-20', [arrivalTue, hanoiNight]), article('b', '2024-06-20', [arrivalWed, hanoiMorning])];
    const t = buildTimeline(parsed);
    expect(t.events).toHaveLength(2);
    const hanoi = eventWith(t, hanoiNight.quote)!;
    expect(hanoi.sources.map((s) => s.quote).sort()).toEqual([hanoiMorning.quote, hanoiNight.quote].sort());
    // Overlapping night and morning agree: not disputed, and the time spans both.
    expect(hanoi.disputed).toBe(false);
    expect(hanoi.when).toMatchObject({ start: '2024-06-19T18:00', end: '2024-06-20T09:00', precision: 'part-of-day' });
    expect(hanoi.claims).toBeUndefined();
    // Sorted by time: Pyongyang first.
    expect(t.events[0]!.place?.id).toBe('pyongyang');
    expectNothingLost(parsed, t);
  });

  it('takes the finest of agreeing claims (an hour inside an afternoon inside a day)', () => {
    const parsed = [
      article('a', '2024-06-20', [{ type: 'ceremony', quote: 'توجه بوتين إلى القصر الرئاسي بعد ظهر الخميس', when: ['2024-06-20T12:00', '2024-06-20T18:00', 'part-of-day', '2024-06-20TAF'], actors: ['putin'], place: 'hanoi' }]),
      article('b', '2024-06-20', [{ type: 'meeting', quote: 'والتقى بوتين عند الظهر نظيره تو لام خلال مراسم', when: ['2024-06-20T12:00', '2024-06-20T13:00', 'hour', '2024-06-20T12'], actors: ['putin', 'to-lam'], place: 'hanoi' }]),
      article('c', '2024-06-20', [{ type: 'ceremony', quote: 'تلقى بوتين التحية خلال مراسم عسكرية في فيتنام', when: ['2024-06-20', '2024-06-21', 'day', '2024-06-20', 'event'], actors: ['putin'], place: 'vietnam' }]),
    ];
    // A ceremony and a meeting are not one family: the meeting stays apart.
    const t = buildTimeline(parsed);
    const ceremony = eventWith(t, 'تلقى بوتين التحية خلال مراسم عسكرية في فيتنام')!;
    expect(ceremony.sources).toHaveLength(2);
    expect(ceremony.when).toMatchObject({ value: '2024-06-20TAF', precision: 'part-of-day' });
    expect(ceremony.place?.id).toBe('hanoi');
    expect(ceremony.disputed).toBe(false);
    expectNothingLost(parsed, t);
  });

  it('joins mentions dated only by their article to the dated telling, without disputing it', () => {
    const parsed = [
      article('a', '2024-06-20', [{ type: 'signing', quote: 'وقع بوتين سلسلة من الاتفاقات مع تو لام، الخميس', when: ['2024-06-20', '2024-06-21', 'day'], actors: ['putin', 'to-lam'], place: 'hanoi' }]),
      article('b', '2024-06-21', [{ type: 'agreement', quote: 'تعهدت روسيا وفيتنام، أمس الخميس، بتعميق العلاقات', when: ['2024-06-20', '2024-06-21', 'day'], actors: ['putin'], place: 'vietnam' }]),
      article('c', '2024-06-20', [{ type: 'signing', quote: 'وشهد الرئيسان تبادل 11 اتفاقية', when: ['2024-06-20', '2024-06-21', 'day', '2024-06-20', 'reported-on'], actors: ['putin', 'to-lam'], confidence: 0.4 }]),
      article('d', '2024-06-21', [{ type: 'signing', quote: 'وقع الطرفان 15 اتفاقا ومذكرة تفاهم', when: ['2024-06-21', '2024-06-22', 'day', '2024-06-21', 'reported-on'], place: 'hanoi', confidence: 0.4 }]),
    ];
    const t = buildTimeline(parsed);
    expect(t.events).toHaveLength(1);
    const [e] = t.events;
    expect(e!.sources).toHaveLength(4);
    expect(e!.disputed).toBe(false);
    expect(e!.when).toMatchObject({ value: '2024-06-20', start: '2024-06-20', end: '2024-06-21', basis: 'stated' });
    expect(e!.type).toBe('signing');
    expect(e!.actors.map((a) => a.id).sort()).toEqual(['putin', 'to-lam']);
    // Four independent articles: more confident than any one.
    expect(e!.confidence).toBeGreaterThan(0.7);
    expect(e!.confidence).toBeLessThanOrEqual(1);
  });

  it('does not let a reported-on mention join an event told as long before its article', () => {
    const parsed = [
      article('a', '2024-06-20', [{ type: 'signing', quote: 'وقع بوتين اتفاقا في عام 2017', when: ['2017-05-01', '2017-05-02', 'day'], actors: ['putin'] }]),
      article('b', '2024-06-20', [{ type: 'signing', quote: 'وقع بوتين اتفاقا', when: ['2024-06-20', '2024-06-21', 'day', '2024-06-20', 'reported-on'], actors: ['putin'] }]),
    ];
    expect(buildTimeline(parsed).events).toHaveLength(2);
  });

  const apart: Array<[string, MentionSpec, MentionSpec]> = [
    ['different people', { ...arrivalTue, actors: ['putin'] }, { ...arrivalTue, quote: 'وصل كيم', actors: ['kim'] }],
    ['types of different families', { type: 'call', quote: 'اتصال بين ترمب وزيلينسكي', when: ['2024-07-19', '2024-07-20', 'day'], actors: ['trump'] }, { type: 'statement', quote: 'قال ترمب', when: ['2024-07-19', '2024-07-20', 'day'], actors: ['trump'] }],
    ['days two apart', arrivalTue, { ...arrivalWed, when: ['2024-06-20', '2024-06-21', 'day'] }],
    ['a year and a day', { type: 'visit', quote: 'زار بوتين فيتنام عام 2024', when: ['2024-01-01', '2025-01-01', 'year'], actors: ['putin'], place: 'vietnam' }, { type: 'visit', quote: 'زار بوتين فيتنام الخميس', when: ['2024-06-20', '2024-06-21', 'day'], actors: ['putin'], place: 'vietnam' }],
    ['places in different zones', { ...hanoiMorning, place: 'kyiv' }, hanoiMorning],
    ['no shared participant', { type: 'attack', quote: 'هجوم في كييف', when: ['2024-07-13', '2024-07-14', 'day'], place: 'kyiv' }, { type: 'attack', quote: 'محاولة اغتيال ترمب', when: ['2024-07-13', '2024-07-14', 'day'], actors: ['trump'] }],
    ['bare fallbacks', { type: 'report', quote: 'جرى ذلك الجمعة', when: ['2024-07-19', '2024-07-20', 'day'] }, { type: 'report', quote: 'حدث شيء الجمعة', when: ['2024-07-19', '2024-07-20', 'day'] }],
  ];
  it.each(apart)('keeps apart: %s', (_name, x, y) => {
    const parsed = [article('a', '2024-07-20', [x]), article('b', '2024-07-20', [y])];
    const t = buildTimeline(parsed);
    expect(t.events).toHaveLength(2);
    expectNothingLost(parsed, t);
  });

  it('merges claims two days apart when the tolerance allows it', () => {
    const parsed = [article('a', '2024-06-21', [arrivalTue]), article('b', '2024-06-21', [{ ...arrivalWed, when: ['2024-06-20', '2024-06-21', 'day'] }])];
    expect(buildTimeline(parsed, { dayTolerance: 2 }).events).toHaveLength(1);
    expect(buildTimeline(parsed, { dayTolerance: 0 }).events).toHaveLength(2);
  });

  it('never chains claims: Tuesday and Thursday do not meet through Wednesday', () => {
    const thu: MentionSpec = { ...arrivalWed, quote: 'وصل بوتين الخميس', when: ['2024-06-20', '2024-06-21', 'day'] };
    const parsed = [article('a', '2024-06-21', [arrivalTue]), article('b', '2024-06-21', [arrivalWed]), article('c', '2024-06-21', [thu])];
    const t = buildTimeline(parsed);
    expect(t.events).toHaveLength(2);
    for (const e of t.events) {
      const days = e.sources.map((s) => s.quote);
      expect(days.includes(arrivalTue.quote) && days.includes(thu.quote)).toBe(false);
    }
    expectNothingLost(parsed, t);
  });

  it('merges participant-less mentions of one type only at the very same time', () => {
    const talks: MentionSpec = { type: 'talks', quote: 'محادثات مباشرة الجمعة الماضي في اجتماع', when: ['2025-05-16', '2025-05-17', 'day'] };
    const same = [article('a', '2025-05-23', [talks]), article('b', '2025-05-23', [{ ...talks, quote: 'جولة محادثات الجمعة' }])];
    expect(buildTimeline(same).events).toHaveLength(1);
    const other = [article('a', '2025-05-23', [talks]), article('b', '2025-05-23', [{ ...talks, quote: 'جولة محادثات السبت', when: ['2025-05-17', '2025-05-18', 'day'] }])];
    expect(buildTimeline(other).events).toHaveLength(2);
  });

  it('settles status: a later report that it happened wins over a schedule', () => {
    const parsed = [
      article('a', '2024-06-20', [{ type: 'ceremony', quote: 'ويشارك بوتين في مراسم وضع باقة من الزهر مساء', when: ['2024-06-20T18:00', '2024-06-21T00:00', 'part-of-day'], actors: ['putin'], place: 'hanoi', status: 'scheduled' }]),
      article('b', '2024-06-21', [{ type: 'ceremony', quote: 'ووضع بوتين إكليلا من الزهور', when: ['2024-06-20', '2024-06-21', 'day'], actors: ['putin'], place: 'hanoi' }]),
    ];
    const t = buildTimeline(parsed);
    expect(t.events).toHaveLength(1);
    expect(t.events[0]!.status).toBe('happened');
  });

  it('merges mentions within one article too, and reads ParsedDocuments', () => {
    const a = article('000-a', '2024-06-21', [arrivalTue, { ...arrivalTue, quote: 'وكان بوتين قد وصل الثلاثاء' }]);
    const doc: ParsedDocument = { id: 'page', text: a.text, paragraphs: [], articles: [a, article('000-b', '2024-07-20', [])], warnings: [] };
    const t = buildTimeline([doc]);
    expect(t.events).toHaveLength(1);
    expect(t.events[0]!.sources).toHaveLength(2);
    expect(t.articles.map((x) => x.id)).toEqual(['000-a', '000-b']);
    // Outlet and publication date come from the article's metadata.
    expect(t.events[0]!.sources[0]).toMatchObject({ outlet: 'Outlet 000-a', published: '2024-06-21' });
  });

  it('returns a valid timeline with title and language options', () => {
    const t = buildTimeline([article('a', '2024-06-20', [arrivalTue])], { title: 'بوتين في آسيا', language: 'ar-EG' });
    expect(validateTimeline(t)).toBe(t);
    expect(t.title).toBe('بوتين في آسيا');
    expect(t.language).toBe('ar-EG');
    expect(buildTimeline([]).events).toEqual([]);
  });
});

describe('buildTimeline: ids and order', () => {
  const parsed = () => [
    article('a', '2024-06-20', [arrivalTue, hanoiNight]),
    article('b', '2024-06-20', [arrivalWed, hanoiMorning]),
    article('c', '2024-07-20', [{ type: 'call', quote: 'مكالمة ترمب وزيلينسكي يوم الجمعة', when: ['2024-07-19', '2024-07-20', 'day'], actors: ['trump', 'zelensky'] }]),
  ];

  it('gives the same ids and events whatever the input order (articles keep the input order)', () => {
    const forward = buildTimeline(parsed());
    const backward = buildTimeline(parsed().reverse().map((a) => ({ ...a, events: [...a.events].reverse() })));
    expect(backward.events).toEqual(forward.events);
    expect(new Set(forward.events.map((e) => e.id)).size).toBe(forward.events.length);
    expect(forward.events.every((e) => /^ev-[0-9a-f]{14}$/.test(e.id))).toBe(true);
  });

  it('sorts events by time', () => {
    const starts = buildTimeline(parsed()).events.map((e) => e.when.start);
    expect(starts).toEqual([...starts].sort());
  });

  it('changes an id when the sources change', () => {
    const one = buildTimeline([article('a', '2024-06-20', [arrivalTue])]).events[0]!.id;
    const two = buildTimeline([article('a', '2024-06-20', [arrivalTue]), article('b', '2024-06-20', [arrivalWed])]).events[0]!.id;
    expect(one).not.toBe(two);
  });

  it('keeps ids unique when the same article is given twice', () => {
    const a = article('a', '2024-06-20', [{ type: 'report', quote: 'حدث شيء', when: ['2024-06-20', '2024-06-21', 'day'] }]);
    const t = buildTimeline([a, a]);
    expect(t.events).toHaveLength(2);
    expect(new Set(t.events.map((e) => e.id)).size).toBe(2);
  });
});

describe('buildTimeline: property — no mention is lost', () => {
  const day = fc.integer({ min: 0, max: 12 }).map((d) => {
    const s = new Date(Date.UTC(2024, 5, 10 + d));
    const e = new Date(Date.UTC(2024, 5, 11 + d));
    return [s.toISOString().slice(0, 10), e.toISOString().slice(0, 10)] as const;
  });
  const mention = fc.record({
    type: fc.constantFrom('arrival', 'signing', 'agreement', 'call', 'report', 'talks', 'meeting') as fc.Arbitrary<MentionSpec['type']>,
    day,
    reported: fc.boolean(),
    actors: fc.subarray(['putin', 'kim', 'to-lam', 'trump']),
    place: fc.option(fc.constantFrom(...(Object.keys(places) as Array<keyof typeof places>)), { nil: undefined }),
    status: fc.constantFrom('happened', 'scheduled') as fc.Arbitrary<MentionSpec['status'] & string>,
  });
  it('maps each candidate to exactly one event, validly, whatever the mix', () => {
    fc.assert(
      fc.property(fc.array(fc.array(mention, { maxLength: 8 }), { maxLength: 6 }), (arts) => {
        const parsed = arts.map((ms, i) =>
          article(
            `art-${i}`,
            '2024-06-23',
            ms.map((m, j) => ({
              type: m.type,
              quote: `mention ${i}.${j}`,
              when: [m.day[0], m.day[1], 'day', m.day[0], m.reported ? 'reported-on' : 'stated'],
              actors: m.actors,
              ...(m.place ? { place: m.place } : {}),
              status: m.status,
            })),
          ),
        );
        const t = buildTimeline(parsed);
        expectNothingLost(parsed, t);
        expect(() => validateTimeline(t)).not.toThrow();
        for (const e of t.events) if (e.disputed) expect(e.claims!.length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 150 },
    );
  });
});

describe('buildTimeline: bad input and options', () => {
  const good = () => [article('a', '2024-06-20', [arrivalTue])];
  it.each([
    [{ dayTolerance: -1 }, /invalid option dayTolerance: -1/],
    [{ dayTolerance: 'one' }, /invalid option dayTolerance: "one"/],
    [{ reportedWindow: Infinity }, /invalid option reportedWindow: Infinity/],
    [{ disputedWhen: 'latest' }, /invalid option disputedWhen: "latest"/],
    [{ language: 'arabic!' }, /invalid option language/],
    [{ maxComparisons: 0 }, /invalid option maxComparisons/],
    [{ tolerance: 1 }, /invalid option tolerance: unknown option/],
  ])('rejects options %j with a RangeError naming the option', (options, message) => {
    expect(() => buildTimeline(good(), options as never)).toThrow(RangeError);
    expect(() => buildTimeline(good(), options as never)).toThrow(message);
  });

  it.each([
    ['not an array', () => 'articles', /parsed must be an array .*\(got "articles"\)/],
    ['an item of the wrong shape', () => [good()[0], 42], /parsed\/1 must be a ParsedArticle \(with events\) or a ParsedDocument/],
    ['an article without meta', () => [{ ...good()[0], meta: undefined }], /parsed\/0\/meta: must be object/],
    ['an event without when', () => { const a: any = good()[0]; delete a.events[0].when; return [a]; }, /parsed\/0\/events\/0\/when: is required/],
    ['a bad date deep inside a document', () => { const a: any = good()[0]; a.events[0].when.start = '2024-13-01'; return [{ id: 'd', text: '', paragraphs: [], articles: [a], warnings: [] }]; }, /parsed\/0\/articles\/0\/events\/0\/when\/start: must be an ISO 8601/],
    ['an event ending before it starts', () => { const a: any = good()[0]; a.events[0].when.end = '2024-06-01'; return [a]; }, /parsed\/0\/events\/0\/when: start "2024-06-18" must be a calendar date before end/],
    ['an unknown event type', () => { const a: any = good()[0]; a.events[0].type = 'party'; return [a]; }, /parsed\/0\/events\/0\/type: must be one of/],
  ])('rejects %s with a TypeError naming the path', (_name, input, message) => {
    expect(() => buildTimeline(input() as never)).toThrow(TypeError);
    expect(() => buildTimeline(input() as never)).toThrow(message);
  });
});

describe('buildTimeline: mentions dated only by their article', () => {
  const undated = (quote: string): MentionSpec => ({ type: 'statement', quote, when: ['2024-06-20', '2024-06-21', 'day', '2024-06-20', 'reported-on'], actors: ['putin'] });
  it('merges two of them only when their articles are within the day tolerance', () => {
    const near = [article('a', '2024-06-20', [undated('قال بوتين')]), article('b', '2024-06-21', [{ ...undated('وقال بوتين'), when: ['2024-06-21', '2024-06-22', 'day', '2024-06-21', 'reported-on'] }])];
    expect(buildTimeline(near).events).toHaveLength(1);
    const far = [article('a', '2024-06-20', [undated('قال بوتين')]), article('b', '2024-06-23', [{ ...undated('وقال بوتين'), when: ['2024-06-23', '2024-06-24', 'day', '2024-06-23', 'reported-on'] }])];
    expect(buildTimeline(far).events).toHaveLength(2);
  });
});

describe('buildTimeline: counterparts and within-article coreference', () => {
  const signing = (quote: string, day: string, actors: string[], extra: Partial<MentionSpec> = {}): MentionSpec => ({
    type: 'signing', quote, when: [day, nextDay(day), 'day'], actors, ...extra,
  });
  function nextDay(d: string): string {
    const t = new Date(`${d}T00:00Z`);
    t.setUTCDate(t.getUTCDate() + 1);
    return t.toISOString().slice(0, 10);
  }

  it('keeps apart signings with different counterparts, even a day apart', () => {
    const parsed = [
      article('a', '2024-06-21', [signing('وقع بوتين مع كيم', '2024-06-19', ['putin', 'kim'])]),
      article('b', '2024-06-21', [signing('وقع بوتين مع تو لام', '2024-06-20', ['putin', 'to-lam'])]),
      article('c', '2024-06-21', [signing('وقع بوتين اتفاقات الخميس', '2024-06-20', ['putin'])]),
    ];
    const t = buildTimeline(parsed);
    expect(t.events).toHaveLength(2);
    // Putin alone fits the signing he did that day.
    expect(eventWith(t, 'وقع بوتين اتفاقات الخميس')!.sources.map((s) => s.articleId).sort()).toEqual(['b', 'c']);
    expect(t.events.every((e) => !e.disputed)).toBe(true);
  });

  it('keeps apart states with different counterparts (Russia–North Korea, Russia–Vietnam)', () => {
    const parsed = [
      article('a', '2024-06-21', [signing('اتفاق روسيا وكوريا الشمالية', '2024-06-20', ['place:russia', 'place:north-korea'])]),
      article('b', '2024-06-21', [signing('اتفاق روسيا وفيتنام', '2024-06-20', ['place:russia', 'place:vietnam'])]),
    ];
    expect(buildTimeline(parsed).events).toHaveLength(2);
  });

  it('puts a mention that names no one with its own article’s event of that type, the nearest in time', () => {
    const parsed = [
      article('a', '2024-06-20', [
        signing('وقع بوتين مع كيم في اليوم السابق', '2024-06-19', ['putin', 'kim']),
        signing('وقع بوتين مع تو لام الخميس', '2024-06-20', ['putin', 'to-lam']),
        { type: 'agreement', quote: 'ووقع الجانبان اتفاقيات للتعاون', when: ['2024-06-20', '2024-06-21', 'day', '2024-06-20', 'reported-on'] },
      ]),
      // Another article's bare mention does not join across articles.
      article('b', '2024-06-20', [{ type: 'signing', quote: 'ووقع الطرفان 15 اتفاقا', when: ['2024-06-20', '2024-06-21', 'day', '2024-06-20', 'reported-on'] }]),
    ];
    const t = buildTimeline(parsed);
    expect(eventWith(t, 'ووقع الجانبان اتفاقيات للتعاون')!.sources.map((s) => s.quote)).toContain('وقع بوتين مع تو لام الخميس');
    expect(eventWith(t, 'ووقع الطرفان 15 اتفاقا')!.sources).toHaveLength(1);
  });

  it('links the telling by people and the telling by states through an article that has both', () => {
    const parsed = [
      article('a', '2024-06-21', [signing('وقع بوتين مع تو لام الخميس', '2024-06-20', ['putin', 'to-lam'])]),
      article('b', '2024-06-21', [
        signing('ووقع لام وبوتين حوالى عشرة اتفاقات', '2024-06-20', ['putin', 'to-lam']),
        { ...signing('تعهدت روسيا وفيتنام أمس الخميس', '2024-06-20', ['place:russia', 'place:vietnam']), type: 'agreement' },
      ]),
      article('c', '2024-06-20', [signing('ووقع البلدان اتفاقات', '2024-06-20', ['place:russia', 'place:vietnam'])]),
    ];
    const t = buildTimeline(parsed);
    expect(t.events).toHaveLength(1);
    expect(t.events[0]!.sources).toHaveLength(4);
  });

  it('does not link tellings a day apart through an article (the link needs overlapping times)', () => {
    const parsed = [
      article('a', '2024-06-21', [
        signing('الاتفاق الذي وقعه بوتين مع كيم في اليوم السابق', '2024-06-19', ['putin', 'kim']),
        signing('الاتفاقيات بين روسيا وفيتنام', '2024-06-20', ['place:russia', 'place:vietnam']),
      ]),
    ];
    expect(buildTimeline(parsed).events).toHaveLength(2);
  });
});

describe('buildTimeline: disputes need direct evidence', () => {
  it('does not put two signings in dispute through a mention that names both sets of parties', () => {
    const parsed = [
      article('a', '2024-06-21', [
        { type: 'signing', quote: 'وقع بوتين مع كيم الأربعاء', when: ['2024-06-19', '2024-06-20', 'day'], actors: ['putin', 'kim'] },
        { type: 'signing', quote: 'اتفاقيات روسيا وفيتنام ليست مثل اتفاق بوتين وكيم', when: ['2024-06-19', '2024-06-20', 'day'], actors: ['place:russia', 'place:vietnam', 'putin', 'kim'] },
      ]),
      article('b', '2024-06-21', [{ type: 'agreement', quote: 'تعهدت روسيا وفيتنام أمس الخميس', when: ['2024-06-20', '2024-06-21', 'day'], actors: ['place:russia', 'place:vietnam'] }]),
    ];
    const t = buildTimeline(parsed);
    expect(t.events).toHaveLength(2);
    expect(t.events.every((e) => !e.disputed)).toBe(true);
  });
});

describe('buildTimeline: leaders stand for their states', () => {
  const day = (d: string, n = 1): [string, string, 'day'] => {
    const t = new Date(`${d}T00:00Z`);
    t.setUTCDate(t.getUTCDate() + n);
    return [d, t.toISOString().slice(0, 10), 'day'];
  };
  const P = { putin: 'putin>place:russia', kim: 'kim>place:north-korea', lam: 'to-lam>place:vietnam', erdogan: 'erdogan>place:turkey', biden: 'biden>place:united-states', xi: 'xi>place:china', kishida: 'kishida>place:japan', lavrov: 'lavrov>place:russia', wang: 'wang-yi>place:china' };
  // [what, type, actors of the first telling, actors of the second, same day?, events expected]
  const rows: Array<[string, MentionSpec['type'], string[], string[], boolean, number]> = [
    ['the leaders and their states sign one agreement', 'signing', [P.putin, P.lam], ['place:russia', 'place:vietnam'], true, 1],
    ['the leaders of one pair, the states of another', 'signing', [P.putin, P.kim], ['place:russia', 'place:vietnam'], true, 2],
    ['one leader and the other state (غداة توقيعه اتفاقية مع كوريا الشمالية)', 'signing', [P.putin, 'place:north-korea'], [P.putin, P.kim], true, 1],
    ['only the other state (بعد توقيع اتفاق مع كوريا الشمالية)', 'signing', ['place:north-korea'], [P.putin, P.kim], true, 1],
    ['أردوغان وبوتين يتفقان / تركيا وروسيا تتفقان', 'agreement', [P.erdogan, P.putin], ['place:turkey', 'place:russia'], true, 1],
    ['قمة بايدن وشي / قمة الولايات المتحدة واليابان', 'meeting', [P.biden, P.xi], ['place:united-states', 'place:japan'], true, 2],
    ['قمة بايدن وشي / لقاء الصين والولايات المتحدة', 'meeting', [P.biden, P.xi], ['place:china', 'place:united-states'], true, 1],
    ['the same states through different people (لافروف ووانغ يي / بوتين وشي)', 'meeting', [P.lavrov, P.wang], [P.putin, P.xi], true, 2],
    ['the same states but a week apart', 'meeting', [P.kishida, P.biden], ['place:japan', 'place:united-states'], false, 2],
  ];
  it.each(rows)('%s', (_what, type, first, second, sameDay, expected) => {
    const parsed = [
      article('a', '2024-06-21', [{ type, quote: 'الرواية الأولى', when: day('2024-06-19'), actors: first }]),
      article('b', '2024-06-28', [{ type, quote: 'الرواية الثانية', when: sameDay ? day('2024-06-19') : day('2024-06-26'), actors: second }]),
    ];
    const t = buildTimeline(parsed);
    expect(t.events).toHaveLength(expected);
    expect(t.events.every((e) => !e.disputed)).toBe(true);
    if (expected === 1) expect(t.events[0]!.actors.find((a) => a.id === first[0]!.split('>')[0])?.country).toBe(first[0]!.split('>')[1]);
  });
});

describe('buildTimeline: kinds of one type are different happenings', () => {
  const day: [string, string, 'day'] = ['2024-06-20', '2024-06-21', 'day'];
  const rows: Array<[string, Array<string | undefined>, number]> = [
    ['a welcome and a wreath on one day, same people', ['welcome', 'wreath'], 2],
    ['two tellings of the welcome', ['welcome', 'welcome'], 1],
    ['a ceremony of no told kind joins the one that tells it', ['welcome', undefined], 1],
    ['a banquet, a wreath and an untold one', ['banquet', 'wreath', undefined], 2],
  ];
  it.each(rows)('%s', (_what, kinds, expected) => {
    const parsed = kinds.map((kind, i) => {
      const a = article(`k${i}`, '2024-06-21', [{ type: 'ceremony', quote: `مراسم ${i}`, when: day, actors: ['putin'] }]);
      if (kind !== undefined) a.events[0]!.kind = kind;
      return a;
    });
    const t = buildTimeline(parsed);
    expect(t.events).toHaveLength(expected);
    expect(validateTimeline(t)).toBeTruthy();
  });
});

describe('buildTimeline: counts are claims of each source', () => {
  it('merges tellings that disagree on the count, without a dispute, keeping each count', () => {
    const day: [string, string, 'day'] = ['2024-06-20', '2024-06-21', 'day'];
    const told = [[15, false], [11, true], [10, true]] as const;
    const parsed = told.map(([value, approximate], i) => {
      const a = article(`c${i}`, '2024-06-21', [{ type: 'signing', quote: `وقع الطرفان ${value} اتفاقا`, when: day, actors: ['putin>place:russia', 'to-lam>place:vietnam'] }]);
      a.events[0]!.sources[0]!.count = { value, approximate, text: `${value} اتفاقا` };
      return a;
    });
    const t = buildTimeline(parsed);
    expect(t.events).toHaveLength(1);
    expect(t.events[0]!.disputed).toBe(false);
    expect(t.events[0]!.sources.map((s) => s.count?.value).sort()).toEqual([10, 11, 15]);
    expect(validateTimeline(t)).toBeTruthy();
  });
});

describe('buildTimeline: a lasting happening is not narrowed by a part told finely', () => {
  const rows: Array<[MentionSpec['type'], string]> = [
    // A state visit told as Thursday by one outlet and "Thursday afternoon" (going to the palace) by another.
    ['visit', '2024-06-20'],
    // An arrival is a moment: the finer telling is the better one.
    ['arrival', '2024-06-20TAF'],
  ];
  it.each(rows)('%s', (type, value) => {
    const parsed = [
      article('a', '2024-06-21', [{ type, quote: 'الخميس', when: ['2024-06-20', '2024-06-21', 'day'], actors: ['putin'], place: 'hanoi' }]),
      article('b', '2024-06-21', [{ type, quote: 'بعد ظهر الخميس', when: ['2024-06-20T12:00', '2024-06-20T18:00', 'part-of-day', '2024-06-20TAF'], actors: ['putin'], place: 'hanoi' }]),
    ];
    const t = buildTimeline(parsed);
    expect(t.events).toHaveLength(1);
    expect(t.events[0]!.when.value).toBe(value);
    expect(t.events[0]!.disputed).toBe(false);
  });
});

describe('buildTimeline: tellings dated only by their articles never dispute', () => {
  it('keeps the earliest article date as the bound, undisputed', () => {
    const on = (d: string, n: string): [string, string, 'day', string, 'reported-on'] => [d, n, 'day', d, 'reported-on'];
    const parsed = [
      article('a', '2024-02-14', [{ type: 'signing', quote: 'ووقع البلدان نحو 20 اتفاقية', when: on('2024-02-14', '2024-02-15'), actors: ['erdogan>place:turkey', 'place:egypt'] }]),
      article('b', '2024-02-15', [{ type: 'signing', quote: 'ووقع الجانبان 18 اتفاقية', when: on('2024-02-15', '2024-02-16'), actors: ['erdogan>place:turkey', 'place:egypt'] }]),
    ];
    const t = buildTimeline(parsed);
    expect(t.events).toHaveLength(1);
    expect(t.events[0]!.disputed).toBe(false);
    expect(t.events[0]!.claims).toBeUndefined();
    expect(t.events[0]!.when.value).toBe('2024-02-14');
  });
});
