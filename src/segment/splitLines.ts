/** A non-empty line of a page: UTF-16 offsets of its first and last visible character (+1). */
export interface LineSpan {
  start: number;
  end: number;
}

// Characters that do not count as content at the edges of a line: every Unicode space, tabs, and
// invisible bidi/format marks that scraped pages carry.
const EDGE = /[\s\p{Zs}\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/**
 * Splits a page into its non-empty lines, trimmed. Any of \n, \r\n, \r, U+2028, U+2029 ends a line.
 * Offsets index the text given, so `text.slice(span.start, span.end)` is the trimmed line.
 */
export function splitLines(text: string): LineSpan[] {
  const spans: LineSpan[] = [];
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const ch = i < n ? text[i]! : '\n';
    if (ch !== '\n' && ch !== '\r' && ch !== '\u2028' && ch !== '\u2029' && ch !== '\u0085') continue;
    let s = lineStart;
    let e = i;
    while (s < e && EDGE.test(text[s]!)) s++;
    while (e > s && EDGE.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
    lineStart = i + 1;
  }
  return spans;
}
