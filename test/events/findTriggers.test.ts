import { describe, expect, it } from 'vitest';
import { triggerMorphology, triggers } from '../../src/locales/ar/triggers.js';
import { compileTriggers } from '../../src/events/compileTriggers.js';
import { findTriggers } from '../../src/events/findTriggers.js';
import { tokenize } from '../../src/events/tokenize.js';
import type { EventType } from '../../src/model/types.js';

const lexicon = compileTriggers(triggers, triggerMorphology);

/** Types and trigger words found in a clause. Two named parties are marked by the test's entity list. */
function found(text: string, entities: string[] = []): Array<[EventType, string]> {
  const { tokens } = tokenize(text);
  return findTriggers(tokens, lexicon, (i) => entities.some((e) => tokens[i]!.form.endsWith(e))).map((h) => [
    h.entry.type,
    text.slice(h.start, h.end),
  ]);
}

describe('trigger data: every example of every entry triggers it', () => {
  const rows = triggers.flatMap((entry, i) => entry.examples.map((ex) => [entry.type, ex, i] as const));
  it.each(rows)('%s: %s', (type, example, index) => {
    const { tokens } = tokenize(example);
    const hits = findTriggers(tokens, lexicon, (i) => ['روسيا', 'فيتنام'].some((e) => tokens[i]!.form.endsWith(e)));
    expect(hits.some((h) => h.entry === triggers[index])).toBe(true);
    expect(hits.map((h) => h.entry.type)).toContain(type);
  });
});

describe('findTriggers: forms and clitics', () => {
  const rows: Array<[string, Array<[EventType, string]>]> = [
    ['ووصل بوتين إلى هانوي', [['arrival', 'ووصل']]],
    ['وصلت الوزيرة إلى الرياض', [['arrival', 'وصلت']]],
    ['التي وصلها بعد زيارة لافتة', [['arrival', 'وصلها'], ['visit', 'زيارة']]],
    ['سيزور الرئيس القاهرة', [['visit', 'سيزور']]],
    ['وزارت الوزيرة عمّان', [['visit', 'وزارت']]],
    ['والتقى بوتين نظيره', [['meeting', 'والتقى']]],
    ['التقت الوزيرة نظيرها', [['meeting', 'التقت']]],
    ['يلتقي الرئيسان غدا', [['meeting', 'يلتقي']]],
    ['على عكس مكالمتهما الهاتفية', [['call', 'مكالمتهما']]],
    ['غداة توقيعه اتفاقية دفاعية', [['signing', 'توقيعه']]],
    ['الاتفاق الذي وقعه بوتين', [['signing', 'وقعه']]],
    ['ووقّع الجانبان اتفاقيات للتعاون', [['signing', 'ووقّع']]],
    ['عن إتمام عملية تبادل واسعة للأسرى', [['exchange', 'تبادل']]],
    ['أعلنت روسيا أنها أسقطت 26 مسيرة', [['announcement', 'أعلنت'], ['attack', 'أسقطت']]],
    ['زيلينسكي يحضر احتفالاً بذكرى', [['ceremony', 'احتفالاً']]],
    ['وامتنعت فيتنام عن التصويت في الجلسة', [['vote', 'التصويت']]],
    ['أعلن مقتل القائد', [['announcement', 'أعلن'], ['death', 'مقتل']]],
    ['وأجرى محادثات مع نظيره', [['talks', 'محادثات']]],
    ['بعد الإفراج عن الرهائن', [['release', 'الإفراج']]],
    ['قبل أن يغادر البلاد', [['departure', 'يغادر']]],
    ['تعهدت روسيا وفيتنام بتعميق العلاقات', [['agreement', 'تعهدت']]],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(found(text, ['روسيا', 'فيتنام'])).toEqual(expected);
  });
});

describe('findTriggers: look-alikes that are not events', () => {
  const rows: string[] = [
    'وزارة الخارجية الروسية',
    'وزارة الدفاع الروسية',
    'لما وصل إلى 11 اتفاقية',
    'وصل عدد المشاركين',
    'حل النزاعات سلميا',
    'تبادل الآراء حول القضايا',
    'وضع خارطة طريق',
    'أصدرت الفرقة ألبوما جديدا',
    'الاتصال بالإنترنت',
    'وقع الخبر كالصاعقة',
    'صوت المدافع',
  ];
  it.each(rows)('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
