/**
 * Runs of letters and digits, found without an unbounded regex quantifier.
 *
 * V8 executes `/[\p{L}\p{N}]+/u` with one backtrack entry per character, so a multi-megabyte run of
 * letters (or, for the negated class, of dots or brackets) throws "Maximum call stack size
 * exceeded". Matching bounded chunks and joining the chunks that touch gives the same maximal runs
 * in linear time and constant stack.
 */
const WORD_CHUNK = /[\p{L}\p{N}]{1,256}/gu;

/**
 * Calls `fn(start, end)` for every maximal run of letters and digits in `text`, left to right.
 *
 * @example
 * const runs: number[][] = [];
 * forEachWordRun('وقع بوتين، 19', (s, e) => runs.push([s, e])); // [[0, 3], [4, 9], [11, 13]]
 */
export function forEachWordRun(text: string, fn: (start: number, end: number) => void): void {
  WORD_CHUNK.lastIndex = 0;
  let start = -1;
  let end = -1;
  for (let m = WORD_CHUNK.exec(text); m !== null; m = WORD_CHUNK.exec(text)) {
    if (m.index === end) {
      end += m[0].length;
      continue;
    }
    if (start >= 0) fn(start, end);
    start = m.index;
    end = start + m[0].length;
  }
  if (start >= 0) fn(start, end);
}

/**
 * The words (letter and digit runs) of `text`.
 *
 * @example
 * words('«فلاديمير-بوتين»') // ['فلاديمير', 'بوتين']
 */
export function words(text: string): string[] {
  const out: string[] = [];
  forEachWordRun(text, (s, e) => out.push(text.slice(s, e)));
  return out;
}
