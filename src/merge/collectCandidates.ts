import { localTimeMs } from '../model/localTimeMs.js';
import { schemaIssues } from '../model/schemaIssues.js';
import type { ArticleMeta, ParsedArticle, ParsedDocument, TimelineEvent } from '../model/types.js';
import type { Candidate } from './candidate.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

function readArticle(value: unknown, path: string, out: Array<{ event: TimelineEvent; meta: ArticleMeta; path: string }>, metas: ArticleMeta[]): void {
  if (!isObj(value) || !Array.isArray(value.events)) {
    throw new TypeError(`buildTimeline: ${path} must be a ParsedArticle with an events array (got ${describe(value)})`);
  }
  const issues = schemaIssues(value.meta, 'ArticleMeta');
  if (issues.length > 0) throw new TypeError(`buildTimeline: ${path}/meta${issues[0]!.path}: ${issues[0]!.message}`);
  const meta = value.meta as ArticleMeta;
  metas.push(meta);
  value.events.forEach((event: unknown, i: number) => {
    const at = `${path}/events/${i}`;
    const problems = schemaIssues(event, 'TimelineEvent');
    if (problems.length > 0) throw new TypeError(`buildTimeline: ${at}${problems[0]!.path}: ${problems[0]!.message}`);
    const e = event as TimelineEvent;
    if (!(localTimeMs(e.when.start) < localTimeMs(e.when.end))) {
      throw new TypeError(`buildTimeline: ${at}/when: start ${JSON.stringify(e.when.start)} must be a calendar date before end ${JSON.stringify(e.when.end)}`);
    }
    out.push({ event: e, meta, path: at });
  });
}

/**
 * Checks what buildTimeline was handed — ParsedArticles and ParsedDocuments, each candidate event
 * against the schema — and flattens it to candidates in a canonical order (time, article, offset),
 * so the merge does not depend on the order the articles came in. A wrong shape is a TypeError
 * naming its path (`parsed/2/articles/0/events/3/when/start: …`).
 */
export function collectCandidates(parsed: unknown): { candidates: Candidate[]; articles: ArticleMeta[] } {
  if (!Array.isArray(parsed)) throw new TypeError(`buildTimeline: parsed must be an array of ParsedArticle or ParsedDocument (got ${describe(parsed)})`);
  const raw: Array<{ event: TimelineEvent; meta: ArticleMeta; path: string }> = [];
  const metas: ArticleMeta[] = [];
  parsed.forEach((item: unknown, i: number) => {
    const path = `parsed/${i}`;
    if (isObj(item) && Array.isArray(item.articles)) {
      (item as unknown as ParsedDocument).articles.forEach((a, j) => readArticle(a, `${path}/articles/${j}`, raw, metas));
    } else if (isObj(item) && Array.isArray(item.events)) {
      readArticle(item as unknown as ParsedArticle, path, raw, metas);
    } else {
      throw new TypeError(`buildTimeline: ${path} must be a ParsedArticle (with events) or a ParsedDocument (with articles) (got ${describe(item)})`);
    }
  });

  const candidates: Candidate[] = raw.map(({ event, meta }) => ({
    event,
    meta,
    order: 0,
    startMs: localTimeMs(event.when.start),
    endMs: localTimeMs(event.when.end),
    reported: event.when.basis === 'reported-on',
    when: event.when,
  }));
  const firstSource = (c: Candidate) => c.event.sources[0];
  candidates.sort((a, b) => {
    if (a.startMs !== b.startMs) return a.startMs - b.startMs;
    if (a.endMs !== b.endMs) return a.endMs - b.endMs;
    const sa = firstSource(a);
    const sb = firstSource(b);
    const ka = sa?.articleId ?? a.meta?.id ?? '';
    const kb = sb?.articleId ?? b.meta?.id ?? '';
    if (ka !== kb) return ka < kb ? -1 : 1;
    if ((sa?.start ?? 0) !== (sb?.start ?? 0)) return (sa?.start ?? 0) - (sb?.start ?? 0);
    return a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0;
  });
  candidates.forEach((c, i) => (c.order = i));

  const seen = new Set<string>();
  const articles = metas.filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
  return { candidates, articles };
}
