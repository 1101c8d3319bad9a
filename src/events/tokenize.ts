import { normalize, toOriginalSpan } from '../text/normalize.js';
import { forEachWordRun } from '../text/wordRuns.js';

/** A word of a text: its folded form and its span in the ORIGINAL text (plus `base`). */
export interface Token {
  /** Folded (normalize) form, letters and digits only. */
  form: string;
  start: number;
  end: number;
  /** Start and end in the folded text. */
  fStart: number;
  fEnd: number;
}


/**
 * Folds `text` and splits it into words. Spans are offsets into `text` plus `base`, so a paragraph
 * tokenized on its own reports offsets into its page.
 *
 * @example
 * tokenize('وقَّع بوتين', 100).map((t) => [t.form, t.start]) // [['وقع', 100], ['بوتين', 106]]
 */
export function tokenize(text: string, base = 0): { folded: string; tokens: Token[]; toOriginal: (f: number) => number } {
  const n = normalize(text);
  const tokens: Token[] = [];
  forEachWordRun(n.text, (fStart, fEnd) => {
    const span = toOriginalSpan(n, fStart, fEnd);
    tokens.push({ form: n.text.slice(fStart, fEnd), start: span.start + base, end: span.end + base, fStart, fEnd });
  });
  const toOriginal = (f: number) => (n.offsets[f] ?? text.length) + base;
  return { folded: n.text, tokens, toOriginal };
}
