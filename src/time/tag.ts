import { normalize, toOriginalSpan } from '../text/normalize.js';
import type { TemporalExpression } from '../model/types.js';
import { fold, tokenKeys, type CompiledLocale } from './compile.js';
import { buildComponents } from './components.js';
import { removeOverlaps, type Candidate } from './refiners/removeOverlaps.js';
import { mergeGloss } from './refiners/mergeGloss.js';
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

const TOKEN = /[\p{L}\p{N}]+|\(/gu;
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

/** Finds candidate matches: at each token, only the patterns its trigger keys point to. */
function scan(cl: CompiledLocale, f: string): { candidates: Candidate[]; blocked: RawTag[] } {
  const candidates: Candidate[] = [];
  const blocked: RawTag[] = [];
  const tried: number[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(f); m !== null; m = TOKEN.exec(f)) {
    const start = m.index;
    const token = m[0];
    tried.length = 0;
    const keys = token === '(' ? ['('] : tokenKeys(token.length > 40 ? token.slice(0, 40) : token, cl.conjunctions, cl.prepositions, cl.article);
    if (DIGIT_NEAR_START.test(token)) keys.push('#');
    for (const key of keys) {
      const list = cl.triggers.get(key);
      if (!list) continue;
      for (const i of list) {
        if (tried.includes(i)) continue;
        tried.push(i);
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
  tags = mergeDateTime(tags, f);
  tags = extendLead(tags, f, leadRegex(cl));

  const out: TemporalExpression[] = [];
  const ends = cl.locale.sentenceEnd;
  let pos = 0;
  let paragraph = 0;
  let sentence = 0;
  let previousDay: DayNumber | null = null;
  let previousStart: DayNumber | null = null;
  let paragraphDay: { p: number; day: DayNumber } | null = null;
  let sentenceDay: { s: number; day: DayNumber } | null = null;
  for (const t of tags) {
    for (; pos < t.start; pos++) {
      const ch = f[pos]!;
      if (ch === '\n') paragraph++;
      if (ends.includes(ch)) sentence++;
    }
    let r;
    try {
      r = resolve(t.components, {
        dct: settings.dct,
        future: isFutureClause(cl, f, t.start),
        forwardDate: settings.forwardDate,
        previousDay,
        paragraphDay: paragraphDay && paragraphDay.p === paragraph ? paragraphDay.day : null,
        sentenceDay: sentenceDay && sentenceDay.s === sentence ? sentenceDay.day : null,
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
