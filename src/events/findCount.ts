import type { CountsLocale } from '../locales/ar/counts.js';
import type { Count, EventType } from '../model/types.js';
import { fold } from './compileTriggers.js';
import type { Token } from './tokenize.js';

export interface CompiledCounts {
  approximators: string[][];
  nouns: Map<string, string[]>;
  /** Number words (folded) → value; multi-word ones as space-joined keys. */
  cardinals: Map<string, number>;
  /** The longest number word, in words. */
  maxWords: number;
}

export function compileCounts(locale: CountsLocale, cardinals: Readonly<Record<string, number>>): CompiledCounts {
  const words = new Map<string, number>();
  let maxWords = 1;
  for (const [k, v] of Object.entries(cardinals)) {
    const f = fold(k);
    words.set(f, v);
    maxWords = Math.max(maxWords, f.split(' ').length);
  }
  return {
    approximators: locale.approximators.map((a) => fold(a).split(' ')),
    nouns: new Map(Object.entries(locale.nouns).map(([t, list]) => [t, (list ?? []).map(fold)])),
    cardinals: words,
    maxWords,
  };
}

const LEAD = /^(?:[وفبل]|ال|وال|بال)/u;

/** A counted noun: the stem itself, or with a proclitic, a case/plural ending (اتفاقاً، اتفاقات). */
function isNoun(form: string, stems: readonly string[]): boolean {
  const bare = form.replace(LEAD, '');
  return stems.some((s) => [form, bare].some((f) => f === s || (f.startsWith(s) && f.length - s.length <= 2)));
}

/**
 * The count a mention of `type` gives: a number (digits or number words) right before a counted
 * noun of that type, in tokens [from, to) of its clause group — the nearest to the trigger at
 * `at`. Approximate after حوالى، نحو، ما وصل إلى ….
 */
export function findCount(counts: CompiledCounts, type: EventType, tokens: readonly Token[], from: number, to: number, at: number, text: string): Count | undefined {
  const stems = counts.nouns.get(type);
  if (!stems) return undefined;
  let best: { count: Count; gap: number } | undefined;
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) {
    let value: number | undefined;
    let last = i;
    if (/^\d{1,9}$/u.test(tokens[i]!.form)) value = Number(tokens[i]!.form);
    else {
      for (let n = Math.min(counts.maxWords, to - i); n >= 1 && value === undefined; n--) {
        const key = tokens.slice(i, i + n).map((t) => t.form).join(' ');
        const v = counts.cardinals.get(key);
        if (v !== undefined) {
          value = v;
          last = i + n - 1;
        }
      }
    }
    if (value === undefined) continue;
    const noun = tokens[last + 1];
    if (!noun || last + 1 >= to || !isNoun(noun.form, stems)) continue;
    let first = i;
    let approximate = false;
    for (const a of counts.approximators) {
      if (a.every((w, k) => tokens[i - a.length + k]?.form === w || (k === 0 && tokens[i - a.length]?.form === `و${w}`))) {
        approximate = true;
        first = i - a.length;
        break;
      }
    }
    const gap = Math.abs(i - at);
    if (!best || gap < best.gap) {
      best = { count: { value, approximate, text: text.slice(tokens[first]!.start, noun.end) }, gap };
    }
  }
  return best?.count;
}
