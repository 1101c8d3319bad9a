// Helpers the table runner, the snapshot script and the eval share: locate a row's expression
// among the tagger's output and compare it field by field.
import type { ParseOptions, TemporalExpression } from '../../../src/model/types.js';
import type { Expected, NegativeCase, PositiveCase } from './caseTypes.js';

// Outlets (and the seed gold) disagree on whether a leading preposition or conjunction belongs to
// the expression ("في عام 2017" but "منذ [ربيع عام 2022]", "و[خلال العام الماضي]" but
// "[ويوم الجمعة]"), so such a prefix is not held against the tagger.
const LEADING = /^(?:[وف](?=(?:في|منذ|خلال|عند|حتى|يوم|ال|أمس|امس|غدا|صباح|مساء|ليل|بعد|قبل|غداة|عشية|مطلع|منتصف|أواخر|اواخر))|[بلك](?=(?:ال|عام|سنة|سنه|يوم|شهر)))?(?:(?:في|منذ|خلال|عند|حتى|مع|إلى|الى)[\s\u00a0]+)?/u;

// "منذ 24 عاما" without منذ is an age ("24 عاما"), so for an offset منذ is part of the expression.
const SINCE_OFFSET = /^منذ[\s\u00a0]+(?:[^\s\u00a0]+[\s\u00a0]+){0,3}?(?:عاماً|عاما|عامين|عام|أعوام|سنوات|سنتين|سنة|أشهر|شهور|شهرين|شهر|أيام|يومين|يوم|أسابيع|أسبوعين|أسبوع|عقود|عقدين|عقد)(?!\p{L})/u;

/** The expression without one leading conjunction/clitic and one preposition. */
export function coreText(text: string): string {
  // "يوم 12 جوان" = "12 جوان": يوم before a day number is optional too.
  const stripped = text.replace(LEADING, '').replace(/^يوم[\s\u00a0]+(?=[0-9\u0660-\u0669\u06f0-\u06f9])/u, '');
  return SINCE_OFFSET.test(text.replace(/^[وف](?=منذ)/u, '')) ? text.replace(/^[وف](?=منذ)/u, '') : stripped;
}

/** Options passed to tagTimes for a row (published omitted, not undefined, when the page is undated). */
export function rowOptions(row: PositiveCase | NegativeCase): ParseOptions {
  const base: ParseOptions = 'options' in row && row.options ? { ...row.options } : {};
  if (row.published !== undefined) base.published = row.published;
  return base;
}

/** UTF-16 span of `needle` in `input` (first occurrence), or throws: a row whose text is absent is a broken row. */
export function spanOf(input: string, needle: string): { start: number; end: number } {
  const start = input.indexOf(needle);
  if (start < 0) throw new Error(`row text «${needle}» does not occur in its input «${input}»`);
  return { start, end: start + needle.length };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The tagged expression that overlaps the expected span most, if any. */
export function findExpression(
  found: readonly TemporalExpression[],
  input: string,
  expected: Expected,
): TemporalExpression | undefined {
  const span = spanOf(input, expected.text);
  let best: TemporalExpression | undefined;
  let bestOverlap = 0;
  for (const e of found) {
    const o = overlap(e, span);
    if (o > bestOverlap) {
      best = e;
      bestOverlap = o;
    }
  }
  return best;
}

/** Differences between a tagged expression and the row's expectation; empty when it matches. */
export function compareExpression(got: TemporalExpression | undefined, expected: Expected): string[] {
  if (!got) return [`nothing tagged over «${expected.text}»`];
  const diffs: string[] = [];
  // The span may run on to the right (the event noun after غداة, an agency tag after a caption's
  // weekday, the Gregorian gloss after a Hijri date), but must start where the expression starts.
  if (got.text !== expected.text && !coreText(got.text).startsWith(coreText(expected.text))) {
    diffs.push(`text: got «${got.text}», expected «${expected.text}»`);
  }
  if (got.value !== expected.value) diffs.push(`value: got ${String(got.value)}, expected ${String(expected.value)}`);
  const gi = got.interval ? `[${got.interval.start}, ${got.interval.end})` : 'null';
  const ei = expected.interval ? `[${expected.interval.start}, ${expected.interval.end})` : 'null';
  if (gi !== ei) diffs.push(`interval: got ${gi}, expected ${ei}`);
  if (expected.precision !== undefined && got.precision !== expected.precision) {
    diffs.push(`precision: got ${String(got.precision)}, expected ${String(expected.precision)}`);
  }
  if (expected.approximate !== undefined && got.approximate !== expected.approximate) {
    diffs.push(`approximate: got ${got.approximate}, expected ${expected.approximate}`);
  }
  if (expected.anchor !== undefined && got.anchor !== expected.anchor) {
    diffs.push(`anchor: got ${got.anchor}, expected ${expected.anchor}`);
  }
  return diffs;
}

/** Expressions that overlap a look-alike that must stay untagged. */
export function lookAlikeHits(found: readonly TemporalExpression[], row: NegativeCase): TemporalExpression[] {
  const span = spanOf(row.input, row.notTagged);
  return found.filter((e) => overlap(e, span) > 0);
}

/** One line per expression, for failure messages. */
export function trace(found: readonly TemporalExpression[]): string {
  if (found.length === 0) return '  (no expressions)';
  return found
    .map((e) => {
      const iv = e.interval ? `[${e.interval.start}, ${e.interval.end})` : 'null';
      return `  ${e.start}-${e.end} «${e.text}» value=${String(e.value)} interval=${iv} precision=${String(e.precision)} approx=${e.approximate} anchor=${e.anchor}${e.kind ? ` kind=${e.kind}` : ''}`;
    })
    .join('\n');
}
