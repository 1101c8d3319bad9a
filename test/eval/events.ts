// Event section of `npm run eval`: parses every seed page with parseDocument (manifest metadata),
// merges them with buildTimeline, and scores the 22 canonical events of seeds-gold.json:
//   found    some timeline event has a source overlapping a gold mention's quote (located with
//            indexOf in the seed page: source offsets index the page given to parseDocument)
//   dated    that event's time (when, or one of its claims for a disputed one) matches the gold
//            date — and the gold clock time, when it gives one
//   merged   every gold mention of a multi-source event sits in that one event
//   disputed the event's `disputed` flag equals the gold's
// Runs standalone too: `npx tsx test/eval/events.ts`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../src/pipeline/parseDocument.js';
import { buildTimeline } from '../../src/merge/buildTimeline.js';
import { localTimeMs } from '../../src/model/localTimeMs.js';
import type { ArticleMetaInput, EventTime, ParsedDocument, Timeline, TimelineEvent } from '../../src/model/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DAY = 86_400_000;

export interface GoldMention {
  article: string;
  quote: string;
  claims?: string;
}

export interface GoldEvent {
  id: string;
  type: string;
  titleEn: string;
  date: string | { from: string; to: string };
  precision: string;
  time: { from: string; to: string } | null;
  disputed: boolean;
  mentions: GoldMention[];
}

interface Manifest {
  documents: { file: string; articles: Array<ArticleMetaInput & Record<string, unknown>> }[];
}

/** The events the product is known for: printed first and marked ★. */
export const KEY_EVENTS = ['pyongyang-arrival', 'hanoi-welcome-ceremony', 'trump-zelensky-call', 'prisoner-exchange'];

export interface EventRow {
  id: string;
  key: boolean;
  found: boolean;
  mentionsFound: number;
  mentions: number;
  dated: boolean;
  merged: boolean | null;
  disputedOk: boolean;
  eventId: string | null;
  when: string | null;
  note: string;
}

/** [start, end) of a gold date: 'YYYY', 'YYYY-MM', 'YYYY-MM-DD', or an inclusive {from, to} of days. */
function goldDateInterval(date: GoldEvent['date']): [number, number] {
  if (typeof date !== 'string') return [localTimeMs(date.from), localTimeMs(date.to) + DAY];
  if (/^\d{4}$/u.test(date)) return [localTimeMs(`${date}-01-01`), localTimeMs(`${+date + 1}-01-01`)];
  if (/^\d{4}-\d{2}$/u.test(date)) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    return [localTimeMs(`${date}-01`), localTimeMs(`${next}-01`)];
  }
  return [localTimeMs(date), localTimeMs(date) + DAY];
}

/** Gold clock times are local ('2024-06-20T12:00+07:00' is noon in Hanoi): compare wall clocks. */
const wallClock = (s: string) => localTimeMs(s.replace(/(?:Z|[+-]\d{2}:\d{2})$/u, ''));

const span = (t: EventTime): [number, number] => [localTimeMs(t.start), localTimeMs(t.end)];

/** Whether the event's time matches the gold: inside the gold date, overlapping the gold clock time. */
function datedRight(gold: GoldEvent, e: TimelineEvent): boolean {
  const [gs, ge] = goldDateInterval(gold.date);
  const times = [e.when, ...(e.claims ?? [])];
  if (typeof gold.date !== 'string') {
    // A disputed range: the event stays inside it and its claims cover both ends.
    const [ws, we] = span(e.when);
    const inside = ws >= gs && we <= ge;
    const coversFrom = times.some((t) => span(t)[0] <= gs && span(t)[1] > gs);
    const coversTo = times.some((t) => span(t)[0] < ge && span(t)[1] >= ge);
    return inside && coversFrom && coversTo;
  }
  const [ws, we] = span(e.when);
  if (gold.time) {
    const ts = wallClock(gold.time.from);
    const te = Math.max(wallClock(gold.time.to), ts + 60_000);
    // A time window may start the evening before the gold day (a night arrival).
    const envelopeStart = Math.min(gs, ts);
    return ws >= envelopeStart && we <= Math.max(ge, te) && ws < te && we > ts;
  }
  return ws >= gs && we <= ge;
}

function load(): { gold: GoldEvent[]; manifest: Manifest; pages: Map<string, string> } {
  const gold = (JSON.parse(readFileSync(`${ROOT}test/eval/seeds-gold.json`, 'utf8')) as { events: GoldEvent[] }).events;
  const manifest = JSON.parse(readFileSync(`${ROOT}seeds/manifest.json`, 'utf8')) as Manifest;
  const pages = new Map(manifest.documents.map((d) => [d.file, readFileSync(`${ROOT}seeds/${d.file}`, 'utf8')]));
  return { gold, manifest, pages };
}

/** Parses the seeds as a user would: one parseDocument per page with its manifest metadata, then one merge. */
export function seedTimeline(manifest: Manifest, pages: Map<string, string>): { docs: ParsedDocument[]; timeline: Timeline } {
  const docs = manifest.documents.map((d) =>
    parseDocument(pages.get(d.file)!, {
      documentId: d.file.replace(/\.txt$/u, ''),
      articles: d.articles.map(({ id, bodyStartsWith, published, outlet, title }) => ({
        id,
        bodyStartsWith,
        published: published ?? null,
        ...(outlet !== undefined ? { outlet } : {}),
        ...(title !== undefined ? { title } : {}),
      })),
    }),
  );
  return { docs, timeline: buildTimeline(docs) };
}

/** Scores the timeline against the gold events; one row per gold event, key events first. */
export function scoreEvents(gold: GoldEvent[], manifest: Manifest, pages: Map<string, string>, timeline: Timeline): { rows: EventRow[]; overMerged: string[]; harness: string[] } {
  const fileOf = new Map(manifest.documents.flatMap((d) => d.articles.map((a) => [a.id, d.file] as const)));
  const harness: string[] = [];
  // Each gold mention as [file, start, end) in its page.
  const spans = new Map<GoldMention, Array<[string, number, number]>>();
  for (const g of gold) {
    for (const m of g.mentions) {
      const file = fileOf.get(m.article);
      const page = file ? pages.get(file) : undefined;
      const out: Array<[string, number, number]> = [];
      if (file && page) for (let at = page.indexOf(m.quote); at >= 0; at = page.indexOf(m.quote, at + 1)) out.push([file, at, at + m.quote.length]);
      if (out.length === 0) harness.push(`${g.id}: quote of ${m.article} not found in its page: «${m.quote.slice(0, 40)}…»`);
      spans.set(m, out);
    }
  }
  const holders = (m: GoldMention): TimelineEvent[] =>
    timeline.events.filter((e) =>
      e.sources.some((s) => spans.get(m)!.some(([file, a, b]) => fileOf.get(s.articleId) === file && s.start < b && a < s.end)),
    );

  const owner = new Map<TimelineEvent, Set<string>>();
  const rows: EventRow[] = gold.map((g) => {
    const perMention = g.mentions.map(holders);
    const counts = new Map<TimelineEvent, number>();
    for (const hs of perMention) for (const e of hs) counts.set(e, (counts.get(e) ?? 0) + 1);
    let best: TimelineEvent | null = null;
    for (const [e, n] of counts) if (!best || n > counts.get(best)! || (n === counts.get(best)! && datedRight(g, e) && !datedRight(g, best))) best = e;
    for (const e of counts.keys()) {
      const set = owner.get(e) ?? new Set<string>();
      set.add(g.id);
      owner.set(e, set);
    }
    const mentionsFound = perMention.filter((hs) => hs.length > 0).length;
    const merged = g.mentions.length < 2 ? null : best !== null && perMention.every((hs) => hs.includes(best!));
    const notes: string[] = [];
    if (best && g.mentions.length > 1 && !merged) notes.push(`mentions in ${counts.size} events`);
    if (mentionsFound < g.mentions.length) notes.push(`missing ${g.mentions.filter((_, i) => perMention[i]!.length === 0).map((m) => m.article).join(',')}`);
    return {
      id: g.id,
      key: KEY_EVENTS.includes(g.id),
      found: best !== null,
      mentionsFound,
      mentions: g.mentions.length,
      dated: best !== null && datedRight(g, best),
      merged,
      disputedOk: best !== null && best.disputed === g.disputed,
      eventId: best?.id ?? null,
      when: best ? `${best.when.value} (${best.when.precision})${best.claims ? ` claims ${best.claims.map((c) => c.value).join(' | ')}` : ''}` : null,
      note: notes.join('; '),
    };
  });
  // Over-merged: one event holds a source that overlaps only gold event A and another that
  // overlaps only gold event B. (A clause overlapping two gold quotes is not evidence.)
  const goldOf = (s: TimelineEvent['sources'][number]) =>
    new Set(gold.filter((g) => g.mentions.some((m) => spans.get(m)!.some(([file, a, b]) => fileOf.get(s.articleId) === file && s.start < b && a < s.end))).map((g) => g.id));
  const overMerged: string[] = [];
  for (const e of owner.keys()) {
    const only = new Set<string>();
    for (const s of e.sources) {
      const gs = goldOf(s);
      if (gs.size === 1) only.add([...gs][0]!);
    }
    if (only.size > 1) overMerged.push(`${e.id} holds ${[...only].join(' + ')}`);
  }
  rows.sort((a, b) => Number(b.key) - Number(a.key));
  return { rows, overMerged, harness };
}

const mark = (b: boolean | null) => (b === null ? '—' : b ? 'yes' : 'NO');

/** The eval section: same shape as the sections of test/eval/eval.ts ({ name, summary, details, json }). */
export const eventsSection = {
  name: 'events',
  run(): { name: string; summary: Array<[string, string]>; details: string[]; json: unknown } {
    const { gold, manifest, pages } = load();
    const { timeline } = seedTimeline(manifest, pages);
    const { rows, overMerged, harness } = scoreEvents(gold, manifest, pages, timeline);
    const multi = rows.filter((r) => r.merged !== null);
    const key = rows.filter((r) => r.key);
    const count = (xs: EventRow[], f: (r: EventRow) => boolean) => `${xs.filter(f).length}/${xs.length}`;
    const summary: Array<[string, string]> = [
      ['found', count(rows, (r) => r.found)],
      ['dated right', count(rows, (r) => r.dated)],
      ['merged (multi-source)', count(multi, (r) => r.merged === true)],
      ['disputed flag right', count(rows, (r) => r.disputedOk)],
      ['mentions found', `${rows.reduce((n, r) => n + r.mentionsFound, 0)}/${rows.reduce((n, r) => n + r.mentions, 0)}`],
      ['key events all right', count(key, (r) => r.found && r.dated && r.merged !== false && r.disputedOk)],
      ['timeline events', String(timeline.events.length)],
      ['over-merged events', String(overMerged.length)],
    ];
    const w = Math.max(...rows.map((r) => r.id.length)) + 2;
    const details = [
      `  ${'event'.padEnd(w)} found  dated  merged  disputed  when`,
      ...rows.map(
        (r) =>
          `${r.key ? '★' : ' '} ${r.id.padEnd(w)} ${mark(r.found).padEnd(6)} ${mark(r.dated).padEnd(6)} ${mark(r.merged).padEnd(7)} ${mark(r.disputedOk).padEnd(9)} ${r.when ?? '—'}${r.note ? `  (${r.note})` : ''}`,
      ),
      ...overMerged.map((s) => `  over-merged: ${s}`),
      ...harness.map((s) => `  HARNESS: ${s}`),
    ];
    return { name: 'events', summary, details, json: { rows, overMerged, harness, timelineEvents: timeline.events.length } };
  },
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = eventsSection.run();
  console.log(`== ${r.name} ==`);
  for (const [k, v] of r.summary) console.log(`  ${k.padEnd(24)} ${v}`);
  console.log(r.details.join('\n'));
}
