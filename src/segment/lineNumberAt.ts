/** 1-based line number of a UTF-16 offset (\n, \r\n and \r each end a line). */
export function lineNumberAt(text: string, offset: number): number {
  return lineOf(lineStarts(text), offset);
}

/** Offsets where each line starts; compute once, then `lineOf` is a binary search. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line of `offset` given `lineStarts(text)`. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
