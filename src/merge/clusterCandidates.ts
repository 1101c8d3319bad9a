import type { EventType, Place } from '../model/types.js';
import type { Candidate } from './candidate.js';
import { precisionGroup } from './candidate.js';
import type { NormalizedBuildOptions } from './options.js';
import { typeFamily, typesCompatible } from './typeFamilies.js';

const DAY = 86_400_000;
/** Day-or-finer precisions: the ones the day tolerance applies to. */
const DAYISH = new Set(['day', 'part-of-day', 'hour', 'minute']);
/** At most this many time buckets per interval; wider intervals are indexed by their first ones. */
const MAX_BUCKETS = 40;

/** A growing group of candidates that tell one happening. */
export interface Cluster {
  members: Candidate[];
  stated: Candidate[];
  reported: Candidate[];
  types: Set<EventType>;
  actors: Set<string>;
  places: Place[];
  /** Index in creation order (lower wins ties). */
  index: number;
  /** The candidate that last compared itself with this cluster (saves a Set per lookup). */
  seenBy: number;
}

/** Whether two places may be the same place, or one inside the other. */
function placesAgree(a: Place, b: Place): boolean {
  if (a.id === b.id) return true;
  if (a.within?.includes(b.id) || b.within?.includes(a.id)) return true;
  // Same zone: a city and its country as named by different outlets (بيونغ يانغ / كوريا الشمالية).
  return a.timezone !== undefined && a.timezone === b.timezone;
}

function overlaps(a: { startMs: number; endMs: number }, b: { startMs: number; endMs: number }): boolean {
  return a.startMs < b.endMs && b.startMs < a.endMs;
}

/** Two stated claims can be the same happening: overlapping, or day-or-finer starts within the tolerance. */
function claimsAgree(a: Candidate, b: Candidate, o: NormalizedBuildOptions): boolean {
  if (precisionGroup[a.when.precision] !== precisionGroup[b.when.precision]) return false;
  if (overlaps(a, b)) return true;
  return DAYISH.has(a.when.precision) && DAYISH.has(b.when.precision) && Math.abs(a.startMs - b.startMs) <= o.dayTolerance * DAY;
}

/** A stated claim fits an article's "reported on" date: it happened in the window before it (or after, when scheduled). */
function fitsReported(stated: Candidate, reported: Candidate, o: NormalizedBuildOptions): boolean {
  if (precisionGroup[stated.when.precision] !== 'A') return false;
  const window = o.reportedWindow * DAY;
  if (reported.event.status === 'happened') return stated.startMs < reported.endMs && stated.startMs >= reported.startMs - window;
  return stated.endMs > reported.startMs && stated.startMs < reported.endMs + window;
}

/**
 * Two mentions dated only by their articles: the same happening only if the articles came out
 * within the day tolerance — the window is for matching a dated telling, and two undated
 * statements a few days apart are more likely two statements.
 */
function reportedAgree(a: Candidate, b: Candidate, o: NormalizedBuildOptions): boolean {
  return Math.abs(a.startMs - b.startMs) <= o.dayTolerance * DAY;
}

/**
 * How well a candidate fits a cluster: null when it cannot be the same happening, else a score
 * (shared actors and places, exact type) to pick the best of several clusters.
 */
function fit(cluster: Cluster, c: Candidate, o: NormalizedBuildOptions): number | null {
  const e = c.event;
  for (const t of cluster.types) if (!typesCompatible(t, e.type)) return null;
  if (e.place) for (const p of cluster.places) if (!placesAgree(p, e.place)) return null;

  let shared = 0;
  for (const a of e.actors) if (cluster.actors.has(a.id)) shared++;
  const placeShared = e.place !== undefined && cluster.places.length > 0;
  if (shared === 0) {
    // Different people (both sides named some) are different happenings.
    if (e.actors.length > 0 && cluster.actors.size > 0) return null;
    if (!placeShared) {
      // No participants on either side: only the same type at the very same time.
      const bare = e.actors.length === 0 && !e.place && cluster.actors.size === 0 && cluster.places.length === 0;
      if (!bare || typeFamily[e.type] === '*' || !cluster.types.has(e.type)) return null;
      if (!cluster.members.every((m) => m.startMs === c.startMs && m.endMs === c.endMs)) return null;
    }
  }

  if (c.reported) {
    if (cluster.stated.length > 0 && !cluster.stated.every((s) => fitsReported(s, c, o))) return null;
    if (!cluster.reported.every((r) => reportedAgree(r, c, o))) return null;
  } else {
    if (!cluster.stated.every((s) => claimsAgree(s, c, o))) return null;
    if (!cluster.reported.every((r) => fitsReported(c, r, o))) return null;
  }
  return shared * 4 + (placeShared ? 2 : 0) + (cluster.types.has(e.type) ? 1 : 0);
}

const GROUPS = { A: [0, DAY], B: [1, 30 * DAY], C: [2, 365 * DAY], D: [3, 3650 * DAY] } as const;

/**
 * Time buckets an interval touches, by precision group (days, months, years, decades), as numbers
 * (bucket × 4 + group): numeric keys spare a string per lookup.
 */
function buckets(group: keyof typeof GROUPS, startMs: number, endMs: number): number[] {
  const [g, unit] = GROUPS[group];
  const first = Math.floor(startMs / unit);
  const last = Math.max(first, Math.ceil(endMs / unit) - 1);
  const out: number[] = [];
  for (let b = first; b <= last && out.length < MAX_BUCKETS; b++) out.push(b * 4 + g);
  return out;
}

/** Entity keys: who and where (a place also under its zone and its containers). */
function entityKeys(c: Candidate): string[] {
  const e = c.event;
  const keys = e.actors.map((a) => `a:${a.id}`);
  if (e.place) {
    keys.push(`p:${e.place.id}`);
    if (e.place.timezone) keys.push(`z:${e.place.timezone}`);
    for (const w of e.place.within ?? []) keys.push(`p:${w}`);
  }
  if (keys.length === 0) keys.push(`t:${e.type}`);
  return keys;
}

/** The time buckets a candidate is filed under, and the ones to look in for its partners. */
function timeBuckets(c: Candidate, o: NormalizedBuildOptions): { own: number[]; look: number[] } {
  const group = c.reported ? 'A' : precisionGroup[c.when.precision];
  const own = buckets(group, c.startMs, c.endMs);
  let lookStart = c.startMs;
  let lookEnd = c.endMs;
  if (c.reported) {
    lookStart -= o.reportedWindow * DAY;
    lookEnd += o.reportedWindow * DAY;
  } else if (group === 'A') {
    // Partners may be reported-on mentions from a few days later, or claims a tolerance away.
    lookStart -= o.dayTolerance * DAY;
    lookEnd += Math.max(o.dayTolerance, o.reportedWindow) * DAY;
  }
  return { own, look: buckets(group, lookStart, lookEnd) };
}

/**
 * Groups candidates into clusters, each one happening. Candidates come in canonical order; each
 * joins the best-fitting existing cluster or starts a new one, so every candidate lands in exactly
 * one cluster. Compatibility is checked against every member (no chaining: a Tuesday claim and a
 * Thursday claim never meet through a Wednesday one). Blocking keeps it sub-quadratic: a
 * candidate is compared only with clusters filed under the same time bucket and actor/place key,
 * at most `maxComparisons` of the latest per key.
 */
export function clusterCandidates(candidates: Candidate[], o: NormalizedBuildOptions): Cluster[] {
  const clusters: Cluster[] = [];
  // Blocking index: (time bucket, entity) → clusters filed there, oldest first. Entity keys are
  // interned to small integers so the composite key is a number.
  const index = new Map<number, Cluster[]>();
  const entities = new Map<string, number>();
  const intern = (k: string) => {
    let id = entities.get(k);
    if (id === undefined) entities.set(k, (id = entities.size));
    return id;
  };
  const ENTITY = 2 ** 24;

  candidates.forEach((c, n) => {
    const keys = entityKeys(c).map(intern);
    const { own, look } = timeBuckets(c, o);
    let best: Cluster | undefined;
    let bestScore = -1;
    for (const b of look) {
      for (const k of keys) {
        const list = index.get(b * ENTITY + k);
        if (!list) continue;
        for (let i = list.length - 1, seen = 0; i >= 0 && seen < o.maxComparisons; i--, seen++) {
          const cl = list[i]!;
          if (cl.seenBy === n) continue;
          cl.seenBy = n;
          const score = fit(cl, c, o);
          if (score !== null && (score > bestScore || (score === bestScore && best !== undefined && cl.index < best.index))) {
            best = cl;
            bestScore = score;
          }
        }
      }
    }
    const cluster: Cluster = best ?? { members: [], stated: [], reported: [], types: new Set(), actors: new Set(), places: [], index: clusters.length, seenBy: n };
    if (!best) clusters.push(cluster);
    cluster.members.push(c);
    (c.reported ? cluster.reported : cluster.stated).push(c);
    cluster.types.add(c.event.type);
    for (const a of c.event.actors) cluster.actors.add(a.id);
    if (c.event.place && !cluster.places.some((p) => p.id === c.event.place!.id)) cluster.places.push(c.event.place);
    for (const b of own) {
      for (const k of keys) {
        const key = b * ENTITY + k;
        const list = index.get(key);
        if (!list) index.set(key, [cluster]);
        else if (list[list.length - 1] !== cluster) list.push(cluster);
      }
    }
  });
  return clusters;
}
