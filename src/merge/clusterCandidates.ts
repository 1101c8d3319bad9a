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
  /** Kinds told by the members (a welcome, a wreath): a mention of another kind does not join. */
  kinds: Set<string>;
  actors: Set<string>;
  /** The states taking part: named as actors, or as the country a named person acts for. */
  countries: Set<string>;
  places: Place[];
  /** Index in creation order (lower wins ties). */
  index: number;
  /** The candidate that last compared itself with this cluster (saves a Set per lookup). */
  seenBy: number;
  // Summaries, so fitting a candidate costs the number of DISTINCT claims and actor sets, not the
  // number of members (a hot cluster can hold thousands of mentions of one claim).
  statedDistinct: Map<string, Candidate>;
  /** Members by claim, for the direct evidence a disputed match needs (at most a few kept per claim). */
  statedBy: Map<string, Candidate[]>;
  reportedDistinct: Map<string, Candidate>;
  actorSets: Map<string, Counterparts>;
  articleFamilies: Set<string>;
  spans: Set<string>;
  minStart: number;
  maxStart: number;
}

/** Who a mention names: people, and states or organizations, apart. */
interface Counterparts {
  people: string[];
  others: string[];
  /** The states it names, as actors or through the people acting for them. */
  states: string[];
}

/** How many members per claim are checked for direct evidence before a disputed match. */
const MAX_WITNESSES = 16;

/**
 * Direct evidence between two mentions: a person or state named by both, or places that agree.
 * Sharing through a third mention is not enough to put them in dispute.
 */
function directlyLinked(a: Candidate, b: Candidate): boolean {
  for (const x of a.event.actors) for (const y of b.event.actors) if (x.id === y.id) return true;
  return a.event.place !== undefined && b.event.place !== undefined && placesAgree(a.event.place, b.event.place);
}

function newCluster(index: number, seenBy: number): Cluster {
  return {
    members: [], stated: [], reported: [], types: new Set(), kinds: new Set(), actors: new Set(), countries: new Set(), places: [], index, seenBy,
    statedDistinct: new Map(), statedBy: new Map(), reportedDistinct: new Map(), actorSets: new Map(), articleFamilies: new Set(), spans: new Set(),
    minStart: Infinity, maxStart: -Infinity,
  };
}

function addMember(cluster: Cluster, c: Candidate, cp: Counterparts = counterpartsOf(c)): void {
  cluster.members.push(c);
  if (c.reported) {
    cluster.reported.push(c);
    cluster.reportedDistinct.set(`${c.startMs}|${c.endMs}|${c.event.status}`, c);
  } else {
    cluster.stated.push(c);
    const key = `${c.startMs}|${c.endMs}|${c.when.precision}`;
    cluster.statedDistinct.set(key, c);
    const by = cluster.statedBy.get(key);
    if (!by) cluster.statedBy.set(key, [c]);
    else if (by.length < MAX_WITNESSES) by.push(c);
  }
  cluster.types.add(c.event.type);
  if (c.event.kind !== undefined) cluster.kinds.add(c.event.kind);
  for (const a of c.event.actors) cluster.actors.add(a.id);
  for (const k of cp.states) cluster.countries.add(k);
  if (c.event.place && !cluster.places.some((p) => p.id === c.event.place!.id)) cluster.places.push(c.event.place);
  cluster.actorSets.set(`${cp.people.join('\u0001')}\u0000${cp.others.join('\u0001')}`, cp);
  cluster.articleFamilies.add(`${articleOf(c)}\u0000${typeFamily[c.event.type]}`);
  cluster.spans.add(`${c.startMs}|${c.endMs}`);
  cluster.minStart = Math.min(cluster.minStart, c.startMs);
  cluster.maxStart = Math.max(cluster.maxStart, c.startMs);
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

/** Actor ids that name countries or organizations rather than people (the gazetteer's id prefixes). */
const NOT_PERSON = /^(?:place|org|organization|country):/u;

/** Each side names someone of this kind the other does not. */
function differ(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const sa = new Set(a);
  const sb = new Set(b);
  return a.some((id) => !sb.has(id)) && b.some((id) => !sa.has(id));
}

/**
 * Who a mention names, people and states apart. A person acting for a state also stands for it
 * (Putin for Russia), so "Russia and Vietnam pledged" and "Putin signed with To Lam" name the same
 * states, and "Putin signed with Kim" names another one.
 */
function counterpartsOf(c: Candidate): Counterparts {
  const people: string[] = [];
  const others = new Set<string>();
  for (const a of c.event.actors) {
    if (NOT_PERSON.test(a.id)) others.add(a.id);
    else {
      people.push(a.id);
      if (a.country !== undefined) others.add(a.country);
    }
  }
  return { people: people.sort(), others: [...others].sort(), states: countriesOf(c) };
}

/** The states a mention names: as actors, or through the people acting for them. */
function countriesOf(c: Candidate): string[] {
  const out: string[] = [];
  for (const a of c.event.actors) {
    if (a.country !== undefined) out.push(a.country);
    else if (a.id.startsWith('place:')) out.push(a.id);
  }
  return out;
}

/**
 * Two mentions name different counterparts: each names a person the other does not (Putin with
 * Kim, Putin with To Lam), or each names a country the other does not (Russia and North Korea,
 * Russia and Vietnam). People and countries are compared apart, since one outlet names the leaders
 * and another the states. A mention that names fewer is not in conflict (Putin alone fits Putin
 * with To Lam).
 */
function counterpartsDiffer(a: Counterparts, b: Counterparts): boolean {
  return differ(a.people, b.people) || differ(a.others, b.others);
}

const articleOf = (c: Candidate) => c.event.sources[0]?.articleId ?? c.meta?.id ?? '';

/**
 * How well a candidate fits a cluster: null when it cannot be the same happening, else a score
 * (shared actors and places, exact type) to pick the best of several clusters.
 */
function fit(cluster: Cluster, c: Candidate, cp: Counterparts, o: NormalizedBuildOptions): number | null {
  const e = c.event;
  for (const t of cluster.types) if (!typesCompatible(t, e.type)) return null;
  if (e.kind !== undefined) for (const k of cluster.kinds) if (k !== e.kind) return null;
  if (e.place) for (const p of cluster.places) if (!placesAgree(p, e.place)) return null;

  let shared = 0;
  for (const a of e.actors) if (cluster.actors.has(a.id)) shared++;
  // States in common (one outlet names the leaders, another the states): weaker than a shared name.
  let sharedStates = 0;
  if (shared === 0) for (const k of cp.states) if (cluster.countries.has(k)) sharedStates++;
  const placeShared = e.place !== undefined && cluster.places.length > 0;
  let sameArticle = false;
  if (shared === 0 && sharedStates === 0) {
    // Different people (both sides named some) are different happenings.
    if (e.actors.length > 0 && cluster.actors.size > 0) return null;
    if (!placeShared) {
      if (e.actors.length > 0 || e.place) return null;
      // A mention that names no one and no place ("the two sides signed 15 agreements") is the
      // happening its own article tells of that type and time — within-document coreference.
      sameArticle = typeFamily[e.type] !== '*' && cluster.articleFamilies.has(`${articleOf(c)}\u0000${typeFamily[e.type]}`);
      if (!sameArticle) {
        // Across articles, with no participants on either side: only the same type at the very same time.
        const bare = cluster.actors.size === 0 && cluster.places.length === 0;
        if (!bare || typeFamily[e.type] === '*' || !cluster.types.has(e.type)) return null;
        if (cluster.spans.size !== 1 || !cluster.spans.has(`${c.startMs}|${c.endMs}`)) return null;
      }
    }
  }
  for (const other of cluster.actorSets.values()) if (counterpartsDiffer(other, cp)) return null;

  if (c.reported) {
    for (const s of cluster.statedDistinct.values()) if (!fitsReported(s, c, o)) return null;
    for (const r of cluster.reportedDistinct.values()) if (!reportedAgree(r, c, o)) return null;
  } else {
    for (const [key, s] of cluster.statedDistinct) {
      if (!claimsAgree(s, c, o)) return null;
      // Claims that do not overlap would put the event in dispute: that needs every mention of
      // the other claim to name the same person, state or place as this one — not a chain through
      // a third mention (Putin–Kim on Wednesday, "Russia–Vietnam unlike Putin–Kim", Russia–Vietnam
      // on Thursday are two signings, not one disputed signing).
      if (!overlaps(s, c) && !cluster.statedBy.get(key)!.every((w) => directlyLinked(w, c))) return null;
    }
    for (const r of cluster.reportedDistinct.values()) if (!fitsReported(c, r, o)) return null;
  }
  // Among equally good clusters, the nearest in time: a fraction below one point, so evidence of
  // who and where always outweighs it.
  const nearest = c.startMs < cluster.minStart ? cluster.minStart - c.startMs : c.startMs > cluster.maxStart ? c.startMs - cluster.maxStart : 0;
  const closeness = 0.5 / (1 + nearest / DAY);
  return shared * 4 + sharedStates * 2 + (placeShared ? 2 : 0) + (sameArticle ? 1 : 0) + (cluster.types.has(e.type) ? 1 : 0) + closeness;
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
  // A person also under the state they act for, to meet the tellings that name only the states.
  for (const a of e.actors) if (a.country !== undefined) keys.push(`a:${a.country}`);
  if (e.place) {
    keys.push(`p:${e.place.id}`);
    if (e.place.timezone) keys.push(`z:${e.place.timezone}`);
    for (const w of e.place.within ?? []) keys.push(`p:${w}`);
  }
  if (keys.length === 0) keys.push(`t:${e.type}`);
  // Lets a mention that names no one find the events of its own article.
  keys.push(`d:${articleOf(c)}:${typeFamily[e.type]}`);
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
    const cp = counterpartsOf(c);
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
          const score = fit(cl, c, cp, o);
          if (score !== null && (score > bestScore || (score === bestScore && best !== undefined && cl.index < best.index))) {
            best = cl;
            bestScore = score;
          }
        }
      }
    }
    const cluster: Cluster = best ?? newCluster(clusters.length, n);
    if (!best) clusters.push(cluster);
    addMember(cluster, c, cp);
    for (const b of own) {
      for (const k of keys) {
        const key = b * ENTITY + k;
        const list = index.get(key);
        if (!list) index.set(key, [cluster]);
        else if (list[list.length - 1] !== cluster) list.push(cluster);
      }
    }
  });
  return bridgeWithinArticles(clusters);
}

/** At most this many clusters per (article, type family) are compared pairwise when bridging. */
const MAX_BRIDGE = 32;

/**
 * Second pass, within-document coreference: one article that tells a happening twice — once by
 * its people ("Lam and Putin signed about ten agreements"), once by its states ("Russia and
 * Vietnam pledged, yesterday Thursday…") — links the cluster of each telling. Two clusters with
 * members of the same type family in the same article merge when every stated claim of one
 * overlaps every stated claim of the other (no day tolerance here: the link is weaker than a
 * shared name), their places agree and no two members name different counterparts.
 */
function bridgeWithinArticles(clusters: Cluster[]): Cluster[] {
  const byArticle = new Map<string, Cluster[]>();
  for (const cl of clusters) {
    for (const key of cl.articleFamilies) {
      if (key.endsWith('\u0000*')) continue;
      const list = byArticle.get(key);
      if (list) list.push(cl);
      else byArticle.set(key, [cl]);
    }
  }
  const parent = new Map<Cluster, Cluster>();
  const root = (c: Cluster): Cluster => {
    let r = c;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  for (const list of byArticle.values()) {
    if (list.length < 2 || list.length > MAX_BRIDGE) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = root(list[i]!);
        const b = root(list[j]!);
        if (a === b || !bridgeable(a, b)) continue;
        const [keep, gone] = a.index < b.index ? [a, b] : [b, a];
        absorb(keep, gone);
        parent.set(gone, keep);
      }
    }
  }
  return clusters.filter((c) => !parent.has(c));
}

function bridgeable(a: Cluster, b: Cluster): boolean {
  for (const t of a.types) for (const u of b.types) if (!typesCompatible(t, u)) return false;
  for (const k of a.kinds) for (const l of b.kinds) if (k !== l) return false;
  for (const p of a.places) for (const q of b.places) if (!placesAgree(p, q)) return false;
  if (a.statedDistinct.size === 0 || b.statedDistinct.size === 0) return false;
  for (const x of a.statedDistinct.values()) {
    for (const y of b.statedDistinct.values()) {
      if (precisionGroup[x.when.precision] !== precisionGroup[y.when.precision] || !overlaps(x, y)) return false;
    }
  }
  for (const x of a.actorSets.values()) for (const y of b.actorSets.values()) if (counterpartsDiffer(x, y)) return false;
  return true;
}

function absorb(into: Cluster, from: Cluster): void {
  for (const m of from.members) addMember(into, m);
}
