import { localTimeMs } from '../model/localTimeMs.js';
import type { ParsedArticle, ParsedDocument, Timeline } from '../model/types.js';
import { clusterCandidates } from './clusterCandidates.js';
import { collectCandidates } from './collectCandidates.js';
import { normalizeBuildOptions } from './options.js';
import type { BuildTimelineOptions } from './options.js';
import { reconcile } from './reconcile.js';

/**
 * Merges the candidate events of many parsed articles into one {@link Timeline}: the same
 * happening told by several outlets becomes one event — same or compatible type (a signing and an
 * agreement), compatible times (overlapping, or day-precision claims at most `dayTolerance` days
 * apart), and a shared actor or place — with every mention kept as a source. Each candidate lands
 * in exactly one event; nothing is dropped. Claims that conflict (Tuesday in one outlet, Wednesday
 * in another) mark the event `disputed` and are all kept in `claims`. Event ids hash the sorted
 * source keys, so they are stable across runs; events come sorted by time.
 *
 * Blocking by time bucket and actor/place keeps merging sub-quadratic (see `npm run bench`).
 *
 * @param parsed ParsedArticles and/or ParsedDocuments (from parseArticle / parseDocument).
 * @throws {TypeError} when `parsed` is not an array of those, naming the path of what is wrong
 *   (`buildTimeline: parsed/0/articles/1/events/2/when/start: must be …`).
 * @throws {RangeError} on a bad option, naming it (`invalid option dayTolerance: -1 …`).
 *
 * @example
 * ```ts
 * const a = parseArticle('وصل الرئيس التركي رجب طيب أردوغان إلى القاهرة، الثلاثاء', { published: '2023-03-16', articleId: 'a' });
 * const b = parseArticle('ووصل أردوغان إلى القاهرة الأربعاء', { published: '2023-03-16', articleId: 'b' });
 * const timeline = buildTimeline([a, b]);
 * timeline.events[0].sources.length; //=> 2
 * timeline.events[0].disputed;       //=> true
 * timeline.events[0].claims?.map((c) => c.value); //=> ['2023-03-14', '2023-03-15']
 * timeline.events[0].when.value;     //=> '2023-03-14/2023-03-15'
 * ```
 */
export function buildTimeline(parsed: Array<ParsedArticle | ParsedDocument>, options?: BuildTimelineOptions): Timeline {
  const o = normalizeBuildOptions(options);
  const { candidates, articles } = collectCandidates(parsed);
  const meta = new Map(articles.map((a) => [a.id, a]));
  const events = clusterCandidates(candidates, o).map((cluster) => reconcile(cluster, o, meta));

  // Ids hash the sources; identical source sets (the same article passed twice) get a suffix.
  const used = new Map<string, number>();
  for (const e of events) {
    const n = used.get(e.id) ?? 0;
    used.set(e.id, n + 1);
    if (n > 0) e.id = `${e.id}-${n + 1}`;
  }
  const start = new Map(events.map((e) => [e, [localTimeMs(e.when.start), localTimeMs(e.when.end)] as const]));
  events.sort((a, b) => {
    const [as, ae] = start.get(a)!;
    const [bs, be] = start.get(b)!;
    return as - bs || ae - be || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });

  // Every input event passed the schema and the merge only combines their parts, so the result is
  // valid by construction (test/merge checks it on random inputs); re-validating 100,000 events
  // here would cost more than the merge.
  return {
    version: 1,
    ...(o.title !== undefined ? { title: o.title } : {}),
    language: o.language,
    articles: structuredClone(articles),
    events,
  };
}
