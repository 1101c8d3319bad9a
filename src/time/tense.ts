import type { CompiledLocale } from './compile.js';

const WORD = /[\p{L}\p{N}]+/gu;
const BACK = 120;

function isFutureWord(cl: CompiledLocale, w: string): boolean {
  const bare = w.length > 3 && cl.conjunctions.includes(w[0]!) ? w.slice(1) : w;
  if (cl.futureWords.has(w) || cl.futureWords.has(bare)) return true;
  if (!cl.futurePrefix.test(w)) return false;
  const stem = bare.startsWith('س') ? bare : bare.slice(1);
  return !cl.futurePrefixExceptions.some((e) => stem.startsWith(e));
}

/**
 * Whether the clause before `start` speaks of the future or a schedule: a future word or a
 * سـ-prefixed verb earlier in the sentence (words after it, like "كما كان مقررا", look back). Bounded windows keep it
 * linear over a whole article.
 */
export function isFutureClause(cl: CompiledLocale, text: string, start: number): boolean {
  const ends = cl.locale.sentenceEnd;
  let s = start;
  const minS = Math.max(0, start - BACK);
  while (s > minS && !ends.includes(text[s - 1]!)) s--;
  const before = text.slice(s, start).match(WORD) ?? [];
  for (const w of before.slice(-12)) if (isFutureWord(cl, w)) return true;
  return false;
}
