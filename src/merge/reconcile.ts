import { localTimeMs } from '../model/localTimeMs.js';
import type { Actor, EventStatus, EventTime, EventType, Place, Source, TimelineEvent } from '../model/types.js';
import type { Candidate } from './candidate.js';
import { precisionRank } from './candidate.js';
import type { Cluster } from './clusterCandidates.js';
import { eventId, sourceKey } from './eventId.js';
import type { NormalizedBuildOptions } from './options.js';
import { durativeTypes } from './typeFamilies.js';

const claimKey = (t: EventTime) => `${t.start}|${t.end}|${t.precision}`;

/** The claim of one mention as the event's time: its own `when`, without the parser's extras. */
function asClaim(c: Candidate): EventTime {
  const w = c.when;
  return {
    value: w.value,
    start: w.start,
    end: w.end,
    precision: w.precision,
    approximate: w.approximate,
    ...(w.timezone !== undefined ? { timezone: w.timezone } : {}),
    ...(w.basis !== undefined ? { basis: w.basis } : {}),
  };
}

/** A plain copy of a source (structuredClone is several times slower on 100,000 small objects). */
function copySource(s: Source): Source {
  const c = s.claim;
  return {
    ...s,
    claim: c === null ? null : { ...c, interval: c.interval === null ? null : { ...c.interval } },
    ...(s.count !== undefined ? { count: { ...s.count } } : {}),
  };
}

/** One time covering several claims: from the earliest start to the latest end. */
function span(claims: EventTime[]): EventTime {
  if (claims.length === 1) return claims[0]!;
  let first = claims[0]!;
  let last = claims[0]!;
  for (const c of claims) {
    if (localTimeMs(c.start) < localTimeMs(first.start)) first = c;
    if (localTimeMs(c.end) > localTimeMs(last.end)) last = c;
  }
  const values = new Set(claims.map((c) => c.value));
  const coarsest = claims.reduce((a, c) => (precisionRank[c.precision] < precisionRank[a.precision] ? c : a));
  const zones = new Set(claims.map((c) => c.timezone));
  const zone = zones.size === 1 ? claims[0]!.timezone : undefined;
  const bases = new Set(claims.map((c) => c.basis));
  const basis = bases.size === 1 ? claims[0]!.basis : 'stated';
  return {
    value: values.size === 1 ? first.value : first.value === last.value ? first.value : `${first.value}/${last.value}`,
    start: first.start,
    end: last.end,
    precision: coarsest.precision,
    approximate: claims.some((c) => c.approximate),
    ...(zone !== undefined ? { timezone: zone } : {}),
    ...(basis !== undefined ? { basis } : {}),
  };
}

/** Claim keys supported by the most distinct articles. */
function support(members: Candidate[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of members) {
    const key = claimKey(m.when);
    const set = out.get(key) ?? new Set<string>();
    for (const s of m.event.sources) set.add(s.articleId);
    if (m.event.sources.length === 0) set.add(m.event.id);
    out.set(key, set);
  }
  return out;
}

function mergeActors(members: Candidate[]): Actor[] {
  const byId = new Map<string, Actor>();
  for (const m of members) {
    for (const a of m.event.actors) {
      const known = byId.get(a.id);
      if (!known) byId.set(a.id, { id: a.id, name: { ...a.name }, ...(a.country !== undefined ? { country: a.country } : {}) });
      else {
        if (known.name.ar === undefined && a.name.ar !== undefined) known.name.ar = a.name.ar;
        if (known.name.en === undefined && a.name.en !== undefined) known.name.en = a.name.en;
        if (known.country === undefined && a.country !== undefined) known.country = a.country;
      }
    }
  }
  return [...byId.values()];
}

/** The most specific place told: one that lies within another named place, else the lead's, else the first. */
function pickPlace(lead: Candidate, members: Candidate[]): Place | undefined {
  const places = members.map((m) => m.event.place).filter((p): p is Place => p !== undefined);
  if (places.length === 0) return undefined;
  const ids = new Set(places.map((p) => p.id));
  const inner = places.find((p) => p.within?.some((w) => ids.has(w)));
  const p = inner ?? lead.event.place ?? places[0]!;
  return { ...p, name: { ...p.name }, ...(p.within ? { within: [...p.within] } : {}) };
}

function pickType(lead: Candidate, members: Candidate[]): EventType {
  const counts = new Map<EventType, number>();
  for (const m of members) if (m.event.type !== 'report') counts.set(m.event.type, (counts.get(m.event.type) ?? 0) + 1);
  if (counts.size === 0) return 'report';
  let best: EventType = lead.event.type;
  let n = counts.get(best) ?? 0;
  for (const [t, k] of counts) if (k > n) [best, n] = [t, k];
  return best;
}

function pickStatus(members: Candidate[]): EventStatus {
  // A later telling that it happened settles an earlier schedule.
  if (members.some((m) => m.event.status === 'happened')) return 'happened';
  if (members.some((m) => m.event.status === 'scheduled')) return 'scheduled';
  return 'expected';
}

/**
 * One canonical event from a cluster of mentions. Every mention's sources are kept. The time:
 *  - claims that agree (overlap): the finest ones, spanned when they differ a little
 *    (01:00–06:00 and 04:00–09:00 give 01:00–09:00) — for a lasting happening (a visit), all of
 *    them spanned at the coarsest precision, since a part told finely does not narrow the whole;
 *  - claims that conflict (do not overlap, e.g. Tuesday vs Wednesday): `disputed: true`, every
 *    distinct claim kept in `claims`, and `when` per the `disputedWhen` option — by default the
 *    span covering them all, with an ISO interval value ('2024-06-18/2024-06-19');
 *  - mentions dated only by their article ("reported on") do not take part in disputes; they give
 *    the time only when no mention states one.
 * Confidence: 1 − Π(1 − c) over the articles (each article counted once, at its best mention), so
 * independent outlets reinforce each other.
 */
export function reconcile(cluster: Cluster, o: NormalizedBuildOptions, articleMeta: Map<string, { outlet?: string; published?: string | null }>): TimelineEvent {
  const members = cluster.members;
  const timed = cluster.stated.length > 0 ? cluster.stated : cluster.reported;
  // The lead: stated before reported, then the most confident, the finest, the first (one pass,
  // no copy: clusters can hold thousands of mentions).
  const before = (a: Candidate, b: Candidate) =>
    (Number(a.reported) - Number(b.reported) ||
      b.event.confidence - a.event.confidence ||
      precisionRank[b.when.precision] - precisionRank[a.when.precision] ||
      a.order - b.order) < 0;
  let lead = members[0]!;
  for (const m of members) if (before(m, lead)) lead = m;

  const distinct = new Map<string, EventTime>();
  for (const m of timed) if (!distinct.has(claimKey(m.when))) distinct.set(claimKey(m.when), asClaim(m));
  const claims = [...distinct.values()];
  if (claims.length > 1) claims.sort((a, b) => localTimeMs(a.start) - localTimeMs(b.start) || localTimeMs(a.end) - localTimeMs(b.end));

  let disputed = false;
  // Only stated times can conflict: articles that came out on different days and tell the
  // happening without a time of its own say only "by then".
  const onlyReported = cluster.stated.length === 0;
  const ms = claims.length > 1 && !onlyReported ? claims.map((c) => ({ s: localTimeMs(c.start), e: localTimeMs(c.end) })) : [];
  for (let i = 0; i < ms.length && !disputed; i++) {
    for (let j = i + 1; j < ms.length; j++) {
      if (!(ms[i]!.s < ms[j]!.e && ms[j]!.s < ms[i]!.e)) {
        disputed = true;
        break;
      }
    }
  }

  let when: EventTime;
  if (onlyReported && claims.length > 1) {
    // The earliest article is the tightest bound.
    when = claims[0]!;
  } else if (disputed && o.disputedWhen === 'best-supported') {
    const sup = support(timed);
    when = [...claims].sort(
      (a, b) =>
        (sup.get(claimKey(b))?.size ?? 0) - (sup.get(claimKey(a))?.size ?? 0) ||
        precisionRank[b.precision] - precisionRank[a.precision] ||
        localTimeMs(a.start) - localTimeMs(b.start),
    )[0]!;
  } else if (disputed) {
    when = span(claims);
  } else if (durativeTypes.has(pickType(lead, members))) {
    when = span(claims);
  } else {
    const finest = Math.max(...claims.map((c) => precisionRank[c.precision]));
    when = span(claims.filter((c) => precisionRank[c.precision] === finest));
  }

  const sources: Source[] = [];
  for (const m of members) {
    for (const s of m.event.sources) {
      const meta = articleMeta.get(s.articleId);
      const copy: Source = copySource(s);
      if (copy.outlet === undefined && meta?.outlet !== undefined) copy.outlet = meta.outlet;
      if (copy.published === undefined && meta?.published !== undefined) copy.published = meta.published;
      sources.push(copy);
    }
  }
  sources.sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start || a.end - b.end));

  const best = new Map<string, number>();
  for (const m of members) {
    const article = m.event.sources[0]?.articleId ?? m.meta?.id ?? m.event.id;
    best.set(article, Math.max(best.get(article) ?? 0, m.event.confidence));
  }
  let doubt = 1;
  for (const c of best.values()) doubt *= 1 - c;

  const keys = sources.length > 0 ? sources.map(sourceKey) : members.map((m) => `candidate\u0000${m.event.id}`);
  const place = pickPlace(lead, members);
  const e = lead.event;
  const titleEn = e.titleEn ?? members.find((m) => m.event.titleEn !== undefined)?.event.titleEn;
  const summary = e.summary ?? members.find((m) => m.event.summary !== undefined)?.event.summary;
  const kind = e.kind ?? members.find((m) => m.event.kind !== undefined)?.event.kind;
  return {
    id: eventId(keys),
    type: pickType(lead, members),
    ...(kind !== undefined ? { kind } : {}),
    title: e.title,
    ...(titleEn !== undefined ? { titleEn } : {}),
    ...(summary !== undefined ? { summary } : {}),
    when: { ...when },
    status: pickStatus(members),
    ...(place ? { place } : {}),
    actors: mergeActors([lead, ...members.filter((m) => m !== lead)]),
    sources,
    disputed,
    ...(disputed ? { claims } : {}),
    confidence: Math.round((1 - doubt) * 1000) / 1000,
  };
}
