import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { scoreEvents } from './events.js';
import type { GoldEvent } from './events.js';
import type { Timeline, TimelineEvent } from '../../src/model/types.js';

// The scorer is checked on timelines made from the gold itself, so it is known to say 22/22 for a
// perfect timeline and to notice each kind of mistake.
const gold = (JSON.parse(readFileSync('test/eval/seeds-gold.json', 'utf8')) as { events: GoldEvent[] }).events;
const manifest = JSON.parse(readFileSync('seeds/manifest.json', 'utf8'));
const pages = new Map<string, string>(manifest.documents.map((d: { file: string }) => [d.file, readFileSync(`seeds/${d.file}`, 'utf8')]));
const fileOf = new Map<string, string>(manifest.documents.flatMap((d: { file: string; articles: { id: string }[] }) => d.articles.map((a) => [a.id, d.file])));

const pad = (n: number) => String(n).padStart(2, '0');
function dayAfter(d: string): string {
  const t = new Date(`${d}T00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

function perfectEvent(g: GoldEvent, i: number): TimelineEvent {
  let when: TimelineEvent['when'];
  let claims: TimelineEvent['claims'];
  if (g.time) {
    const from = g.time.from.slice(0, 16);
    const to = g.time.to.slice(0, 16) === from ? `${from.slice(0, 11)}${pad(+from.slice(11, 13) + 1)}:00` : g.time.to.slice(0, 16);
    when = { value: from, start: from, end: to, precision: 'hour', approximate: false };
  } else if (typeof g.date !== 'string') {
    when = { value: `${g.date.from}/${g.date.to}`, start: g.date.from, end: dayAfter(g.date.to), precision: 'day', approximate: false };
    claims = [g.date.from, g.date.to].map((d) => ({ value: d, start: d, end: dayAfter(d), precision: 'day' as const, approximate: false }));
  } else if (g.date.length === 4) {
    when = { value: g.date, start: `${g.date}-01-01`, end: `${+g.date + 1}-01-01`, precision: 'year', approximate: false };
  } else if (g.date.length === 7) {
    when = { value: g.date, start: `${g.date}-01`, end: `${g.date}-28`, precision: 'month', approximate: false };
  } else {
    when = { value: g.date, start: g.date, end: dayAfter(g.date), precision: 'day', approximate: false };
  }
  return {
    id: `e${i}`,
    type: 'report',
    title: g.titleEn,
    when,
    status: 'happened',
    actors: [],
    sources: g.mentions.map((m) => {
      const at = pages.get(fileOf.get(m.article)!)!.indexOf(m.quote);
      return { articleId: m.article, quote: m.quote, start: at, end: at + m.quote.length, claim: null };
    }),
    disputed: g.disputed,
    ...(claims ? { claims } : {}),
    confidence: 1,
  };
}

const perfect = (): Timeline => ({ version: 1, language: 'ar', articles: [], events: gold.map(perfectEvent) });

describe('events eval scorer', () => {
  it('finds every gold quote in its seed page', () => {
    expect(scoreEvents(gold, manifest, pages, perfect()).harness).toEqual([]);
  });

  it('scores a timeline made from the gold 22/22 on every count', () => {
    const { rows, overMerged } = scoreEvents(gold, manifest, pages, perfect());
    expect(rows).toHaveLength(22);
    expect(rows.filter((r) => r.found && r.dated && r.disputedOk && r.merged !== false).map((r) => r.id)).toHaveLength(22);
    expect(rows.filter((r) => r.merged !== null)).toHaveLength(7);
    expect(overMerged).toEqual([]);
    // Key events come first.
    expect(rows.slice(0, 4).map((r) => r.id)).toEqual(['pyongyang-arrival', 'hanoi-welcome-ceremony', 'trump-zelensky-call', 'prisoner-exchange']);
  });

  it('notices a wrong date, a split event, a missing dispute, an over-merge and a lost mention', () => {
    const t = perfect();
    const byId = (id: string) => t.events[gold.findIndex((g) => g.id === id)]!;
    // The call a day late.
    Object.assign(byId('trump-zelensky-call').when, { value: '2024-07-20', start: '2024-07-20', end: '2024-07-21' });
    // The arrival not marked disputed.
    byId('pyongyang-arrival').disputed = false;
    // The treaty split in two.
    const treaty = byId('pyongyang-treaty');
    t.events.push({ ...treaty, id: 'split', sources: treaty.sources.splice(2) });
    // The exchange dropped.
    byId('prisoner-exchange').sources = [];
    // Crimea merged into the Istanbul talks.
    byId('istanbul-talks').sources.push(...byId('crimea-2014').sources.splice(0));
    const { rows, overMerged } = scoreEvents(gold, manifest, pages, t);
    const row = (id: string) => rows.find((r) => r.id === id)!;
    expect(row('trump-zelensky-call')).toMatchObject({ found: true, dated: false });
    expect(row('pyongyang-arrival')).toMatchObject({ found: true, dated: true, disputedOk: false });
    expect(row('pyongyang-treaty')).toMatchObject({ found: true, merged: false, mentionsFound: 4 });
    expect(row('prisoner-exchange')).toMatchObject({ found: false, dated: false });
    expect(row('crimea-2014')).toMatchObject({ found: true, dated: false });
    expect(overMerged).toHaveLength(1);
    expect(overMerged[0]).toMatch(/istanbul-talks \+ crimea-2014/);
  });
});
