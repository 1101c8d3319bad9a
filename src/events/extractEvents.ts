import type {
  Actor,
  EventStatus,
  EventTime,
  ParagraphRole,
  Place,
  Source,
  TemporalExpression,
  TimelineEvent,
} from '../model/types.js';
import type { ModalityLocale } from '../locales/ar/modality.js';
import type { EventLabel } from '../locales/en/eventTitles.js';
import { splitSentences } from '../segment/splitSentences.js';
import type { CompiledGazetteer } from './compileGazetteer.js';
import { fold, type TriggerLexicon } from './compileTriggers.js';
import { addUnits, dayMs, nextDay } from './dates.js';
import { eventId } from './eventId.js';
import { findEntities, type EntityHit } from './findEntities.js';
import { analyze, findTriggers, type TriggerHit } from './findTriggers.js';
import { Discourse, type CompiledDiscourse, type PersonMention } from './discourse.js';
import { findCount, type CompiledCounts } from './findCount.js';
import { findSense, type CompiledSenses } from './findSense.js';
import { findTitledPeople, firstWordForms, type CompiledTitles, type TitledPerson } from './findTitledPeople.js';
import { findOrganizations, type CompiledOrganizations } from './findOrganizations.js';
import { tokenize, type Token } from './tokenize.js';

/** How an event-anchored expression relates to the event it names (set by the tagger). */
interface Relation {
  unit: 'hour' | 'day' | 'week' | 'month' | 'year';
  amount: number;
  to: 'previous' | 'named';
  approximate?: boolean;
}

type Expr = TemporalExpression & { relation?: Relation };

/** Everything the extractor needs about one article. Offsets index `text`. */
export interface ExtractContext {
  articleId: string;
  outlet?: string;
  /** Publication date 'YYYY-MM-DD', or null when unknown. */
  published: string | null;
  text: string;
  /** Paragraphs to read (titles and boilerplate are left out by the caller). */
  paragraphs: ReadonlyArray<{ start: number; end: number; role: ParagraphRole }>;
  /** The article's temporal expressions, offsets into `text`. */
  expressions: readonly TemporalExpression[];
  lexicon: TriggerLexicon;
  gazetteer: CompiledGazetteer;
  titles: CompiledTitles;
  modality: CompiledModality;
  labels: Readonly<Record<string, EventLabel>>;
  /** Kinds of a type (src/locales/ar/senses.ts); without them events carry no kind. */
  senses?: CompiledSenses;
  /** Subjects and descriptions across clauses (src/locales/ar/discourse.ts); without it none is inherited. */
  discourse?: CompiledDiscourse;
  /** Organization heads (src/locales/ar/organizations.ts); without them only gazetteer bodies act. */
  organizations?: CompiledOrganizations;
  /** Counted nouns (src/locales/ar/counts.ts); without them sources carry no count. */
  counts?: CompiledCounts;
  /**
   * Re-resolves an expression with bare weekdays read forward (the tagger's forwardDate), for a
   * scheduled clause whose marker the tagger did not see ("ويغادر مساء الثلاثاء كما هو مقرر").
   * Without it a schedule keeps the tagger's reading.
   */
  forward?: (e: TemporalExpression) => TemporalExpression | null;
}

export interface CompiledModality {
  negators: Set<string>;
  window: number;
  notNegations: string[][];
  scheduled: string[][];
  expected: string[][];
  may: Set<string>;
  future: Set<string>;
  first: Set<string>;
  since: Set<string>;
  later: string[][];
  locative: Set<string>;
  anniversary: Set<string>;
  frames: string[][];
  relativeWhere: Set<string>;
  origin: Set<string>;
  complementizers: Set<string>;
  targets: Set<string>;
}

const phrases = (list: readonly string[]) => list.map((p) => fold(p).split(' '));

/** Folds the modality data once. */
export function compileModality(m: ModalityLocale): CompiledModality {
  return {
    negators: new Set(m.negators.map(fold)),
    window: m.negationWindow,
    notNegations: phrases(m.notNegations),
    scheduled: phrases(m.scheduled),
    expected: phrases(m.expected),
    may: new Set(m.may.map(fold)),
    future: new Set(m.futureMarkers.map(fold)),
    first: new Set(m.first.map(fold)),
    since: new Set(m.since.map(fold)),
    later: phrases(m.later),
    anniversary: new Set(m.anniversary.map(fold)),
    locative: new Set(m.locative.map(fold)),
    frames: phrases(m.frames),
    relativeWhere: new Set(m.relativeWhere.map(fold)),
    origin: new Set(m.origin.map(fold)),
    complementizers: new Set(m.complementizers.map(fold)),
    targets: new Set(m.targets.map(fold)),
  };
}

// Punctuation that ends a clause (see splitSentences); used to tell whether two words share one.
const CLAUSE_BREAK = /[،,؛;:«»"“”….!?؟|\n()]|\s[-–—]\s/u;
const WORD_CONJ = /^[وف]/u;

interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
  folded: string;
  /** Clause groups: a group starts at a clause holding a trigger; other clauses join the one before. */
  groups: Array<{ start: number; end: number }>;
  /** The clauses themselves (split at punctuation). */
  clauses: Array<{ start: number; end: number }>;
  /** Quotation each token stands in (see quoteRegions). */
  quotes: number[];
  role: ParagraphRole;
}

/** Index of the quotation («…», “…», "…") each token stands in, or -1. */
function quoteRegions(s: Sentence): number[] {
  const out = s.tokens.map(() => -1);
  const first = s.tokens[0];
  const last = s.tokens[s.tokens.length - 1];
  if (!first || !last) return out;
  let region = -1;
  let open: string | null = null;
  let count = 0;
  let t = 0;
  for (let i = first.fStart; i < last.fEnd && t < s.tokens.length; i++) {
    const ch = s.folded[i]!;
    if (open === null && (ch === '«' || ch === '“' || ch === '"')) {
      open = ch === '«' ? '»' : ch === '“' ? '”' : '"';
      region = count++;
    } else if (open !== null && (ch === open || (open === '”' && ch === '"'))) {
      open = null;
      region = -1;
    }
    if (s.tokens[t]!.fStart === i) out[t++] = open === null ? -1 : region;
  }
  return out;
}

interface Candidate {
  hit: TriggerHit;
  sentence: Sentence;
  group: { start: number; end: number };
  triggers: TriggerHit[];
  entities: EntityHit[];
  people: TitledPerson[];
  exprs: Expr[];
  /** People the sentence names only by a description told earlier ("الرئيس الروسي"). */
  described: PersonMention[];
  /** Who acts when the trigger does not say (an elided subject, a possessive pronoun). */
  inherited?: Actor;
  /** The two parties a party noun stands for ("وقع الطرفان"). */
  parties?: Actor[];
  /** Who the trigger names as its agent: the subject of a verb, the genitive of a verbal noun. */
  subject?: PersonMention;
  /** The last subject told before the trigger (for a verbal noun that names no agent). */
  lastSubject?: Actor;
}

function phraseAt(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => {
    const t = tokens[i + k]?.form;
    return t === w || (k === 0 && t !== undefined && WORD_CONJ.test(t) && t.slice(1) === w);
  });
}

function hasPhrase(tokens: readonly Token[], from: number, to: number, list: readonly string[][]): boolean {
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) if (list.some((p) => phraseAt(tokens, i, p))) return true;
  return false;
}

/** Gap in characters between two spans (0 when they overlap). */
function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

function timeFromExpr(e: Expr, basis: NonNullable<EventTime['basis']>): EventTime | null {
  if (!e.interval) return null;
  const value = e.value ?? e.interval.start.slice(0, 10);
  const t: EventTime = {
    value,
    start: e.interval.start,
    end: e.interval.end,
    precision: e.precision ?? 'day',
    approximate: e.approximate,
    basis: e.anchor === 'event' ? 'event' : basis,
  };
  if (e.timezone !== undefined) t.timezone = e.timezone;
  return t;
}

function dayTime(day: string, precision: 'day' | 'month' | 'year', approximate: boolean, basis: NonNullable<EventTime['basis']>): EventTime {
  if (precision === 'year') {
    const y = day.slice(0, 4);
    return { value: y, start: `${y}-01-01`, end: `${Number(y) + 1}-01-01`, precision, approximate, basis };
  }
  if (precision === 'month') {
    const m = day.slice(0, 7);
    return { value: m, start: `${m}-01`, end: addUnits(`${m}-01`, 'month', 1), precision, approximate, basis };
  }
  return { value: day, start: day, end: nextDay(day), precision, approximate, basis };
}

/** Builds the sentences of one paragraph, with their words and clause groups. */
function readParagraph(ctx: ExtractContext, p: { start: number; end: number; role: ParagraphRole }): Sentence[] {
  let end = p.end;
  // A caption's agency tag "(أ.ب)" is a credit, not part of what it tells.
  if (p.role === 'caption') {
    const open = ctx.text.lastIndexOf('(', p.end);
    if (open > p.start) end = open;
  }
  const raw = ctx.text.slice(p.start, end);
  const { folded, tokens, toOriginal } = tokenize(raw, p.start);
  const split = splitSentences(folded);
  const bySentence: Array<Array<{ start: number; end: number }>> = split.sentences.map(() => []);
  for (const c of split.clauses) bySentence[c.sentence]?.push(c);
  const out: Sentence[] = [];
  let t = 0;
  split.sentences.forEach((s, si) => {
    const sTokens: Token[] = [];
    while (t < tokens.length && tokens[t]!.fStart < s.start) t++;
    let u = t;
    while (u < tokens.length && tokens[u]!.fEnd <= s.end) sTokens.push(tokens[u++]!);
    t = u;
    const fClauses = bySentence[si]!;
    // A run-on "sentence" (no punctuation for hundreds of words) is read in windows, which keeps
    // the work per word bounded on hostile input; real sentences are far shorter.
    for (let from = 0; from < Math.max(1, sTokens.length); from += MAX_SENTENCE_WORDS) {
      const chunk = sTokens.slice(from, from + MAX_SENTENCE_WORDS);
      const fStart = from === 0 ? s.start : chunk[0]!.fStart;
      const fEnd = from + MAX_SENTENCE_WORDS >= sTokens.length ? s.end : chunk[chunk.length - 1]!.fEnd;
      const clauses = fClauses
        .filter((c) => c.end > fStart && c.start < fEnd)
        .map((c) => ({ start: toOriginal(Math.max(c.start, fStart)), end: toOriginal(Math.min(c.end, fEnd) - 1) + 1 }));
      const sentence: Sentence = {
        start: toOriginal(fStart),
        end: toOriginal(fEnd - 1) + 1,
        tokens: chunk,
        folded,
        groups: clauses,
        clauses,
        role: p.role,
        quotes: [],
      };
      sentence.quotes = quoteRegions(sentence);
      out.push(sentence);
    }
  });
  return out;
}

const MAX_SENTENCE_WORDS = 150;

/**
 * Extracts candidate events from one article: one event per trigger (see src/locales/ar/triggers.ts),
 * each with the time that governs its clause, its status, actors, place and one source.
 *
 * - Time: the nearest temporal expression in the trigger's clause group, else the nearest one in the
 *   sentence not separated from it by another trigger. An expression that names an event right
 *   after it ("غداة توقيعه", "بعد يوم من توقيع") dates the host clause; the named event gets the
 *   host's day minus the relation (غداة = the day after ⇒ the signing is the day before). "منذ"
 *   after "أول" ("أول زيارة منذ 24 عاما") dates a previous occurrence, which becomes its own event.
 *   Without any of these, the article's date is used as a low-confidence 'reported-on' time.
 * - Negated triggers (لم، لن، لا، عدم … within three words before, in the same clause) are DROPPED:
 *   the text reports that they did not happen.
 * - Speech and report verbs (onlyWhenDated) make an event only when their clause is dated.
 */
export function extractEvents(ctx: ExtractContext): { events: TimelineEvent[]; undated: number } {
  const exprs = [...ctx.expressions].sort((a, b) => a.start - b.start) as Expr[];
  const candidates: Candidate[] = [];
  const spawned: TimelineEvent[] = [];
  const readSentences: SentenceRead[] = [];
  let undated = 0;
  let nextExpr = 0;
  const discourse = ctx.discourse ? new Discourse(ctx.discourse, ctx.titles) : undefined;
  const knownRefs = new Map<string, Actor>();
  const orgByHead = new Map<string, Actor>();

  for (const paragraph of ctx.paragraphs) {
    discourse?.newParagraph();
    for (const s of readParagraph(ctx, paragraph)) {
      const entities = findEntities(s.tokens, ctx.gazetteer);
      const entityStart = new Set(entities.map((e) => e.first));
      const inEntity = new Set(entities.flatMap((e) => Array.from({ length: e.last - e.first }, (_, k) => e.first + k)));
      const sameClause = (a: number, b: number) => {
        const x = s.tokens[Math.min(a, b)];
        const y = s.tokens[Math.max(a, b)];
        if (!x || !y) return false;
        return !CLAUSE_BREAK.test(s.folded.slice(x.fEnd, y.fStart));
      };
      while (nextExpr < exprs.length && exprs[nextExpr]!.start < s.start) nextExpr++;
      const sExprs: Expr[] = [];
      for (let k = nextExpr; k < exprs.length && exprs[k]!.start < s.end; k++) sExprs.push(exprs[k]!);
      const commaBetween = (a: number, b: number) => {
        const x = s.tokens[a];
        const y = s.tokens[b];
        return x !== undefined && y !== undefined && /^\s*[،,]\s*$/u.test(s.folded.slice(x.fEnd, y.fStart));
      };
      // Words of a time expression are never a name ("الخامسة بتوقيت غرينتش").
      const inTime = (i: number) => sExprs.some((e) => s.tokens[i]!.start >= e.start && s.tokens[i]!.end <= e.end);
      const triggerWord = (i: number) => analyze(s.tokens[i]!.form, ctx.lexicon).length > 0;
      const people = findTitledPeople(
        s.tokens,
        ctx.titles,
        sameClause,
        (i) => inEntity.has(i) || inTime(i) || triggerWord(i),
        commaBetween,
        {
          placeEnd: (i) => entities.find((e) => e.first === i && e.kind === 'place')?.last ?? -1,
          organizationEnd: (i) => entities.find((e) => e.first === i && e.kind === 'organization')?.last ?? -1,
          // "الأمير فيصل": a name read as ف + verb only through the conjunction ف.
          nameStartOk: (i) =>
            !inEntity.has(i) && !inTime(i) && analyze(s.tokens[i]!.form, ctx.lexicon).every((r) => r.proclitic.conjunction && r.proclitic.text.startsWith('ف')),
        },
      );
      const inPeople = new Set(people.flatMap((p) => Array.from({ length: p.last - p.titleFirst }, (_, k) => p.titleFirst + k)));
      const personEntity = new Set(entities.filter((e) => e.kind === 'person').flatMap((e) => Array.from({ length: e.last - e.first }, (_, k) => e.first + k)));
      const refs = refsIn(s.tokens, knownRefs, (i) => inEntity.has(i) || inPeople.has(i) || inTime(i));
      const inRef = new Set(refs.flatMap((r) => Array.from({ length: r.last - r.first }, (_, k) => r.first + k)));
      const triggers = findTriggers(
        s.tokens,
        ctx.lexicon,
        (i) => entityStart.has(i),
        (i) => personEntity.has(i) || inPeople.has(i) || inRef.has(i),
      );
      // A body in a title's complement ("الأمين العام للأمم المتحدة", "رئيس مجلس السيادة") does not act.
      const inTitle = (first: number) => titleBefore(s.tokens, first, ctx.titles) !== undefined;
      const orgs: PersonMention[] = entities
        .filter((e) => e.kind === 'organization' && !inTitle(e.first))
        .map((e) => ({ first: e.first, last: e.last, start: e.start, end: e.end, actor: toActor(e), organization: true }));
      if (ctx.organizations) {
        const hits = findOrganizations(
          s.tokens,
          ctx.organizations,
          sameClause,
          (i) => inEntity.has(i) || inPeople.has(i) || inRef.has(i) || inTime(i) || triggerWord(i),
          (w) => ctx.titles.notNames.has(w),
        );
        for (const o of hits) {
          // "رئيس مجلس السيادة": the body completes a title, it does not act.
          if (inTitle(o.first)) continue;
          const display = o.display + ctx.text.slice(o.start + o.cut, o.end).replace(/^[\u064B-\u0652\u0670\u0640]+/u, '');
          const own: Actor = { id: `organization:${[o.key, ...s.tokens.slice(o.first + 1, o.last).map((t) => t.form)].join('-')}`, name: { ar: display } };
          // "وقالت الوزارة": the ministry named before.
          const actor = o.bareHead ? (orgByHead.get(o.head) ?? own) : own;
          if (!o.bareHead) orgByHead.set(o.head, own);
          orgs.push({ first: o.first, last: o.last, start: o.start, end: o.end, actor, organization: true });
        }
      }
      // Clause groups: merge clauses without a trigger into the group before them.
      const groups: Array<{ start: number; end: number }> = [];
      // Leading clauses without a trigger ("ويوم الجمعة، سعى…") join the first group.
      let leading = true;
      for (const c of s.groups) {
        const holdsTrigger = triggers.some((h) => h.start >= c.start && h.start < c.end);
        const prev = groups[groups.length - 1];
        if (!prev || (holdsTrigger && !leading)) groups.push({ start: c.start, end: c.end });
        else prev.end = c.end;
        if (holdsTrigger) leading = false;
      }
      s.groups = groups;
      const named: PersonMention[] = [
        ...entities
          .filter((e) => e.kind === 'person')
          .map((e) => {
            const head = titleBefore(s.tokens, e.first, ctx.titles);
            const m: PersonMention = { first: e.first, last: e.last, start: e.start, end: e.end, actor: toActor(e) };
            if (head) {
              m.head = head.at;
              if (head.possessed) m.possessed = true;
            }
            return m;
          }),
        ...people.map((p) => ({
          first: p.first,
          last: p.last,
          start: p.start,
          end: p.end,
          actor: personActor(ctx.text, p),
          head: p.titleFirst,
          possessed: /^و?نظير/u.test(p.title),
        })),
        ...refs,
        ...orgs,
      ];
      // Later sentences may name them by their family name ("بن فرحان", "المدوري").
      for (const m of named) if (!m.organization) registerRefs(knownRefs, s.tokens, m);
      // States named as participants; "في أوكرانيا" is a setting, not a party.
      const states: PersonMention[] = entities
        .filter((e) => e.kind === 'place' && e.entry.kind === 'country' && !discourse?.isSetting(s.tokens, e.first))
        .map((e) => ({ first: e.first, last: e.last, start: e.start, end: e.end, actor: toActor(e) }));
      const described = [...(discourse ? discourse.readSentence(s.tokens, named, triggers, sameClause, states) : []), ...refs];
      const mentioned = [...named, ...described.filter((d) => !refs.includes(d))];
      const countryAt = (i: number) => entities.some((e) => e.first === i && e.kind === 'place' && e.entry.kind === 'country');
      for (const hit of triggers) {
        const group = groups.find((g) => hit.start >= g.start && hit.start < g.end) ?? { start: s.start, end: s.end };
        const inherited = discourse?.inheritedSubject(s.tokens, mentioned, hit, sameClause, countryAt);
        const parties = discourse?.parties(s.tokens, hit);
        const subject = hit.form === 'noun' ? genitiveAgent(mentioned, hit) : discourse?.explicitSubject(s.tokens, mentioned, hit, sameClause);
        // A verbal noun without its agent ("في أول زيارة") is the act of the person told before.
        const lastSubject = discourse?.lastSubject(hit.start, true);
        candidates.push({
          hit,
          sentence: s,
          group,
          triggers,
          entities,
          people,
          exprs: sExprs,
          described,
          ...(inherited ? { inherited } : {}),
          ...(parties ? { parties } : {}),
          ...(subject ? { subject } : {}),
          ...(lastSubject ? { lastSubject } : {}),
        });
      }
      spawned.push(...spawnFirstSince(ctx, s, triggers, sExprs, entities, people, described));
      readSentences.push({ s, triggers, entities, people, exprs: sExprs, described });
    }
  }

  const events: TimelineEvent[] = [...spawned];
  const seenGroups = new Set<string>();
  let lastStatedDay: string | null = null;
  for (const c of candidates) {
    const { hit, sentence } = c;
    if (isNegated(ctx, sentence, hit)) continue;
    const key = `${c.group.start}|${hit.entry.type}`;
    if (seenGroups.has(key)) continue;
    // "منذ الغزو": an event named as the start of a span is a reference, not news; it counts only
    // with a time of its own in its clause.
    const before = (k: number) => sentence.tokens[hit.first - k]?.form ?? '';
    const anchorOnly =
      ctx.modality.since.has(before(1)) ||
      // "الذكرى الـ30 لإبرام معاهدة": an anniversary names an old event; the article's date is not its date.
      [1, 2, 3].some((k) => ctx.modality.anniversary.has(before(k).replace(/^[وبل]/u, '')));
    const timing = chooseTime(ctx, c, anchorOnly, lastStatedDay);
    if (!timing) {
      if (!hit.entry.onlyWhenDated && !anchorOnly) undated++;
      continue;
    }
    if (hit.entry.onlyWhenDated && timing.when.basis === 'reported-on') continue;
    seenGroups.add(key);
    const event = buildEvent(ctx, c, timing);
    events.push(event);
    if (event.when.basis === 'stated' && timing.claim && ['day', 'part-of-day', 'hour', 'minute'].includes(event.when.precision)) {
      lastStatedDay = event.when.start.slice(0, 10);
    }
  }
  events.push(...fallbackReports(ctx, readSentences, events));
  events.sort((a, b) => a.sources[0]!.start - b.sources[0]!.start || a.type.localeCompare(b.type));
  return { events, undated };
}

interface SentenceRead {
  s: Sentence;
  triggers: TriggerHit[];
  entities: EntityHit[];
  people: TitledPerson[];
  exprs: Expr[];
  described: PersonMention[];
}

interface Timing {
  when: EventTime;
  claim: Expr | null;
}

/** Index of the first token ending after `offset` (binary search: tokens are in order). */
function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function isSince(ctx: ExtractContext, s: Sentence, e: Expr): boolean {
  const first = fold(e.text).split(/\s+/)[0] ?? '';
  if (ctx.modality.since.has(first)) return true;
  const i = tokenIndexAt(s.tokens, e.start);
  const before = s.tokens[i - 1];
  return before !== undefined && ctx.modality.since.has(before.form) && before.end <= e.start;
}

function firstBefore(ctx: ExtractContext, s: Sentence, e: Expr): number {
  const i = tokenIndexAt(s.tokens, e.start);
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) if (ctx.modality.first.has(s.tokens[k]!.form)) return k;
  return -1;
}

/** "أول زيارة منذ 24 عاما": the previous visit, dated by the since-expression. */
function spawnFirstSince(
  ctx: ExtractContext,
  s: Sentence,
  triggers: readonly TriggerHit[],
  sExprs: readonly Expr[],
  entities: readonly EntityHit[],
  people: readonly TitledPerson[],
  described: readonly PersonMention[],
): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (const e of sExprs) {
    if (!e.interval || !isSince(ctx, s, e) || (e.value ?? '').startsWith('P')) continue;
    const firstTok = firstBefore(ctx, s, e);
    if (firstTok < 0) continue;
    const trigger = [...triggers].reverse().find((h) => h.start < e.start && !h.entry.onlyWhenDated && h.start >= s.tokens[Math.max(0, firstTok - 8)]!.start);
    if (!trigger) continue;
    const when = timeFromExpr(e, 'stated');
    if (!when) continue;
    const start = Math.min(trigger.start, s.tokens[firstTok]!.start);
    const end = e.end;
    const group = { start, end };
    const c: Candidate = { hit: trigger, sentence: s, group, triggers: [...triggers], entities: [...entities], people: [...people], exprs: [e], described: [...described] };
    const ev = buildEvent(ctx, c, { when: { ...when, approximate: true }, claim: e }, { start, end });
    ev.status = 'happened';
    out.push(ev);
  }
  return out;
}

/**
 * "قادما من كوريا الشمالية، حيث وقع …": a trigger in a حيث-clause hanging on a place introduced by
 * من (an origin). Returns the origin place and where the حيث-clause starts, or undefined.
 */
function originClause(ctx: ExtractContext, c: Candidate): { place: EntityHit; from: number } | undefined {
  const tokens = c.sentence.tokens;
  for (let k = c.hit.first - 1; k >= 0 && k >= c.hit.first - 3; k--) {
    const w = tokens[k]!.form;
    if (!ctx.modality.relativeWhere.has(w) && !ctx.modality.relativeWhere.has(w.replace(/^[وف]/u, ''))) continue;
    const place = c.entities.find((e) => e.kind === 'place' && e.last === k);
    const before = place ? tokens[place.first - 1]?.form : undefined;
    if (place && before !== undefined && ctx.modality.origin.has(before)) return { place, from: tokens[k]!.start };
    return undefined;
  }
  return undefined;
}

function isNegated(ctx: ExtractContext, s: Sentence, hit: TriggerHit): boolean {
  const m = ctx.modality;
  for (let k = hit.first - 1; k >= 0 && k >= hit.first - m.window; k--) {
    const t = s.tokens[k]!;
    if (CLAUSE_BREAK.test(s.folded.slice(t.fEnd, s.tokens[k + 1]!.fStart))) return false;
    const form = WORD_CONJ.test(t.form) && m.negators.has(t.form.slice(1)) ? t.form.slice(1) : t.form;
    if (!m.negators.has(form)) continue;
    if (m.notNegations.some((p) => phraseAt(s.tokens, k, p))) continue;
    return true;
  }
  return false;
}

function chooseTime(ctx: ExtractContext, c: Candidate, anchorOnly: boolean, lastStatedDay: string | null): Timing | null {
  const { hit, sentence: s, group } = c;
  const triggerIndex = (h: TriggerHit) => c.triggers.indexOf(h);
  // Expressions that name the event right after them (غداة توقيعه): they date the host clause, and
  // the named event is derived from them.
  const named = new Map<Expr, TriggerHit>();
  for (const e of c.exprs) {
    if (e.relation?.to !== 'named') continue;
    const i = tokenIndexAt(s.tokens, e.end);
    const target = c.triggers.find((h) => h.first >= i && h.first <= i + 3 && !CLAUSE_BREAK.test(s.folded.slice(s.tokens[Math.max(0, i - 1)]!.fEnd, s.tokens[h.first]!.fStart)));
    if (target) named.set(e, target);
  }
  for (const [e, target] of named) {
    if (target !== hit) continue;
    const relation = e.relation!;
    let base: string | null = e.interval ? e.interval.start.slice(0, 10) : null;
    let basis: NonNullable<EventTime['basis']> = 'event';
    if (!base) {
      // The host clause has no day of its own: fall back to a stated day in the sentence, then the
      // article's date (both make the named event as uncertain as they are).
      const stated = c.exprs.find((x) => x !== e && x.interval && x.relation === undefined && !isSince(ctx, s, x));
      if (stated) base = stated.interval!.start.slice(0, 10);
      else if (ctx.published) {
        base = ctx.published;
        basis = 'reported-on';
      }
    }
    if (!base) return null;
    const unit = relation.unit;
    const day = addUnits(base, unit, -relation.amount);
    const precision = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
    const when = dayTime(day, precision, relation.approximate ?? basis === 'reported-on', basis === 'reported-on' ? 'event' : 'event');
    const claim: Expr = {
      ...e,
      value: when.value,
      interval: { start: when.start, end: when.end },
      precision: when.precision,
      anchor: 'event',
    };
    return { when, claim };
  }

  const quotes = s.quotes;
  const myQuote = quotes[hit.first] ?? -1;
  // A speech verb's reported content starts at its complementizer ("أعلن الكرملين أن …").
  let reportedFrom = Infinity;
  if (SPEECH.has(hit.entry.type)) {
    for (let k = hit.last; k < s.tokens.length; k++) {
      const w = s.tokens[k]!.form;
      if (ctx.modality.complementizers.has(w) || (/^[وف]/u.test(w) && ctx.modality.complementizers.has(w.slice(1)))) {
        reportedFrom = s.tokens[k]!.start;
        break;
      }
    }
  }
  // …and an event told inside that content does not take the speech verb's time ("أعلنت الوزارة،
  // صباح الأحد، أنها أسقطت 34 مسيرة": the drones fell before the announcement).
  let reportedAfter = -Infinity;
  for (let k = hit.first - 1; k >= 0; k--) {
    const w = s.tokens[k]!.form;
    if (!ctx.modality.complementizers.has(w) && !(/^[وف]/u.test(w) && ctx.modality.complementizers.has(w.slice(1)))) continue;
    if (c.triggers.some((h) => SPEECH.has(h.entry.type) && h.last <= k)) reportedAfter = s.tokens[k]!.start;
    break;
  }
  const usable = (e: Expr): boolean => {
    if (named.get(e) === hit) return false;
    if (e.start >= reportedFrom || e.start < reportedAfter) return false;
    // A time inside a quotation dates what the quote tells, not the verb that reports it.
    if ((quotes[tokenIndexAt(s.tokens, e.start)] ?? -1) !== myQuote) return false;
    if ((e.value ?? '').startsWith('P')) return false;
    if (!e.interval && e.relation?.to !== 'named') return false;
    if (isSince(ctx, s, e)) {
      if (firstBefore(ctx, s, e) >= 0) return false;
      // "المبرمة منذ ثلاثة عقود": right after the event, منذ means "ago".
      const i = tokenIndexAt(s.tokens, e.start);
      const sinceTok = s.tokens[i - 1] && ctx.modality.since.has(s.tokens[i - 1]!.form) ? i - 1 : i;
      return sinceTok - hit.last >= 0 && sinceTok - hit.last <= 2;
    }
    return true;
  };
  const nearest = (list: Expr[]) =>
    list.sort((a, b) => gap(hit, a) - gap(hit, b) || (a.start > hit.start ? -1 : 1))[0];

  // "قبل نحو شهرين من الانتخابات", "بعد عام ونصف من استئناف العلاقات … في مارس 2023": an offset
  // from a named event is resolved on that event's date when the sentence tells it, and is never
  // read from the publication date. The named event itself does not take it.
  const anchors = new Map<Expr, Expr | null>();
  for (const e of c.exprs) {
    const a = offsetAnchor(ctx, s, e, c);
    if (!a) continue;
    if (a.namedAt === hit.first) anchors.set(e, null);
    else if (a.resolved) anchors.set(e, a.resolved);
    else if (!named.has(e)) anchors.set(e, null);
  }
  const exprs = c.exprs.flatMap((e) => {
    const r = anchors.get(e);
    return r === undefined ? [e] : r === null ? [] : [r];
  });

  // A time inside the event's own noun phrase governs: "الانتخابات الرئاسية المقررة في السادس من أكتوبر".
  const own = ownPhraseTime(s, hit, exprs.filter((e) => usable(e) && !isSince(ctx, s, e)));
  if (own) {
    const when = timeFromExpr(own, 'stated');
    if (when) return { when, claim: own };
  }

  // What happened at the place one came from takes only a time of its own clause.
  const origin = originClause(ctx, c);
  let claim = nearest(exprs.filter((e) => usable(e) && e.start >= (origin ? Math.max(group.start, origin.from) : group.start) && e.start < group.end));
  if (anchorOnly) {
    const when = claim ? timeFromExpr(claim, 'stated') : null;
    return when && claim ? { when, claim } : null;
  }
  // Speech verbs take only a time of their own clause: "وفق ما أفادت الوكالة" does not happen at
  // the time of the strike told before it.
  if (!claim && hit.entry.onlyWhenDated) return null;
  if (!claim && !origin) {
    const me = triggerIndex(hit);
    claim = nearest(
      exprs.filter((e) => {
        if (!usable(e)) return false;
        // Another trigger between the two takes the expression.
        return !c.triggers.some((h, k) => k !== me && !h.entry.onlyWhenDated && ((h.start > hit.end && h.end <= e.start) || (h.end < hit.start && h.start >= e.end)));
      }),
    );
  }
  if (claim) {
    const when = timeFromExpr(claim, 'stated');
    if (when) return { when, claim };
  }
  // Last resort: "تولى الحقيبة منذ عام 2019" — the span's start is when the event happened.
  const since = c.exprs.find((e) => e.interval && e.start >= hit.end && e.start < group.end && isSince(ctx, s, e) && firstBefore(ctx, s, e) < 0 && !(e.value ?? '').startsWith('P'));
  if (since) {
    const when = timeFromExpr(since, 'stated');
    if (when) return { when: { ...when, approximate: true }, claim: since };
  }
  // "وأجرى بوتين لاحقاً محادثات": later than the event just told, on its day or after.
  if (lastStatedDay && hasPhrase(s.tokens, 0, s.tokens.length, ctx.modality.later)) {
    return { when: dayTime(lastStatedDay, 'day', true, 'event'), claim: null };
  }
  if (!ctx.published) return null;
  return { when: dayTime(ctx.published, 'day', true, 'reported-on'), claim: null };
}

/**
 * A time standing in a noun trigger's own phrase, after it and only definite words (adjectives,
 * participles: الرئاسية المقررة) in the same clause.
 */
function ownPhraseTime(s: Sentence, hit: TriggerHit, exprs: readonly Expr[]): Expr | undefined {
  if (hit.form !== 'noun') return undefined;
  for (const e of exprs) {
    if (!e.interval || e.start < hit.end || (e.value ?? '').startsWith('P')) continue;
    const i = tokenIndexAt(s.tokens, e.start);
    if (i - hit.last > 4 || i >= s.tokens.length) continue;
    if (CLAUSE_BREAK.test(s.folded.slice(s.tokens[hit.last - 1]!.fEnd, s.tokens[i]!.fStart))) continue;
    let phrase = true;
    for (let k = hit.last; k < i; k++) if (!/^(?:ال|وال)\p{L}{2,}/u.test(s.tokens[k]!.form)) phrase = false;
    if (phrase) return e;
  }
  return undefined;
}

const OFFSET_WORDS: ReadonlyMap<string, number> = new Map([
  ['قبل', -1],
  ['وقبل', -1],
  ['بعد', 1],
  ['وبعد', 1],
]);

/** Months between two 'YYYY-MM…' dates. */
const monthsBetween = (a: string, b: string) => (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));

/**
 * An offset from a named event: "قبل|بعد + amount + من + NOUN". Returns the token of the named noun
 * and, when the sentence dates that noun (a time after it in its clause, no other event between),
 * the host's time: that date plus the offset, approximate, on an event basis.
 */
function offsetAnchor(ctx: ExtractContext, s: Sentence, e: Expr, c: Candidate): { namedAt: number; resolved?: Expr } | undefined {
  const sign = OFFSET_WORDS.get(fold(e.text).split(/\s+/)[0] ?? '');
  if (sign === undefined) return undefined;
  const i = tokenIndexAt(s.tokens, e.end);
  if (s.tokens[i]?.form !== 'من' || !s.tokens[i + 1]) return undefined;
  const namedAt = i + 1;
  // The offset: the tagger's relation, or its publication-based reading taken back apart.
  let unit: 'day' | 'month' | 'year';
  let amount: number;
  if (e.relation) {
    unit = e.relation.unit === 'year' ? 'year' : e.relation.unit === 'month' ? 'month' : 'day';
    amount = sign * Math.abs(e.relation.amount) * (e.relation.unit === 'week' ? 7 : 1);
    if (e.relation.unit === 'hour') return { namedAt };
  } else if (e.anchor === 'publication' && e.interval && ctx.published) {
    unit = e.precision === 'year' ? 'year' : e.precision === 'month' ? 'month' : 'day';
    amount =
      unit === 'year'
        ? Number(e.interval.start.slice(0, 4)) - Number(ctx.published.slice(0, 4))
        : unit === 'month'
          ? monthsBetween(ctx.published, e.interval.start)
          : Math.round((dayMs(e.interval.start.slice(0, 10)) - dayMs(ctx.published)) / 86_400_000);
  } else return { namedAt };
  const date = c.exprs.find((x) => {
    if (x === e || !x.interval || x.anchor === 'unresolved' || (x.value ?? '').startsWith('P') || isSince(ctx, s, x)) return false;
    if (OFFSET_WORDS.has(fold(x.text).split(/\s+/)[0] ?? '')) return false;
    const k = tokenIndexAt(s.tokens, x.start);
    if (k <= namedAt || k - namedAt > 8) return false;
    if (CLAUSE_BREAK.test(s.folded.slice(s.tokens[namedAt]!.fEnd, s.tokens[k]!.fStart))) return false;
    return !c.triggers.some((h) => h.first > namedAt && h.first < k);
  });
  if (!date?.interval) return { namedAt };
  const day = addUnits(date.interval.start.slice(0, 10), unit, amount);
  const when = dayTime(day, unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day', true, 'event');
  const resolved: Expr = { ...e, value: when.value, interval: { start: when.start, end: when.end }, precision: when.precision, approximate: true, anchor: 'event' };
  return { namedAt, resolved };
}

/**
 * The fallback 'report' event: a clause group with no trigger that states an absolute time no event
 * took ("الاعتراف بضم شبه جزيرة القرم (2014)") still says something happened then.
 */
function fallbackReports(
  ctx: ExtractContext,
  sentences: readonly SentenceRead[],
  events: readonly TimelineEvent[],
): TimelineEvent[] {
  const used = new Set<number>();
  for (const e of events) for (const src of e.sources) if (src.claim) used.add(src.claim.start);
  const out: TimelineEvent[] = [];
  for (const { s, triggers, entities, people, exprs, described } of sentences) {
    for (const group of s.groups) {
      if (triggers.some((h) => h.start >= group.start && h.start < group.end)) continue;
      const e = exprs.find(
        (x) =>
          x.start >= group.start &&
          x.end <= group.end &&
          x.anchor === 'absolute' &&
          x.interval !== null &&
          !used.has(x.start) &&
          !(x.value ?? '').startsWith('P') &&
          !isSince(ctx, s, x),
      );
      if (!e) continue;
      const when = timeFromExpr(e, 'stated');
      if (!when) continue;
      const first = tokenIndexAt(s.tokens, group.start);
      const t = s.tokens[first];
      if (!t) continue;
      const pseudo: TriggerHit = {
        entry: { type: 'report', examples: [] },
        form: 'noun',
        first,
        last: first + 1,
        start: t.start,
        end: t.end,
        future: false,
        enclitic: false,
        conjunction: false,
      };
      const c: Candidate = { hit: pseudo, sentence: s, group, triggers, entities, people, exprs, described };
      const ev = buildEvent(ctx, c, { when, claim: e });
      ev.confidence = Math.round(ev.confidence * 0.5 * 100) / 100;
      out.push(ev);
    }
  }
  return out;
}

function statusOf(ctx: ExtractContext, c: Candidate, timing: Timing): EventStatus {
  const { hit, sentence: s, group } = c;
  const m = ctx.modality;
  const from = tokenIndexAt(s.tokens, group.start);
  const to = tokenIndexAt(s.tokens, group.end);
  // Likelihood and conditions scope over what follows them: "في حال تعرضها لهجوم".
  if (hasPhrase(s.tokens, from, hit.first, m.expected)) return 'expected';
  void to;
  const before = s.tokens[hit.first - 1]?.form;
  if (hit.form === 'present' && before !== undefined && m.may.has(before)) return 'expected';
  if (hit.future) return 'scheduled';
  // A sentence marker ("من المقرر أن", "كما هو مقرر") schedules what its clause group tells, and a
  // trigger not in the past tense anywhere in the sentence. An attributive one (المقررة، المقبل)
  // qualifies the noun before it: it schedules this trigger only when no other event stands
  // between them ("للإقالة التي تأتي قبل شهرين من الانتخابات المقررة" schedules the election only).
  {
    const [lo, hi] = hit.form !== 'past' ? [0, s.tokens.length] : [from, to];
    for (let i = Math.max(0, lo); i < Math.min(s.tokens.length, hi); i++) {
      const p = m.scheduled.find((q) => phraseAt(s.tokens, i, q));
      if (!p) continue;
      if (!p[0]!.startsWith('ال')) return 'scheduled';
      const [a, b] = i < hit.first ? [i, hit.first] : [hit.last, i];
      if (!c.triggers.some((h) => h !== hit && !h.entry.onlyWhenDated && h.first >= a && h.first < b)) return 'scheduled';
    }
  }
  if (ctx.published && timing.when.basis !== 'reported-on' && dayMs(timing.when.start) > dayMs(ctx.published)) return 'scheduled';
  return 'happened';
}

/**
 * Short references to people named earlier in the article: the family name of a full name ("المدوري"
 * after "كمال المدوري", "بن فرحان" after "فيصل بن فرحان"), keyed by folded words.
 */
function registerRefs(refs: Map<string, Actor>, tokens: readonly Token[], m: PersonMention): void {
  const words = tokens.slice(m.first, m.last).map((t) => t.form);
  if (words.length < 2) return;
  const last = words[words.length - 1]!;
  const link = words[words.length - 2]!;
  if (link === 'بن' || link === 'ابن' || link === 'ال' || link === 'أبو' || link === 'ابو') refs.set(`${link} ${last}`, m.actor);
  else if (last.length >= 3 && link !== 'عبد') refs.set(last, m.actor);
}

function refsIn(tokens: readonly Token[], refs: ReadonlyMap<string, Actor>, taken: (i: number) => boolean): PersonMention[] {
  const out: PersonMention[] = [];
  if (refs.size === 0) return out;
  for (let i = 0; i < tokens.length; i++) {
    if (taken(i)) continue;
    // A name word before it makes it part of another name ("نجلاء بودن").
    const prev = tokens[i - 1]?.form;
    if (prev === 'بن' || prev === 'عبد' || prev === 'ابو' || prev === 'أبو') continue;
    for (const first of firstWordForms(tokens[i]!.form)) {
      const two = tokens[i + 1] && !taken(i + 1) ? refs.get(`${first} ${tokens[i + 1]!.form}`) : undefined;
      const one = two ? undefined : refs.get(first);
      const actor = two ?? one;
      if (!actor) continue;
      const last = two ? i + 2 : i + 1;
      out.push({ first: i, last, start: tokens[i]!.start, end: tokens[last - 1]!.end, actor });
      i = last - 1;
      break;
    }
  }
  return out;
}

/**
 * The title in front of a gazetteer name ("الرئيس الروسي فلاديمير بوتين", "نظيره الإيراني عباس
 * عراقجي"): where it starts, and whether it is possessed (his counterpart: an object, not a subject).
 */
function titleBefore(tokens: readonly Token[], first: number, titles: CompiledTitles): { at: number; possessed: boolean } | undefined {
  for (let k = first - 1; k >= 0 && k >= first - 6; k--) {
    const w = tokens[k]!.form;
    const title = firstWordForms(w).some((f) => titles.byFirst.has(f));
    if (title) return { at: k, possessed: /^و?نظير/u.test(w) };
    // Between the title and the name: adjectives and a complement ("باسم الكرملين", "للأمم المتحدة").
    if (!/^(?:ال|لل)\p{L}{2,}/u.test(w) && !titles.modifiers.has(w) && !titles.prepositions.has(w)) return undefined;
  }
  return undefined;
}

/** The agent of a verbal noun: the name right after it ("زيارة بوتين", "بيان للرئاسة"). */
function genitiveAgent(mentions: readonly PersonMention[], hit: TriggerHit): PersonMention | undefined {
  return mentions.find((m) => !m.possessed && Math.min(m.head ?? m.first, m.first) === hit.last);
}

/** Types told by speech verbs: a time in what they report is not their own. */
const SPEECH: ReadonlySet<string> = new Set(['announcement', 'statement', 'report']);

// Wide enough for Gulf honorifics: "استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، أمس الثلاثاء، الرئيس الفرنسي".
const ACTOR_REACH = 16;
/** Types whose agent alone is the actor: who arrives, leaves, visits, speaks — not whom they meet later. */
const SOLO_TYPES: ReadonlySet<string> = new Set(['arrival', 'departure', 'visit', 'statement', 'announcement', 'report']);
const PARTY_WORDS: ReadonlySet<string> = new Set(['مع', 'ومع', 'بين', 'وبين']);
const JOINT_TYPES: ReadonlySet<string> = new Set(['agreement', 'signing', 'talks', 'meeting', 'call', 'exchange', 'vote']);

function actorsOf(ctx: ExtractContext, c: Candidate): Actor[] {
  const { group, hit } = c;
  if (SOLO_TYPES.has(hit.entry.type)) {
    const agent = c.subject?.actor ?? c.inherited ?? (hit.form === 'noun' ? c.lastSubject : undefined);
    if (agent) return [agent];
  }
  const inGroup = (x: { start: number }) => x.start >= group.start && x.start < group.end;
  const byDistance = <T extends { start: number; end: number }>(xs: T[]) => xs.sort((a, b) => gap(hit, a) - gap(hit, b));
  const persons: Array<{ start: number; end: number; actor: Actor }> = [
    ...c.entities.filter((e) => e.kind === 'person').map((e) => ({ start: e.start, end: e.end, actor: toActor(e) })),
    ...c.people.map((p) => ({ start: p.start, end: p.end, actor: personActor(ctx.text, p) })),
    // Organizations act only as a subject (above); the people named near the trigger take part.
    ...c.described.filter((p) => !p.organization).map((p) => ({ start: p.start, end: p.end, actor: p.actor })),
  ];
  const near = (x: { start: number }) => {
    const i = tokenIndexAt(c.sentence.tokens, x.start);
    return Math.abs(i - hit.first) <= ACTOR_REACH;
  };
  let chosen = persons.filter((p) => inGroup(p) && near(p));
  if (JOINT_TYPES.has(hit.entry.type)) {
    // A state named as a setting or topic ("الأوضاع في غزة ولبنان") is not a party.
    const setting = (e: EntityHit) =>
      isLocative(ctx, c, e) ||
      (/^[وف]/u.test(c.sentence.tokens[e.first]!.form) && c.entities.some((x) => x.kind === 'place' && x.last === e.first && isLocative(ctx, c, x)));
    const countries = c.entities.filter((e) => e.kind === 'place' && e.entry.kind === 'country' && inGroup(e) && near(e) && !setting(e));
    const tokens = c.sentence.tokens;
    // The other party of a joint act: "اتفاقية دفاعية مع كوريا الشمالية", "بين روسيا وأوكرانيا".
    const party = (e: EntityHit) => {
      const before = tokens[e.first - 1]?.form ?? '';
      return PARTY_WORDS.has(before) || (before.startsWith('و') && PARTY_WORDS.has(tokens[e.first - 2]?.form ?? ''));
    };
    const add = chosen.length === 0 ? countries : countries.filter(party);
    chosen = [...chosen, ...add.map((e) => ({ start: e.start, end: e.end, actor: toActor(e) }))];
  }
  // A state as the verb's subject ("شنت أوكرانيا هجوما"), when no person is named in the clause.
  if (chosen.length === 0 && hit.form !== 'noun') {
    const subject = c.entities.find((e) => e.kind === 'place' && e.entry.kind === 'country' && e.first === hit.last);
    if (subject) chosen = [{ start: subject.start, end: subject.end, actor: toActor(subject) }];
  }
  const out: Actor[] = [];
  // The subject the clause leaves out comes first: "ووضع إكليلاً" (Putin, told before); a party
  // noun ("وقع الطرفان") stands for the two parties named before, when the clause names no one.
  if (c.subject) out.push(c.subject.actor);
  if (c.inherited && !out.some((a) => a.id === c.inherited!.id)) out.push(c.inherited);
  if (c.parties && chosen.length === 0) for (const a of c.parties) if (!out.some((x) => x.id === a.id)) out.push(a);
  if (chosen.length === 0 && out.length === 0) chosen = byDistance(persons).slice(0, 2);
  for (const p of chosen.sort((a, b) => a.start - b.start)) if (!out.some((a) => a.id === p.actor.id)) out.push(p.actor);
  return out.slice(0, 4);
}

function toActor(e: EntityHit): Actor {
  const name: Actor['name'] = { ar: e.entry.ar[0]! };
  if (e.entry.en) name.en = e.entry.en;
  const actor: Actor = { id: `${e.kind}:${e.entry.id}`, name };
  if (e.kind === 'person' && e.entry.country) actor.country = `place:${e.entry.country}`;
  return actor;
}

/** A person found by title: its id from the folded name, its display name as the text spells it. */
function personActor(text: string, p: TitledPerson): Actor {
  return { id: `person:${p.name.replace(/\s+/g, '-')}`, name: { ar: text.slice(p.start, p.end) } };
}

/** A place is the setting or destination of an event when a locative preposition introduces it. */
function isLocative(ctx: ExtractContext, c: Candidate, e: EntityHit): boolean {
  const tokens = c.sentence.tokens;
  const first = tokens[e.first]!.form;
  // Attached: بهانوي، لفيتنام (زيارة بوتين لفيتنام).
  const attached = /^[وف]?[بل](.{3})/u.exec(first);
  if (attached && e.entry.ar.some((a) => fold(a).startsWith(attached[1]!))) return true;
  // An attack's place is also its target: "على موسكو", "فوق منطقة موسكو".
  const preps = c.hit.entry.type === 'attack' ? (w: string) => ctx.modality.locative.has(w) || ctx.modality.targets.has(w) : (w: string) => ctx.modality.locative.has(w);
  const before = tokens[e.first - 1]?.form;
  if (before === undefined) return false;
  const bare = /^[وف]/u.test(before) && preps(before.slice(1)) ? before.slice(1) : before;
  if (preps(bare)) return true;
  // "إلى قصر «بلينهايم»", "إلى العاصمة العمانية مسقط": up to two words between the preposition
  // and the name, none of them a trigger.
  for (let k = 2; k <= 3; k++) {
    const w = tokens[e.first - k]?.form;
    if (w === undefined) return false;
    if (c.triggers.some((h) => h.first === e.first - k + 1)) return false;
    const b = /^[وف]/u.test(w) && preps(w.slice(1)) ? w.slice(1) : w;
    if (preps(b)) return true;
  }
  return false;
}

const PLACE_REACH = 12;

function placeOf(ctx: ExtractContext, c: Candidate): Place | undefined {
  const { hit, group } = c;
  if (hit.entry.type === 'call') return undefined;
  // A place past another trigger belongs to that event: "وصلها بعد زيارة إلى كوريا الشمالية".
  const crossed = (e: EntityHit) =>
    c.triggers.some((h) => h !== hit && !h.entry.onlyWhenDated && ((h.first > hit.first && h.first < e.first) || (h.first < hit.first && h.first > e.first)));
  // What one leaves is the verb's object: "يغادر مسقط متوجهاً إلى الدوحة". "غادر إلى مسقط" names
  // where one goes, not where the departure is (see departureDestination).
  if (hit.entry.type === 'departure') {
    // The subject can stand between: "غادر الرئيس الروسي موسكو", "غادر بوتين موسكو".
    const tokens = c.sentence.tokens;
    const subjectWord = (k: number) =>
      /^(?:ال|وال)\p{L}{2,}/u.test(tokens[k]!.form) ||
      c.entities.some((e) => e.kind === 'person' && k >= e.first && k < e.last) ||
      c.people.some((p) => k >= p.titleFirst && k < p.last);
    const object = c.entities.find((e) => {
      if (e.kind !== 'place' || e.first < hit.last || e.first > hit.last + 6 || isLocative(ctx, c, e)) return false;
      for (let k = hit.last; k < e.first; k++) if (!subjectWord(k)) return false;
      return true;
    });
    if (!object) return undefined;
    return toPlace(object);
  }
  const origin = originClause(ctx, c);
  if (origin) return toPlace(origin.place);
  // A place in a title's complement describes a person: "المبعوث الخاص إلى السودان توم بيرييلو".
  const inTitle = (e: EntityHit) => c.people.some((p) => e.first >= p.titleFirst && e.first < p.first);
  const places = c.entities.filter((e) => e.kind === 'place' && isLocative(ctx, c, e) && !crossed(e) && !inTitle(e));
  const inGroup = (e: EntityHit) => e.start >= group.start && e.start < group.end;
  const pick =
    places.find((e) => inGroup(e) && e.first >= hit.last && e.first - hit.last <= PLACE_REACH) ??
    places.find((e) => inGroup(e) && Math.abs(e.first - hit.first) <= PLACE_REACH);
  if (!pick) return undefined;
  return toPlace(pick);
}

/** Where a departure goes: "قبل أن يغادر إلى مسقط", "غادر متوجها إلى الدوحة". */
function departureDestination(ctx: ExtractContext, c: Candidate): Place | undefined {
  if (c.hit.entry.type !== 'departure') return undefined;
  const to = c.entities.find((e) => e.kind === 'place' && e.first >= c.hit.last && e.first <= c.hit.last + 3 && isLocative(ctx, c, e));
  return to ? toPlace(to) : undefined;
}

function toPlace(pick: EntityHit): Place {
  const name: Place['name'] = { ar: pick.entry.ar[0]! };
  if (pick.entry.en) name.en = pick.entry.en;
  const place: Place = { id: `place:${pick.entry.id}`, name };
  if (pick.entry.timezone) place.timezone = pick.entry.timezone;
  if (pick.entry.within && pick.entry.within.length > 0) place.within = pick.entry.within.map((id) => `place:${id}`);
  return place;
}

const MAX_TITLE_WORDS = 12;
const LEADING_CONJ = new Set(['وفي', 'وخلال', 'وبعد', 'وكان', 'وكانت', 'وقد', 'ومن', 'وعلى', 'وعقب', 'ويوم', 'ولدى', 'وفيما']);

function arabicTitle(ctx: ExtractContext, c: Candidate, claim: Expr | null): string {
  const { hit, sentence: s, group } = c;
  // Start a couple of words before the trigger (its subject: "زيلينسكي يحضر احتفالاً"), within the group.
  const clause = s.clauses.find((c) => hit.start >= c.start && hit.start < c.end) ?? group;
  const bound = Math.max(group.start, clause.start);
  let first = Math.max(0, hit.first - 2);
  // Never start inside a name ("يانغ حيث استقبله" from "بيونغ يانغ"): take the whole name when it
  // lies in the clause, else start after it.
  for (const n of [...c.entities, ...c.people]) {
    if (n.first < first && first < n.last) first = s.tokens[n.first]!.start >= bound ? n.first : Math.min(n.last, hit.first);
  }
  const from = Math.max(bound, s.tokens[first]!.start);
  const words: string[] = [];
  for (const t of s.tokens) {
    if (t.start < from || t.start >= group.end) continue;
    if (claim && t.start >= claim.start && t.end <= claim.end) continue;
    if (c.exprs.some((e) => t.start >= e.start && t.end <= e.end)) continue;
    let w = ctx.text.slice(t.start, t.end);
    if (words.length === 0) {
      if (t.start === hit.start && hit.conjunction) w = w.replace(/^[وف]/u, '');
      else if (LEADING_CONJ.has(t.form)) w = w.replace(/^[وف]/u, '');
    }
    words.push(w);
    if (words.length >= MAX_TITLE_WORDS) break;
  }
  const title = words.join(' ');
  return title.length > 0 ? title : ctx.text.slice(hit.start, hit.end);
}

function englishTitle(ctx: ExtractContext, type: string, actors: Actor[], place: Place | undefined, destination?: Place, kind?: string): string | undefined {
  const label = (kind !== undefined ? ctx.labels[`${type}:${kind}`] : undefined) ?? ctx.labels[type];
  if (!label) return undefined;
  if (destination && label.actorsDestination && label.destination && destination.name.en) {
    const first = actors[0]?.name.en;
    const d = destination.name.en;
    return first !== undefined ? label.actorsDestination[0].replace('{a}', first).replace('{p}', d) : label.destination.replace('{p}', d);
  }
  // The subject comes first: without its English name the others would read as the subject.
  if (actors.length > 0 && actors[0]!.name.en === undefined) actors = [];
  const names = actors.map((a) => a.name.en).filter((n): n is string => n !== undefined);
  const a = names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const p = place?.name.en;
  const k = names.length > 1 ? 1 : 0;
  if (names.length > 0 && p) return label.actorsPlace[k].replace('{a}', a).replace('{p}', p);
  if (names.length > 0) return label.actors[k].replace('{a}', a);
  if (p) return label.place.replace('{p}', p);
  return undefined;
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  const edge = /[\s\p{P}]/u;
  let s = start;
  let e = end;
  while (s < e && edge.test(text[s]!) && !'«“"('.includes(text[s]!)) s++;
  while (e > s && edge.test(text[e - 1]!) && !'»”")'.includes(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/**
 * A scheduled or expected event is not in the past of its article: a time the tagger resolved
 * backwards from the publication date (a bare weekday, the schedule marker after it) is read forward.
 */
function forwardIfScheduled(ctx: ExtractContext, status: EventStatus, timing: Timing): Timing {
  const claim = timing.claim;
  if (status === 'happened' || !ctx.forward || !ctx.published || !claim?.interval || claim.anchor !== 'publication') return timing;
  if (dayMs(claim.interval.start) >= dayMs(ctx.published)) return timing;
  const f = ctx.forward(claim);
  if (!f?.interval || dayMs(f.interval.start) < dayMs(ctx.published)) return timing;
  const when = timeFromExpr(f as Expr, 'stated');
  return when ? { when, claim: f as Expr } : timing;
}

function buildEvent(ctx: ExtractContext, c: Candidate, given: Timing, span?: { start: number; end: number }): TimelineEvent {
  const { hit, group, sentence } = c;
  const status = statusOf(ctx, c, given);
  const timing = forwardIfScheduled(ctx, status, given);
  let start = span?.start ?? group.start;
  let end = span?.end ?? group.end;
  // The quote shows the claim too when it stands elsewhere in the sentence — unless the event is
  // the frame of that clause ("الخميس، خلال زيارة دولة"): the time is told of the framed event.
  // Its quote then starts at the frame word: "أثناء زيارة دولة…", not the framed clause before it.
  const frameWords = hit.form === 'noun' ? ctx.modality.frames.find((p) => phraseAt(sentence.tokens, hit.first - p.length, p)) : undefined;
  if (!span && !frameWords && timing.claim && timing.claim.start >= sentence.start && timing.claim.end <= sentence.end) {
    start = Math.min(start, timing.claim.start);
    end = Math.max(end, timing.claim.end);
  }
  if (!span && frameWords) start = Math.max(start, sentence.tokens[hit.first - frameWords.length]!.start);
  ({ start, end } = trimSpan(ctx.text, start, end));
  const actors = actorsOf(ctx, c);
  const place = placeOf(ctx, c);
  const type = hit.entry.type;
  const source: Source = {
    articleId: ctx.articleId,
    quote: ctx.text.slice(start, end),
    start,
    end,
    claim: timing.claim,
    published: ctx.published,
  };
  if (ctx.outlet !== undefined) source.outlet = ctx.outlet;
  const count = ctx.counts
    ? findCount(ctx.counts, type, sentence.tokens, tokenIndexAt(sentence.tokens, group.start), tokenIndexAt(sentence.tokens, group.end), hit.first, ctx.text)
    : undefined;
  if (count) source.count = count;
  const basis = timing.when.basis ?? 'stated';
  let confidence = basis === 'stated' ? 0.8 : basis === 'event' ? 0.6 : 0.3;
  if (timing.when.approximate && basis !== 'reported-on') confidence -= 0.1;
  if (sentence.role === 'teaser') confidence *= 0.5;
  else if (sentence.role === 'caption') confidence *= 0.9;
  const event: TimelineEvent = {
    id: eventId(ctx.articleId, start, end, type),
    type,
    title: arabicTitle(ctx, c, timing.claim),
    when: timing.when,
    status,
    actors,
    sources: [source],
    disputed: false,
    confidence: Math.round(confidence * 100) / 100,
  };
  const kind = ctx.senses
    ? findSense(ctx.senses, type, sentence.tokens, tokenIndexAt(sentence.tokens, group.start), tokenIndexAt(sentence.tokens, group.end), hit.first)
    : undefined;
  if (kind !== undefined) event.kind = kind;
  const destination = place ? undefined : departureDestination(ctx, c);
  const en = englishTitle(ctx, type, actors, place, destination, kind);
  if (en !== undefined) event.titleEn = en;
  if (place) event.place = place;
  if (basis === 'reported-on') event.summary = 'No time of its own in the text: dated by the article (reported on).';
  return event;
}
