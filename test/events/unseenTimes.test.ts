// Table-driven checks of event times on sentences in the style of outlets that are not in the
// seeds: a date in the event's own noun phrase, offsets from a named event, schedule markers.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/pipeline/parseDocument.js';
import type { TimelineEvent } from '../../src/model/types.js';

function find(text: string, published: string, type: string, nth = 0): TimelineEvent {
  const all = parseDocument(text, { published }).articles.flatMap((a) => a.events).filter((e) => e.type === type);
  const e = all[nth];
  if (!e) throw new Error(`no ${type} #${nth} in: ${text}`);
  return e;
}

describe('times: the event’s own phrase and named events govern, never the publication date', () => {
  const rows: Array<[string, string, string, number, string, string, string]> = [
    // The date inside the election's noun phrase, not the offset before it.
    [
      'ولم تقدم الرئاسة أسبابا للإقالة التي تأتي قبل نحو شهرين من الانتخابات الرئاسية المقررة في السادس من أكتوبر المقبل.',
      '2024-08-08', 'election', 0, '2024-10-06', 'scheduled', 'stated',
    ],
    // The dismissal is two months before that date (approximate), and not scheduled by المقررة.
    [
      'ولم تقدم الرئاسة أسبابا للإقالة التي تأتي قبل نحو شهرين من الانتخابات الرئاسية المقررة في السادس من أكتوبر المقبل.',
      '2024-08-08', 'appointment', 0, '2024-08', 'happened', 'event',
    ],
    // A year and a half after an event the sentence dates: resolved on that date.
    [
      'وتأتي الزيارة بعد عام ونصف من استئناف العلاقات الدبلوماسية بين البلدين في مارس 2023 بوساطة صينية.',
      '2024-10-12', 'visit', 0, '2024-09', 'happened', 'event',
    ],
    [
      'وجاءت القمة في الرياض بعد ثلاثة أشهر من توقيع اتفاق التهدئة في يناير 2025.',
      '2025-05-02', 'meeting', 0, '2025-04', 'happened', 'event',
    ],
    // Gulf: a summit in its own phrase with a day.
    [
      'وأعلنت الأمانة العامة أن القمة الخليجية المرتقبة في الأول من ديسمبر ستعقد في الكويت.',
      '2024-11-20', 'meeting', 0, '2024-12-01', 'scheduled', 'stated',
    ],
  ];
  it.each(rows)('%s → %s', (text, published, type, nth, value, status, basis) => {
    const e = find(text, published, type, nth);
    expect(e.when.value).toBe(value);
    expect(e.status).toBe(status);
    expect(e.when.basis).toBe(basis);
  });

  it('an offset from an event the sentence does not date stays off the publication date', () => {
    const e = find('وتأتي الزيارة بعد عام ونصف من استئناف العلاقات الدبلوماسية بين البلدين بوساطة صينية.', '2024-10-12', 'visit');
    expect(e.when.basis).toBe('reported-on');
    expect(e.status).toBe('happened');
  });

  it('a sentence marker (كما هو مقرر) still schedules the whole sentence', () => {
    const e = find('ويشارك الرئيس أيضا في مراسم وضع إكليل من الزهور غدا، قبل أن يغادر البلاد مساء كما هو مقرر.', '2024-06-20', 'ceremony');
    expect(e.status).toBe('scheduled');
  });
});
