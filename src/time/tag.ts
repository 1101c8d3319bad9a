import { normalize, toOriginalSpan } from '../text/normalize.js';
import type { TemporalExpression } from '../model/types.js';
import { fold, tokenKeys, type CompiledLocale } from './compile.js';
import { buildComponents } from './components.js';
import { removeOverlaps, type Candidate } from './refiners/removeOverlaps.js';
import { mergeGloss } from './refiners/mergeGloss.js';
import { mergeWeekdayDate } from './refiners/mergeWeekdayDate.js';
import { mergeDateTime } from './refiners/mergeDateTime.js';
import { extendLead } from './refiners/extendLead.js';
import { resolve } from './resolve/resolve.js';
import { isFutureClause } from './tense.js';
import { dayNumber, type DayNumber } from './calendar.js';
import type { RawTag } from './types.js';

export interface TagSettings {
  dct: DayNumber | null;
  forwardDate: boolean;
  timezone: string | null;
}

function dayNumberOf(iso: string): DayNumber {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

// Tokens are read in bounded steps: an unbounded `+` over a Unicode class overflows the regex
// engine's backtrack stack on a run of a few million letters or digits (one hostile "word").
const TOKEN_STEP = 256;
const TOKEN = new RegExp(`[\\p{L}\\p{N}]{1,${TOKEN_STEP}}|\\(`, 'gu');
const TOKEN_REST = new RegExp(`[\\p{L}\\p{N}]{1,${TOKEN_STEP}}`, 'uy');

/** Moves TOKEN past the rest of a token longer than one step. */
function skipTokenRest(f: string): void {
  TOKEN_REST.lastIndex = TOKEN.lastIndex;
  for (let r = TOKEN_REST.exec(f); r !== null && r[0].length > 0; r = TOKEN_REST.exec(f)) {
    TOKEN.lastIndex = TOKEN_REST.lastIndex;
    if (r[0].length < TOKEN_STEP) break; // the token ended inside this step
  }
}
const DIGIT_NEAR_START = /^[\p{L}]{0,4}\d/u;

const leadCache = new WeakMap<CompiledLocale, RegExp>();
function leadRegex(cl: CompiledLocale): RegExp {
  let re = leadCache.get(cl);
  if (!re) {
    const words = [...(cl.lexicons.get('lead')?.keys() ?? [])].map(fold).sort((a, b) => b.length - a.length);
    re = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?<lead>[${cl.conjunctions}]?(?:${words.join('|')}) )$`, 'u');
    leadCache.set(cl, re);
  }
  return re;
}

/** Longest token prefix looked at: keys come from a token's first letters (clitics, article). */
const KEY_PREFIX = 40;
/** Bounds the per-locale memo below on text with many distinct tokens (a hostile input). */
const MEMO_LIMIT = 50_000;
const patternMemo = new WeakMap<CompiledLocale, Map<string, readonly number[]>>();

/**
 * The patterns worth trying at a token, in trigger-key order without repeats. News text repeats
 * its tokens, so the answer is memoized per locale: this keeps the scan loop free of the
 * allocations of clitic stripping, which dominated tagging time.
 */
function patternsAt(cl: CompiledLocale, token: string): readonly number[] {
  let memo = patternMemo.get(cl);
  if (!memo) patternMemo.set(cl, (memo = new Map()));
  const key = token.length > KEY_PREFIX ? token.slice(0, KEY_PREFIX) : token;
  const known = memo.get(key);
  if (known) return known;
  const keys = key === '(' ? ['('] : tokenKeys(key, cl.conjunctions, cl.prepositions, cl.article);
  if (DIGIT_NEAR_START.test(key)) keys.push('#');
  const list: number[] = [];
  for (const k of keys) for (const i of cl.triggers.get(k) ?? []) if (!list.includes(i)) list.push(i);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, list);
  return list;
}

const endTables = new WeakMap<CompiledLocale, Uint8Array>();

/** A flag per UTF-16 unit: 1 where the locale ends a sentence. The paragraph walk tests every character. */
function sentenceEndTable(cl: CompiledLocale): Uint8Array {
  let t = endTables.get(cl);
  if (!t) {
    t = new Uint8Array(0x10000);
    for (const ch of cl.locale.sentenceEnd) t[ch.charCodeAt(0)] = 1;
    endTables.set(cl, t);
  }
  return t;
}

/** Finds candidate matches: at each token, only the patterns its trigger keys point to. */
function scan(cl: CompiledLocale, f: string): { candidates: Candidate[]; blocked: RawTag[] } {
  const candidates: Candidate[] = [];
  const blocked: RawTag[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(f); m !== null; m = TOKEN.exec(f)) {
    const start = m.index;
    if (m[0].length >= TOKEN_STEP) skipTokenRest(f);
    const list = patternsAt(cl, m[0]);
    for (let j = 0; j < list.length; j++) {
      const i = list[j]!;
      const p = cl.patterns[i]!;
      p.regex.lastIndex = start;
      const hit = p.regex.exec(f);
      if (!hit || hit[0].length === 0) continue;
      const end = start + hit[0].length;
      if (p.block) {
        blocked.push({ start, end, components: { pattern: p.name } });
        continue;
      }
      let components;
      try {
        components = buildComponents(cl, p, hit.groups ?? {});
      } catch {
        components = null; // a rule must never take the tagger down
      }
      if (components) candidates.push({ start, end, components, priority: i });
    }
  }
  return { candidates, blocked };
}

/**
 * Tags and resolves every temporal expression in a text with a compiled locale: scan at trigger
 * tokens, keep the longest non-blocked matches, run the refiners (glosses, date+time, leading
 * prepositions), then resolve in text order so event anchors see the day just told.
 */
export function tag(text: string, cl: CompiledLocale, settings: TagSettings): TemporalExpression[] {
  if (text.length === 0) return [];
  const n = normalize(text);
  const f = n.text;
  const { candidates, blocked } = scan(cl, f);
  let tags = removeOverlaps(candidates, blocked, f.length);
  tags = mergeGloss(tags, f);
  tags = mergeWeekdayDate(tags, f);
  tags = mergeDateTime(tags, f);
  tags = extendLead(tags, f, leadRegex(cl));

  const out: TemporalExpression[] = [];
  const ends = sentenceEndTable(cl);
  let pos = 0;
  let paragraph = 0;
  let sentence = 0;
  let previousDay: DayNumber | null = null;
  let previousStart: DayNumber | null = null;
  let paragraphDay: { p: number; day: DayNumber } | null = null;
  let sentenceDay: { s: number; day: DayNumber } | null = null;
  for (const t of tags) {
    for (; pos < t.start; pos++) {
      const code = f.charCodeAt(pos);
      if (code === 10) paragraph++;
      if (ends[code] === 1) sentence++;
    }
    const daySoFar = sentenceDay && sentenceDay.s === sentence ? sentenceDay.day : null;
    // A sentence that has already placed its story after publication stays there: in
    // "تبدأ الأربعاء المقبل وتستمر حتى الأحد" the Sunday is the one after that Wednesday.
    const futureStory = daySoFar !== null && settings.dct !== null && daySoFar > settings.dct;
    let r;
    try {
      r = resolve(t.components, {
        dct: settings.dct,
        future: futureStory || isFutureClause(cl, f, t.start),
        forwardDate: settings.forwardDate,
        previousDay,
        paragraphDay: paragraphDay && paragraphDay.p === paragraph ? paragraphDay.day : null,
        sentenceDay: daySoFar,
        previousStart,
        localZone: settings.timezone,
      });
    } catch {
      continue; // never let one odd rule result throw out of the tagger
    }
    const span = toOriginalSpan(n, t.start, t.end);
    const expr: TemporalExpression = {
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      value: r.value,
      interval: r.interval,
      precision: r.precision,
      approximate: r.approximate,
      anchor: r.anchor,
      kind: t.components.pattern,
    };
    if (r.timezone !== undefined) expr.timezone = r.timezone;
    if (r.instant !== undefined) expr.instant = r.instant;
    if (r.relation !== undefined) expr.relation = r.relation;
    out.push(expr);
    if (r.interval !== null && r.anchor !== 'unresolved' && t.components.span === undefined) {
      previousStart = dayNumberOf(r.interval.start);
    }
    if (r.day !== undefined && r.anchor !== 'unresolved') {
      previousDay = r.day;
      paragraphDay = { p: paragraph, day: r.day };
      sentenceDay = { s: sentence, day: r.day };
    }
  }
  return out;
}
