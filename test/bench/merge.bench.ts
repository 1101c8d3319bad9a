// Merge section of `npm run bench`: buildTimeline on 100,000 generated candidate events (the
// target is under 10 s), and a hostile case where every mention names the same person on the same
// day. Runs standalone too: `npx tsx test/bench/merge.bench.ts`. Wall time is the target; CPU time
// (user + system, which includes the collector's threads) is printed beside it because a busy
// machine inflates wall time.
import { fileURLToPath } from 'node:url';
import { buildTimeline } from '../../src/merge/buildTimeline.js';
import type { EventType, ParsedArticle, Precision, TimelineEvent } from '../../src/model/types.js';

const TYPES: EventType[] = ['arrival', 'visit', 'meeting', 'talks', 'call', 'signing', 'agreement', 'statement', 'ceremony', 'exchange', 'attack', 'report'];
const DAY = 86_400_000;
const BASE = Date.UTC(2020, 0, 1);

/** A small deterministic PRNG (mulberry32), so every run merges the same events. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * `events` candidate mentions of `events / 5` happenings spread over five years, told by 1–9
 * articles each (some a day off: disputes; some dated only by their article), with actors drawn
 * from 2,000 people and places from 500, grouped into articles of 10 mentions.
 */
export function generateParsed(events: number, seed = 1): ParsedArticle[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const mentions: TimelineEvent[] = [];
  let n = 0;
  while (mentions.length < events) {
    const h = n++;
    const type = pick(TYPES);
    const day = BASE + Math.floor(r() * 5 * 365) * DAY;
    const actors = Array.from({ length: 1 + Math.floor(r() * 3) }, () => `p${Math.floor(r() * 2000)}`);
    const place = r() < 0.7 ? `pl${Math.floor(r() * 500)}` : undefined;
    const tellings = 1 + Math.floor(r() * 9);
    for (let k = 0; k < tellings && mentions.length < events; k++) {
      const off = r() < 0.1 ? DAY : 0;
      const reported = r() < 0.15;
      const precision: Precision = 'day';
      const s = day + off + (reported ? DAY : 0);
      mentions.push({
        id: `m${mentions.length}`,
        type,
        title: `happening ${h}`,
        when: { value: iso(s), start: iso(s), end: iso(s + DAY), precision, approximate: false, basis: reported ? 'reported-on' : 'stated' },
        status: 'happened',
        ...(place && r() < 0.9 ? { place: { id: place, name: { en: place } } } : {}),
        actors: actors.filter(() => r() < 0.8).map((id) => ({ id, name: { en: id } })),
        sources: [],
        disputed: false,
        confidence: 0.5 + r() * 0.4,
      });
    }
  }
  const articles: ParsedArticle[] = [];
  for (let i = 0; i < mentions.length; i += 10) {
    const id = `art${i / 10}`;
    const evs = mentions.slice(i, i + 10);
    evs.forEach((e, j) => e.sources.push({ articleId: id, quote: e.title, start: j * 100, end: j * 100 + e.title.length, claim: null }));
    articles.push({ id, meta: { id, outlet: `outlet${(i / 10) % 50}`, published: evs[0]!.when.start }, text: '', expressions: [], events: evs, warnings: [] });
  }
  return articles;
}

/** Every mention names the same person on the same day: blocking cannot split them, maxComparisons bounds the work. */
export function generateHotKey(events: number): ParsedArticle[] {
  const parsed = generateParsed(events, 7);
  for (const a of parsed) {
    for (const e of a.events) {
      e.actors = [{ id: 'same-person', name: { en: 'same' } }];
      e.when = { value: '2024-06-20', start: '2024-06-20', end: '2024-06-21', precision: 'day', approximate: false, basis: 'stated' };
    }
  }
  return parsed;
}

export interface MergeBenchRow extends Record<string, string | number> {
  input: string;
  candidates: number;
  events: number;
  'wall ms': number;
  'cpu ms': number;
  'candidates/s': number;
}

function measure(input: string, parsed: ParsedArticle[]): MergeBenchRow {
  const candidates = parsed.reduce((n, a) => n + a.events.length, 0);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const timeline = buildTimeline(parsed);
  const cpu = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  const sources = timeline.events.reduce((n, e) => n + e.sources.length, 0);
  if (sources !== candidates) throw new Error(`merge lost mentions: ${candidates} candidates, ${sources} sources`);
  return { input, candidates, events: timeline.events.length, 'wall ms': Math.round(ms), 'cpu ms': Math.round((cpu.user + cpu.system) / 1000), 'candidates/s': Math.round(candidates / (ms / 1000)) };
}

/** Bench section, the shape of those in test/bench/bench.ts. */
export const mergeSection = {
  name: 'merge',
  run(): { name: string; rows: Array<Record<string, string | number>>; json: unknown } {
    const rows = [
      measure('10,000 generated mentions', generateParsed(10_000)),
      measure('100,000 generated mentions (target < 10 s)', generateParsed(100_000)),
      measure('20,000 mentions, one person, one day (hostile)', generateHotKey(20_000)),
    ];
    return { name: 'merge', rows, json: rows };
  },
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.table(mergeSection.run().rows);
}
