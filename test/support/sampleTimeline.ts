import type { TimelineEvent, Timeline } from '../../src/model/types.js';

// A small hand-written Arabic timeline covering what the renderers must draw differently: day,
// part-of-day, month and year precision, an approximate date, a scheduled event, a disputed one
// with two claims, two outlets, actors and places.

function ev(partial: Partial<TimelineEvent> & Pick<TimelineEvent, 'id' | 'type' | 'title' | 'when'>): TimelineEvent {
  return {
    status: 'happened',
    actors: [{ id: 'putin', name: { ar: 'فلاديمير بوتين', en: 'Vladimir Putin' } }],
    sources: [{ articleId: 'a1', outlet: 'الحرة', quote: partial.title, start: 0, end: partial.title.length, claim: null, published: '2024-06-20' }],
    disputed: false,
    confidence: 0.9,
    ...partial,
  };
}

export function sampleTimeline(): Timeline {
  return {
    version: 1,
    title: 'بوتين في كوريا الشمالية وفيتنام',
    language: 'ar',
    articles: [
      { id: 'a1', outlet: 'الحرة', title: 'بوتين يبدأ زيارة دولة إلى فيتنام', published: '2024-06-20', url: 'https://www.alhurra.com/example' },
      { id: 'a2', outlet: 'الشرق الأوسط', title: 'بوتين في فيتنام بعد كوريا الشمالية', published: '2024-06-21' },
    ],
    events: [
      ev({
        id: 'pyongyang-arrival',
        type: 'arrival',
        title: 'وصول بوتين إلى بيونغ يانغ',
        when: { value: '2024-06-18', start: '2024-06-18', end: '2024-06-20', precision: 'day', approximate: false },
        place: { id: 'pyongyang', name: { ar: 'بيونغ يانغ', en: 'Pyongyang' }, timezone: 'Asia/Pyongyang' },
        disputed: true,
        claims: [
          { value: '2024-06-18', start: '2024-06-18', end: '2024-06-19', precision: 'day', approximate: false },
          { value: '2024-06-19', start: '2024-06-19', end: '2024-06-20', precision: 'day', approximate: false },
        ],
        sources: [
          { articleId: 'a1', outlet: 'الحرة', quote: 'وصل الرئيس الروسي إلى كوريا الشمالية، الثلاثاء', start: 0, end: 44, claim: null, published: '2024-06-20' },
          { articleId: 'a2', outlet: 'الشرق الأوسط', quote: 'ووصل بوتين إلى كوريا الشمالية الأربعاء', start: 0, end: 38, claim: null, published: '2024-06-21' },
        ],
      }),
      ev({
        id: 'pyongyang-treaty',
        type: 'signing',
        title: 'توقيع معاهدة شراكة استراتيجية شاملة',
        when: { value: '2024-06-19', start: '2024-06-19', end: '2024-06-20', precision: 'day', approximate: false },
        place: { id: 'pyongyang', name: { ar: 'بيونغ يانغ', en: 'Pyongyang' } },
      }),
      ev({
        id: 'hanoi-arrival',
        type: 'arrival',
        title: 'وصول بوتين إلى هانوي',
        when: { value: '2024-06-20TMO', start: '2024-06-20T00:00', end: '2024-06-20T12:00', precision: 'part-of-day', approximate: false },
        place: { id: 'hanoi', name: { ar: 'هانوي', en: 'Hanoi' } },
      }),
      ev({
        id: 'hanoi-agreements',
        type: 'agreement',
        title: 'توقيع 11 اتفاقية تعاون',
        when: { value: '2024-06-20', start: '2024-06-20', end: '2024-06-21', precision: 'day', approximate: false },
        place: { id: 'hanoi', name: { ar: 'هانوي', en: 'Hanoi' } },
      }),
      ev({
        id: 'inauguration',
        type: 'ceremony',
        title: 'تنصيب الرئيس الأمريكي',
        status: 'scheduled',
        when: { value: '2025-01', start: '2025-01-01', end: '2025-02-01', precision: 'month', approximate: false },
        actors: [],
      }),
      ev({
        id: 'nk-2000',
        type: 'visit',
        title: 'أول زيارة لبوتين إلى كوريا الشمالية',
        when: { value: '2000', start: '2000-01-01', end: '2001-01-01', precision: 'year', approximate: false },
      }),
      ev({
        id: 'ties-1994',
        type: 'statement',
        title: 'بداية تنسيق قبل ثلاثة عقود',
        when: { value: '1994', start: '1994-01-01', end: '1995-01-01', precision: 'year', approximate: true },
        actors: [],
      }),
    ],
  };
}
