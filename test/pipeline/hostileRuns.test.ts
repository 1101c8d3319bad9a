// Multi-megabyte runs of one character class are where regex engines break: V8 throws "Maximum
// call stack size exceeded" on an unbounded /u quantifier over a few million two-byte characters,
// and a pattern that rescans the rest of the text goes quadratic. Every public entry point must
// take them in its stride.
import { describe, expect, it } from 'vitest';
import { buildTimeline, parseDocument, tagTimes } from '../../src/index.js';

const SIZE = 4 * 1024 * 1024;
// Built through TextDecoder so the strings are two-byte, as text read from a UTF-8 file with
// Arabic in it is; a one-byte '.' string takes a different, safer path inside V8.
const twoByte = (unit: string, n: number) => new TextDecoder('utf-16le').decode(new Uint16Array(n).fill(unit.charCodeAt(0)));

const CASES: Array<[string, () => string]> = [
  ['dots', () => twoByte('.', SIZE)],
  ['opening brackets', () => twoByte('(', SIZE)],
  ['dashes', () => twoByte('-', SIZE)],
  ['Arabic commas', () => twoByte('،', SIZE)],
  ['one Arabic word', () => twoByte('ب', SIZE)],
  ['Arabic-Indic digits', () => twoByte('٣', SIZE)],
  ['spaces', () => twoByte(' ', SIZE)],
  ['line breaks', () => twoByte('\n', SIZE)],
  ['tatweel', () => twoByte('\u0640', SIZE)],
];

describe('multi-megabyte runs of one character', () => {
  it.each(CASES)('%s: tagTimes, parseDocument and buildTimeline return normally', (_name, build) => {
    const text = build();
    expect(() => tagTimes(text, { published: '2020-01-01' })).not.toThrow();
    const parsed = parseDocument(text, { published: '2020-01-01' });
    expect(() => buildTimeline([parsed])).not.toThrow();
  }, 60_000);
});
