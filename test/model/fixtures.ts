import type { Timeline, TimelineEvent } from '../../src/model/types.js';

/** A small valid timeline in the shape buildTimeline produces: a disputed two-source event and a timed one. */
export function sampleTimeline(): Timeline {
  const disputed: TimelineEvent = {
    id: 'ev-1a2b3c',
    type: 'arrival',
    title: 'وصل بوتين إلى كوريا الشمالية',
    titleEn: 'Putin arrives in North Korea',
    when: { value: '2024-06-18', start: '2024-06-18', end: '2024-06-20', precision: 'day', approximate: false, basis: 'stated' },
    status: 'happened',
    place: { id: 'pyongyang', name: { ar: 'بيونغ يانغ', en: 'Pyongyang' }, timezone: 'Asia/Pyongyang' },
    actors: [{ id: 'putin', name: { ar: 'فلاديمير بوتين', en: 'Vladimir Putin' } }],
    sources: [
      {
        articleId: 'a1',
        outlet: 'Outlet A',
        quote: 'وصل الرئيس الروسي إلى كوريا الشمالية، الثلاثاء',
        start: 10,
        end: 57,
        claim: { text: 'الثلاثاء', start: 49, end: 57, value: '2024-06-18', interval: { start: '2024-06-18', end: '2024-06-19' }, precision: 'day', approximate: false, anchor: 'publication', kind: 'weekday' },
        published: '2024-06-20',
      },
      {
        articleId: 'b1',
        outlet: 'Outlet B',
        quote: 'ووصل بوتين إلى كوريا الشمالية <b>الأربعاء</b> & "غيره"',
        start: 0,
        end: 30,
        claim: { text: 'الأربعاء', start: 22, end: 30, value: '2024-06-19', interval: { start: '2024-06-19', end: '2024-06-20' }, precision: 'day', approximate: false, anchor: 'publication' },
        url: 'https://example.com/b1?x=1&y=2',
      },
    ],
    disputed: true,
    claims: [
      { value: '2024-06-18', start: '2024-06-18', end: '2024-06-19', precision: 'day', approximate: false, basis: 'stated' },
      { value: '2024-06-19', start: '2024-06-19', end: '2024-06-20', precision: 'day', approximate: false, basis: 'stated' },
    ],
    confidence: 0.8,
  };
  const timed: TimelineEvent = {
    id: 'ev-4d5e6f',
    type: 'ceremony',
    title: 'مراسم استقبال رسمية في القصر الرئاسي',
    summary: 'طلقات مدفعية <script>alert(1)</script>',
    when: { value: '2024-06-20T12:00', start: '2024-06-20T12:00', end: '2024-06-20T13:00', precision: 'hour', approximate: false, timezone: 'Asia/Ho_Chi_Minh' },
    status: 'happened',
    place: { id: 'hanoi', name: { ar: 'هانوي', en: 'Hanoi' }, timezone: 'Asia/Ho_Chi_Minh' },
    actors: [],
    sources: [{ articleId: 'a1', quote: 'عند الظهر', start: 100, end: 109, claim: null }],
    disputed: false,
    confidence: 0.9,
  };
  return {
    version: 1,
    title: 'بوتين في آسيا',
    language: 'ar',
    articles: [
      { id: 'a1', outlet: 'Outlet A', published: '2024-06-20', title: null, language: 'ar' },
      { id: 'b1', outlet: 'Outlet B', published: null, url: 'http://example.org/b1' },
    ],
    events: [disputed, timed],
    eras: [{ title: 'الجولة الآسيوية', start: '2024-06-18', end: '2024-06-21' }],
  };
}
