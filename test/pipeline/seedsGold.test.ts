import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/pipeline/parseDocument.js';
import { normalize } from '../../src/text/normalize.js';
import type { ArticleMetaInput, EventType, TimelineEvent } from '../../src/model/types.js';

// Every gold mention (test/eval/seeds-gold.json) must yield a candidate event whose source overlaps
// the gold quote, of the gold type, dated as the mention claims. Gold types outside the model's
// EventType are matched with the type tarikh gives such clauses: an arrest warrant is an
// announcement, taking office an appointment, a dated clause without a trigger a report.
const TYPE_OF: Record<string, EventType[]> = {
  legal: ['announcement'],
  deadline: ['appointment'],
  annexation: ['report'],
  signing: ['signing', 'agreement'],
};

const seeds = new URL('../../seeds/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', seeds), 'utf8')) as {
  documents: Array<{ file: string; articles: ArticleMetaInput[] }>;
};
const gold = JSON.parse(readFileSync(new URL('../eval/seeds-gold.json', import.meta.url), 'utf8')) as {
  events: Array<{ id: string; type: string; date: string | { from: string; to: string }; mentions: Array<{ article: string; quote: string; claims: string }> }>;
};

const byArticle = new Map<string, { text: string; events: TimelineEvent[] }>();
for (const d of manifest.documents) {
  const text = readFileSync(new URL(d.file, seeds), 'utf8');
  for (const a of parseDocument(text, { articles: d.articles }).articles) byArticle.set(a.id, { text, events: a.events });
}

function span(text: string, quote: string): [number, number] {
  const t = normalize(text);
  const q = normalize(quote).text;
  const at = t.text.indexOf(q);
  if (at < 0) throw new Error(`quote not in page: ${quote}`);
  return [t.offsets[at]!, t.offsets[at + q.length - 1]! + 1];
}

function dated(e: TimelineEvent, date: string | { from: string; to: string }): boolean {
  const days = typeof date === 'string' ? [date] : [date.from, date.to];
  return days.some((d) => {
    if (/^\d{4}(-\d{2})?$/.test(d)) return e.when.start.startsWith(d) || e.when.value.startsWith(d);
    return e.when.start.slice(0, 10) <= d && (e.when.end.slice(0, 10) > d || (e.when.end.length > 10 && e.when.end.slice(0, 10) === d));
  });
}

const rows = gold.events.flatMap((g) => g.mentions.map((m) => [g.id, m.article, g, m] as const));

describe('seed gold: every mention gives a candidate event of the right type and date', () => {
  it.each(rows)('%s in %s', (_id, article, g, m) => {
    const a = byArticle.get(article)!;
    const [qs, qe] = span(a.text, m.quote);
    const types = TYPE_OF[g.type] ?? [g.type as EventType];
    const overlapping = a.events.filter((e) => e.sources.some((s) => s.start < qe && s.end > qs) && types.includes(e.type));
    expect(overlapping.length, `no ${types.join('/')} event over "${m.quote}"`).toBeGreaterThan(0);
    // "no date in the sentence": the mention only has to exist; the merge dates it through the others.
    if (!/no date/.test(m.claims)) expect(overlapping.some((e) => dated(e, g.date))).toBe(true);
  });
});
