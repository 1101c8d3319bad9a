import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline/parseArticle.js';

// Published on Thursday 2024-06-20. A schedule is never in its article's past: bare weekdays of a
// scheduled clause resolve forward, wherever the marker stands; a told past stays in the past.
describe('scheduled clauses resolve bare weekdays forward', () => {
  // [sentence, type, status, when]
  const rows: Array<[string, string, string, string]> = [
    ['ومن المقرر أن يصل الرئيس التركي إلى القاهرة مساء الثلاثاء.', 'arrival', 'scheduled', '2024-06-25TEV'],
    ['ويغادر بوتين هانوي مساء الثلاثاء كما هو مقرر.', 'departure', 'scheduled', '2024-06-25TEV'],
    ['قبل أن يغادر البلاد مساء الثلاثاء كما هو مقرر.', 'departure', 'scheduled', '2024-06-25TEV'],
    ['ويعتزم الرئيس زيارة موسكو الأحد.', 'visit', 'scheduled', '2024-06-23'],
    ['وسيزور ماكرون الجزائر الثلاثاء.', 'visit', 'scheduled', '2024-06-25'],
    ['ومن المتوقع أن يلتقي الوزيران صباح الاثنين في جنيف.', 'meeting', 'expected', '2024-06-24TMO'],
    // Told as done: the weekday stays in the past, "as scheduled" or not.
    ['وصل الوفد إلى القاهرة مساء الثلاثاء كما كان مقررا.', 'arrival', 'happened', '2024-06-18TEV'],
    ['التقى الرئيسان في جنيف صباح الاثنين.', 'meeting', 'happened', '2024-06-17TMO'],
  ];
  it.each(rows)('%s', (sentence, type, status, when) => {
    // Twice: the first paragraph of a page is read as its title.
    const a = parseArticle(`${sentence}\n\n${sentence}`, { published: '2024-06-20' });
    const e = a.events.find((x) => x.type === type)!;
    expect(e).toBeDefined();
    expect([e.status, e.when.value]).toEqual([status, when]);
  });
});
