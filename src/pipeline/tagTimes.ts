import type { ParseOptions, TemporalExpression } from '../model/types.js';
import { normalizeParseOptions } from '../options.js';
import { compileLocale, type CompiledLocale } from '../time/compile.js';
import { tag } from '../time/tag.js';
import { ar } from '../locales/ar/index.js';

let compiled: CompiledLocale | undefined;

/**
 * Finds every temporal expression in an Arabic text and resolves it: weekdays, deictic days
 * (أمس، اليوم), parts of day and clock times with zones, dates in the three Gregorian month
 * families and the Hijri calendar, years, seasons, decades, relative offsets and spans, and times
 * anchored on the event just told. Relative expressions need `published`; without it they come
 * back with `anchor: 'unresolved'` and `value: null`, never guessed. Spans index the text as given.
 *
 * @param text - the article text
 * @param options - `published` (YYYY-MM-DD or ISO 8601), `timezone` (IANA), `forwardDate`
 * @throws TypeError when `text` is not a string; RangeError for an invalid `published` or `timezone`
 *
 * @example
 * tagTimes('تعهّدت مصر والأردن، أمس الخميس، بتعميق العلاقات', { published: '2023-03-17' })
 * // [{ text: 'أمس الخميس', start: 20, end: 30, value: '2023-03-16',
 * //    interval: { start: '2023-03-16', end: '2023-03-17' }, precision: 'day',
 * //    approximate: false, anchor: 'publication', kind: 'deictic' }]
 */
export function tagTimes(text: string, options?: ParseOptions): TemporalExpression[] {
  if (typeof text !== 'string') throw new TypeError(`tagTimes: argument "text" must be a string, got ${text === null ? 'null' : typeof text}`);
  const o = normalizeParseOptions(options);
  compiled ??= compileLocale(ar);
  return tag(text, compiled, { dct: o.dct, forwardDate: o.forwardDate, timezone: o.timezone });
}
