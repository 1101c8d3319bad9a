import { normalize } from '../text/normalize.js';
import { words } from '../text/wordRuns.js';

/**
 * A comparison key for text: folded like `normalize` (diacritics, hamza, ة/ه, ى/ي, digits), with
 * every run of non-letters and non-digits turned into one space. Two renderings of the same words
 * ("عزَّز الرئيس" and "عزز  الرئيس،") get the same key.
 */
export function matchKey(text: string): string {
  return words(normalize(text).text).join(' ').toLowerCase();
}
