import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline/parseArticle.js';
import gazetteerData from '../../src/locales/ar/gazetteer.json';
import { modality } from '../../src/locales/ar/modality.js';
import { titles } from '../../src/locales/ar/titles.js';
import { triggerMorphology, triggers } from '../../src/locales/ar/triggers.js';
import { eventTitles } from '../../src/locales/en/eventTitles.js';
import { compileGazetteer } from '../../src/events/compileGazetteer.js';
import { compileTriggers } from '../../src/events/compileTriggers.js';
import { compileModality, extractEvents } from '../../src/events/extractEvents.js';
import { compileTitles } from '../../src/events/findTitledPeople.js';
import { compileDiscourse } from '../../src/events/discourse.js';
import { compileSenses } from '../../src/events/findSense.js';
import { discourse } from '../../src/locales/ar/discourse.js';
import { senses } from '../../src/locales/ar/senses.js';
import { counts } from '../../src/locales/ar/counts.js';
import { cardinals } from '../../src/locales/ar/numbers.js';
import { compileCounts } from '../../src/events/findCount.js';
import type { Gazetteer } from '../../src/events/gazetteerTypes.js';
import type { TemporalExpression } from '../../src/model/types.js';

// The tagger's offset of an event-anchored time (TemporalExpression.relation).
interface TemporalRelation {
  unit: 'hour' | 'day' | 'week' | 'month' | 'year';
  amount: number;
  to: 'previous' | 'named';
}

const shared = {
  lexicon: compileTriggers(triggers, triggerMorphology),
  gazetteer: compileGazetteer(gazetteerData as Gazetteer),
  titles: compileTitles(titles),
  modality: compileModality(modality),
  labels: eventTitles,
  senses: compileSenses(senses),
  discourse: compileDiscourse(discourse),
  counts: compileCounts(counts, cardinals),
};

/** A day expression for `phrase` in `text` (the tagger is tested on its own; here times are given). */
function day(text: string, phrase: string, value: string | null, relation?: TemporalRelation): TemporalExpression {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`no ${phrase}`);
  const next = value ? new Date(Date.parse(value) + 86_400_000).toISOString().slice(0, 10) : null;
  const e: TemporalExpression & { relation?: TemporalRelation } = {
    text: phrase,
    start,
    end: start + phrase.length,
    value,
    interval: value && next ? { start: value, end: next } : null,
    precision: value ? 'day' : null,
    approximate: false,
    anchor: relation ? 'event' : value ? 'publication' : 'unresolved',
  };
  if (relation) e.relation = relation;
  return e;
}

function run(text: string, expressions: TemporalExpression[] = [], published: string | null = '2024-06-21') {
  return extractEvents({
    ...shared,
    articleId: 'a',
    outlet: 'Outlet',
    published,
    text,
    paragraphs: [{ start: 0, end: text.length, role: 'body' }],
    expressions,
  }).events;
}

describe('modality and negation', () => {
  const rows: Array<[string, Array<[string, string]>]> = [
    ['التقى الرئيسان في هانوي.', [['meeting', 'happened']]],
    ['لم يلتق الرئيسان في هانوي.', []],
    ['لن يزور الرئيس موسكو.', []],
    ['وأكد عدم توقيع أي اتفاق.', []],
    ['من المقرر أن يزور الرئيس القاهرة.', [['visit', 'scheduled']]],
    ['سيزور الرئيس القاهرة.', [['visit', 'scheduled']]],
    ['قبل أن يغادر البلاد كما هو مقرر.', [['departure', 'scheduled']]],
    ['من المتوقع أن يلتقي الرئيسان في القاهرة.', [['meeting', 'expected']]],
    ['قد يزور الرئيس القاهرة.', [['visit', 'expected']]],
    ['وكانت روسيا قد استأنفت المحادثات.', [['talks', 'happened']]],
    ['تنص على المساعدة في حال وقوع هجوم.', [['attack', 'expected']]],
    ['غير أن اللقاء لم يفض إلى اتفاق.', [['meeting', 'happened']]],
    // Halting strikes is not a strike.
    ['واتفق الرئيسان على وقف الضربات على منشآت الطاقة.', [['agreement', 'happened']]],
    ['وأعلنت الحكومة تعليق الغارات لمدة أسبوع.', [['announcement', 'happened']]],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(run(text).map((e) => [e.type, e.status])).toEqual(expected);
  });
});

describe('the time that governs an event', () => {
  it('takes the expression in its clause', () => {
    const text = 'وصل الرئيس إلى هانوي الخميس، والتقى نظيره الجمعة.';
    const events = run(text, [day(text, 'الخميس', '2024-06-20'), day(text, 'الجمعة', '2024-06-21')]);
    expect(events.map((e) => [e.type, e.when.value, e.when.basis])).toEqual([
      ['arrival', '2024-06-20', 'stated'],
      ['meeting', '2024-06-21', 'stated'],
    ]);
    expect(events[0]!.place?.timezone).toBe('Asia/Ho_Chi_Minh');
    expect(events[0]!.sources[0]!.claim?.text).toBe('الخميس');
  });

  it('falls back to the sentence, past comma-separated appositions', () => {
    const text = 'وصل الرئيس الروسي، فلاديمير بوتين، إلى كوريا الشمالية، الثلاثاء.';
    const [e] = run(text, [day(text, 'الثلاثاء', '2024-06-18')]);
    expect([e!.type, e!.when.value, e!.titleEn]).toEqual(['arrival', '2024-06-18', 'Vladimir Putin arrives in North Korea']);
  });

  it('dates an event named after an anchored expression through its host (غداة = the day after)', () => {
    const text = 'بدأ الرئيس الخميس زيارة دولة لفيتنام، غداة توقيعه اتفاقية دفاعية مع كوريا الشمالية.';
    const events = run(text, [day(text, 'الخميس', '2024-06-20'), day(text, 'غداة', '2024-06-20', { unit: 'day', amount: 1, to: 'named' })]);
    const signing = events.find((e) => e.type === 'signing')!;
    expect([signing.when.value, signing.when.basis]).toEqual(['2024-06-19', 'event']);
    expect(events.find((e) => e.type === 'visit')!.when.value).toBe('2024-06-20');
  });

  it('uses the article date for the host when the anchored expression has no day', () => {
    const text = 'وبعد يوم من توقيع اتفاق دفاع مشترك، تلقى الرئيس التحية خلال مراسم عسكرية.';
    const events = run(text, [day(text, 'بعد يوم', null, { unit: 'day', amount: 1, to: 'named' })], '2024-06-20');
    expect(events.map((e) => [e.type, e.when.value, e.when.basis])).toEqual([
      ['signing', '2024-06-19', 'event'],
      ['ceremony', '2024-06-20', 'reported-on'],
    ]);
  });

  it('makes "أول زيارة منذ 24 عاما" the previous visit, dated by the since-expression', () => {
    const text = 'ووصل بوتين إلى كوريا الشمالية الأربعاء في زيارة هي الأولى له منذ 24 عاما.';
    const since: TemporalExpression = { ...day(text, 'منذ 24 عاما', null), value: '2000', interval: { start: '2000-01-01', end: '2001-01-01' }, precision: 'year', approximate: true, anchor: 'publication' };
    const events = run(text, [day(text, 'الأربعاء', '2024-06-19'), since]);
    expect(events.map((e) => [e.type, e.when.value])).toEqual([
      ['arrival', '2024-06-19'],
      ['visit', '2024-06-19'],
      ['visit', '2000'],
    ]);
  });

  it('gives an undated event the article date as a low-confidence reported-on time, and says so', () => {
    const [e] = run('ووقع الطرفان 15 اتفاقا.');
    expect([e!.when.value, e!.when.basis, e!.when.approximate, e!.confidence]).toEqual(['2024-06-21', 'reported-on', true, 0.3]);
    expect(e!.summary).toMatch(/reported on/);
  });

  it('drops undated speech verbs, and events without any date when the article has none', () => {
    expect(run('وقال الرئيس إن المحادثات مهمة.').filter((e) => e.type === 'statement')).toEqual([]);
    expect(run('ووقع الطرفان 15 اتفاقا.', [], null)).toEqual([]);
  });

  it('does not let a time inside a quotation date the verb that reports it', () => {
    const text = 'وقال: «هناك تقدم قبل 10 سنوات».';
    expect(run(text, [day(text, 'قبل 10 سنوات', '2014-06-21')])).toEqual([]);
  });

  it('keeps a dated clause without a trigger as a fallback report', () => {
    const text = 'وتشمل المطالب الاعتراف بضم شبه جزيرة القرم (2014).';
    const y: TemporalExpression = { ...day(text, '2014', null), value: '2014', interval: { start: '2014-01-01', end: '2015-01-01' }, precision: 'year', anchor: 'absolute' };
    expect(run(text, [y]).map((e) => [e.type, e.when.value])).toEqual([['report', '2014']]);
  });
});

describe('event fields', () => {
  const text = 'وأعلن الرئيس الأمريكي دونالد ترامب، اليوم الجمعة، عن إتمام عملية تبادل واسعة للأسرى بين روسيا وأوكرانيا.';
  const events = run(text, [day(text, 'اليوم الجمعة', '2025-05-23')], '2025-05-23');

  it('have stable ids, sources that slice back to their quotes, and titles', () => {
    expect(events.map((e) => e.type)).toEqual(['announcement', 'exchange']);
    for (const e of events) {
      const s = e.sources[0]!;
      expect(text.slice(s.start, s.end)).toBe(s.quote);
      expect(s.articleId).toBe('a');
      expect(s.outlet).toBe('Outlet');
      expect(e.disputed).toBe(false);
      expect(e.id).toMatch(/^ev-[0-9a-f]{8}$/);
    }
    expect(run(text, [day(text, 'اليوم الجمعة', '2025-05-23')], '2025-05-23').map((e) => e.id)).toEqual(events.map((e) => e.id));
    // A joint act takes the countries of its clause as parties.
    expect(events[1]!.titleEn).toBe('Prisoner exchange between Russia and Ukraine');
    expect(events[0]!.title.startsWith('أعلن الرئيس')).toBe(true);
    expect(events[0]!.actors.map((a) => a.id)).toEqual(['person:donald-trump']);
  });
});

describe('actors', () => {
  // [text, expected actor ids (with the country a person acts for)]
  const rows: Array<[string, string[]]> = [
    ['وقع الرئيس الروسي فلاديمير بوتين اتفاقات مع نظيره الفيتنامي تو لام.', ['person:vladimir-putin>place:russia', 'person:to-lam>place:vietnam']],
    ['التقى الرئيس التركي رجب طيب أردوغان الرئيس المصري عبد الفتاح السيسي في أنقرة.', ['person:recep-tayyip-erdogan>place:turkey', 'person:abdel-fattah-el-sisi>place:egypt']],
    // Long honorifics between the verb and its object (Gulf outlets).
    ['استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، أمس الثلاثاء، الرئيس الفرنسي إيمانويل ماكرون.', ['person:king-salman>place:saudi-arabia', 'person:emmanuel-macron>place:france']],
    // People acting for no state keep no country.
    ['والتقى الأمين العام للأمم المتحدة أنطونيو غوتيريش الرئيس الفرنسي إيمانويل ماكرون في باريس.', ['person:antonio-guterres', 'person:emmanuel-macron>place:france']],
  ];
  it.each(rows)('%s', (text, expected) => {
    const actors = run(text)[0]!.actors.map((a) => (a.country ? `${a.id}>${a.country}` : a.id));
    expect(actors).toEqual(expected);
  });
});

describe('who acts when the clause does not say', () => {
  // [text, trigger type, expected actor ids in order]
  const rows: Array<[string, string, string[]]> = [
    // A verb joined by و with no subject of its own: the subject told before.
    ['وأجرى بوتين لاحقا محادثات مع نغوين فو ترونغ، ووضع إكليلا من الزهور على النصب.', 'ceremony', ['person:vladimir-putin']],
    ['وصل الرئيس التركي رجب طيب أردوغان إلى الدوحة، والتقى أمير قطر.', 'meeting', ['person:recep-tayyip-erdogan', 'place:qatar']],
    // A possessive pronoun on a verbal noun: his signing.
    ['بدأ الرئيس الروسي، فلاديمير بوتين، الخميس، زيارة دولة لفيتنام، غداة توقيعه اتفاقية دفاعية مع كوريا الشمالية.', 'signing', ['person:vladimir-putin', 'place:north-korea']],
    ['وصل الرئيس الصيني شي جينبينغ إلى موسكو. وخلال زيارته وقع الجانبان اتفاقات.', 'visit', ['person:xi-jinping']],
    // A verb that names its own subject inherits nothing.
    ['التقى بوتين الخميس نظيره، ووصل أردوغان إلى موسكو.', 'arrival', ['person:recep-tayyip-erdogan']],
    // A description told earlier with a name stands for that person.
    ['وقال الرئيس الروسي، فلاديمير بوتين، إن بلاده مستعدة. ويشارك الرئيس الروسي أيضا في مراسم وضع إكليل من الزهور.', 'ceremony', ['person:vladimir-putin']],
    ['التقى وزير الخارجية الأمريكي أنتوني بلينكن نظيره الصيني وانغ يي. ثم زار وزير الخارجية الأمريكي بكين.', 'visit', ['person:antony-blinken']],
    // …but a description never tied to a name stands for no one.
    ['ويشارك الرئيس الروسي في مراسم الافتتاح.', 'ceremony', []],
  ];
  it.each(rows)('%s', (text, type, expected) => {
    const e = run(text).find((x) => x.type === type);
    expect(e).toBeDefined();
    expect(e!.actors.map((a) => a.id)).toEqual(expected);
  });
});

describe('kinds of an event type', () => {
  const rows: Array<[string, string | undefined]> = [
    ['استقبل الرئيس الفيتنامي تو لام بوتين بمراسم رسمية وإطلاق 21 طلقة مدفعية.', 'welcome'],
    ['تلقى بوتين التحية خلال مراسم عسكرية في فيتنام.', 'welcome'],
    ['ووضع بوتين إكليلا من الزهور على ضريح هو شي منه.', 'wreath'],
    ['ويشارك الرئيس أيضا في مراسم وضع باقة من الزهر على الضريح، وفي عشاء رسمي بدار الأوبرا.', 'wreath'],
    ['وحضر الرئيس حفل عشاء رسمي في دار الأوبرا.', 'banquet'],
    ['شارك الآلاف في جنازة الرئيس الراحل.', 'funeral'],
    ['حضر الرئيس مراسم أداء اليمين الدستورية.', 'inauguration'],
    ['وأقيم حفل في القصر.', undefined],
  ];
  it.each(rows)('%s', (text, kind) => {
    const e = run(text).find((x) => x.type === 'ceremony');
    expect(e).toBeDefined();
    expect(e!.kind).toBe(kind);
  });
});

describe('frames: an event noun after خلال، أثناء، على هامش', () => {
  // [text, the time phrase, the frame's trigger type, expected quote of the frame]
  const rows: Array<[string, string, string, string]> = [
    ['وقع بوتين اتفاقات مع تو لام، الخميس، خلال زيارة دولة لفيتنام.', 'الخميس', 'visit', 'خلال زيارة دولة لفيتنام'],
    ['تعهدت روسيا وفيتنام، أمس الخميس، بتعميق العلاقات أثناء زيارة دولة للرئيس الروسي.', 'أمس الخميس', 'visit', 'أثناء زيارة دولة للرئيس الروسي'],
    ['وقع الرئيسان اتفاقا يوم الجمعة على هامش قمة مجموعة السبع.', 'يوم الجمعة', 'meeting', 'على هامش قمة مجموعة السبع'],
  ];
  it.each(rows)('%s', (text, phrase, type, quote) => {
    const events = run(text, [day(text, phrase, '2024-06-20')]);
    const frame = events.find((e) => e.type === type)!;
    // It shares the time of the clause it frames…
    expect(frame.when.value).toBe('2024-06-20');
    // …but its quote is its own words.
    expect(frame.sources[0]!.quote).toBe(quote);
  });

  it('leaves the quote of an event that is not a frame extended to its time', () => {
    const text = 'ووصل بوتين إلى هانوي، ليل الأربعاء، آتيا من بيونغ يانغ.';
    const e = run(text, [day(text, 'ليل الأربعاء', '2024-06-19')]).find((x) => x.type === 'arrival')!;
    expect(e.sources[0]!.quote).toContain('ليل الأربعاء');
  });
});

describe('a حيث-clause on the place one came from', () => {
  // [text, time phrase, its value, trigger type of the relative clause, expected basis, expected place]
  const rows: Array<[string, string, string, string, string, string | undefined]> = [
    // What happened at the origin does not take the time of the coming.
    ['ووصل بوتين إلى هانوي صباح الخميس قادما من كوريا الشمالية، حيث وقع هو والزعيم كيم جونغ أون اتفاقا.', 'صباح الخميس', '2024-06-20', 'signing', 'reported-on', 'place:north-korea'],
    ['ووصل بوتين إلى هانوي، ليل الأربعاء، آتيا من بيونغ يانغ حيث استقبله الزعيم الكوري الشمالي.', 'ليل الأربعاء', '2024-06-19', 'ceremony', 'reported-on', 'place:pyongyang'],
    ['عاد الوزير إلى الرياض مساء الأحد قادما من القاهرة حيث التقى الرئيس المصري.', 'مساء الأحد', '2024-06-16', 'meeting', 'reported-on', 'place:cairo'],
    // …but where one goes, what happens there shares the time.
    ['توجه بوتين إلى هانوي بعد ظهر الخميس، حيث استقبله أطفال المدارس.', 'بعد ظهر الخميس', '2024-06-20', 'ceremony', 'stated', undefined],
  ];
  it.each(rows)('%s', (text, phrase, value, type, basis, place) => {
    const e = run(text, [day(text, phrase, value)]).find((x) => x.type === type)!;
    expect(e).toBeDefined();
    expect(e.when.basis).toBe(basis);
    expect(e.place?.id).toBe(place);
  });

  it('keeps the pronoun subject of the relative clause: هو is the one who came', () => {
    const text = 'ووصل بوتين إلى هانوي قادما من كوريا الشمالية، حيث وقع هو والزعيم الكوري الشمالي كيم جونغ أون اتفاقا.';
    expect(run(text).find((x) => x.type === 'signing')!.actors.map((a) => a.id)).toEqual(['person:vladimir-putin', 'person:kim-jong-un']);
  });
});

describe('party nouns: the two sides, the two presidents', () => {
  // [text, trigger type, expected actors]
  const rows: Array<[string, string, string[]]> = [
    ['وقع الرئيس الروسي فلاديمير بوتين اتفاقات مع نظيره الفيتنامي تو لام. ووقع الجانبان اتفاقيات لتعزيز التعاون.', 'signing', ['person:vladimir-putin', 'person:to-lam']],
    ['وقدم تو لام التهنئة لبوتين على إعادة انتخابه. وشهد الرئيسان تبادل 11 اتفاقية.', 'signing', ['person:to-lam', 'person:vladimir-putin']],
    ['وخلال زيارة بوتين لفيتنام، وقع الطرفان 15 اتفاقا.', 'signing', ['person:vladimir-putin', 'place:vietnam']],
    // A state named as a setting (في أوكرانيا) is not a party.
    ['التقى أردوغان بوتين لبحث الحرب في أوكرانيا. واتفق الطرفان على مواصلة الحوار.', 'agreement', ['person:recep-tayyip-erdogan', 'person:vladimir-putin']],
    // A party noun a few words before a verbal noun.
    ['استقبل السيسي الرئيس التركي رجب طيب أردوغان. وعقد الرئيسان جلسة مباحثات في قصر الاتحادية.', 'talks', ['person:abdel-fattah-el-sisi', 'person:recep-tayyip-erdogan']],
    // The state one goes to is the host, a party.
    ['وصل أردوغان إلى مصر الثلاثاء في زيارة تستغرق يومين. ووقع الجانبان 18 اتفاقية تعاون.', 'signing', ['person:recep-tayyip-erdogan', 'place:egypt']],
    // One state once: Putin and Russia are one side.
    ['أعلنت روسيا أن بوتين سيزور الصين. ووقع البلدان اتفاقا للطاقة.', 'signing', ['person:vladimir-putin', 'place:china']],
  ];
  it.each(rows)('%s', (text, type, expected) => {
    const e = run(text).find((x) => x.type === type)!;
    expect(e).toBeDefined();
    expect(e.actors.map((a) => a.id)).toEqual(expected);
  });
});

describe('counts: each source keeps the number it claims', () => {
  // [text, trigger type, expected count as value/approximate/text, or undefined]
  const rows: Array<[string, string, [number, boolean, string] | undefined]> = [
    ['وقع الطرفان 15 اتفاقاً ومذكرة تفاهم.', 'signing', [15, false, '15 اتفاقاً']],
    ['ووقّع لام وبوتين حوالى عشرة اتفاقات تعاون.', 'signing', [10, true, 'حوالى عشرة اتفاقات']],
    ['وشهد الرئيسان تبادل بلديهما لما وصل إلى 11 اتفاقية ومذكرة تفاهم.', 'signing', [11, true, 'وصل إلى 11 اتفاقية']],
    ['أعلنت روسيا وأوكرانيا تبادل 390 أسيرا من كل جانب.', 'exchange', [390, false, '390 أسيرا']],
    ['ووقع البلدان ثلاث اتفاقيات في مجال الطاقة.', 'signing', [3, false, 'ثلاث اتفاقيات']],
    ['وأبرمت الشركتان نحو 20 عقدا بقيمة مليار دولار.', 'signing', [20, true, 'نحو 20 عقدا']],
    // A number that counts something else is not the count of the event.
    ['ووقع الجانبان اتفاقات في 5 مجالات.', 'signing', undefined],
  ];
  it.each(rows)('%s', (text, type, expected) => {
    const e = run(text).find((x) => x.type === type)!;
    expect(e).toBeDefined();
    const c = e.sources[0]!.count;
    expect(c ? [c.value, c.approximate, c.text] : undefined).toEqual(expected);
  });
});

describe('a speech verb is not dated by what it reports', () => {
  // [text, time phrase, its value, trigger type, expected value of that event's time]
  const rows: Array<[string, string, string, string, string]> = [
    // The time after أن dates the call, not the announcement (dated by its article).
    ['أعلن الكرملين أن الرئيس فلاديمير بوتين تحدث مع الرئيس الأميركي دونالد ترمب هاتفيا أمس الثلاثاء.', 'أمس الثلاثاء', '2024-06-18', 'announcement', '2024-06-21'],
    ['أعلن الكرملين أن الرئيس فلاديمير بوتين تحدث مع الرئيس الأميركي دونالد ترمب هاتفيا أمس الثلاثاء.', 'أمس الثلاثاء', '2024-06-18', 'call', '2024-06-18'],
    // A time before أن is the announcement's own.
    ['وأعلنت وزارة الدفاع، الأربعاء، أن روسيا وأوكرانيا تبادلتا 175 أسيرا.', 'الأربعاء', '2024-06-19', 'announcement', '2024-06-19'],
    ['وأعلن الرئيس الأمريكي دونالد ترامب، اليوم الجمعة، عن إتمام عملية تبادل واسعة للأسرى.', 'اليوم الجمعة', '2024-06-21', 'announcement', '2024-06-21'],
    // …and what is reported after أن does not take the announcement's time (dated by the article).
    ['أعلنت وزارة الدفاع الروسية، صباح الأحد، أنها أسقطت 34 مسيرة أوكرانية فوق منطقة موسكو.', 'صباح الأحد', '2024-06-16', 'attack', '2024-06-21'],
    ['قال مصدر أمني، الأحد، إن الهجوم على موسكو استهدف منشآت عسكرية.', 'الأحد', '2024-06-16', 'attack', '2024-06-21'],
  ];
  it.each(rows)('%s (%s)', (text, phrase, value, type, expected) => {
    const e = run(text, [day(text, phrase, value)]).find((x) => x.type === type)!;
    expect(e).toBeDefined();
    expect(e.when.value).toBe(expected);
  });
});

describe('attacks: their target is their place, a state can be their subject', () => {
  // [text, expected place, expected actors]
  const rows: Array<[string, string | undefined, string[]]> = [
    ['أسقطت الدفاعات الجوية 34 مسيرة فوق منطقة موسكو.', 'place:moscow', []],
    ['وقال المتحدث إن الهجوم على موسكو استهدف منشآت عسكرية.', 'place:moscow', []],
    ['قتل ثلاثة أشخاص في قصف روسي على خاركيف.', 'place:kharkiv', []],
    ['وهاجمت إسرائيل مواقع في جنوب لبنان.', 'place:lebanon', ['place:israel']],
    // Outside attacks, على is not a place: "ردا على أوكرانيا".
    ['وزار الرئيس الفرنسي إيمانويل ماكرون المنطقة ردا على روسيا.', undefined, ['person:emmanuel-macron']],
  ];
  it.each(rows)('%s', (text, place, actors) => {
    const e = run(text).find((x) => x.type === 'attack' || x.type === 'visit')!;
    expect(e).toBeDefined();
    expect(e.place?.id).toBe(place);
    expect(e.actors.map((a) => a.id)).toEqual(actors);
  });
});

describe('Arabic titles never start inside a name', () => {
  it.each([
    ['ووصل الوفد إلى القاهرة، آتيا من بيونغ يانغ حيث استقبله الزعيم الكوري الشمالي بحفاوة كبيرة.', 'يانغ حيث'],
    ['وغادر الرئيس إلى الدوحة قادما من أبو ظبي حيث التقى ولي العهد في قصر الرئاسة.', 'ظبي حيث'],
  ])('%s', (text, fragment) => {
    const a = parseArticle(text, { published: '2024-06-20' });
    expect(a.events.length).toBeGreaterThan(0);
    for (const e of a.events) expect(e.title.startsWith(fragment)).toBe(false);
  });
});
