import { describe, expect, it } from 'vitest';
import { forEachWordRun, words } from '../../src/text/wordRuns.js';

const runs = (text: string) => {
  const out: Array<[number, number]> = [];
  forEachWordRun(text, (s, e) => out.push([s, e]));
  return out;
};

describe('forEachWordRun', () => {
  it.each([
    ['', []],
    ['،.؛', []],
    ['وقع بوتين، 19', [[0, 3], [4, 9], [11, 13]]],
    ['الـ20', [[0, 5]]], // tatweel is a letter (Lm)
    ['٢٠٢٤/٦/٢٠', [[0, 4], [5, 6], [7, 9]]],
    ['a'.repeat(600), [[0, 600]]],
    ['.'.repeat(600) + 'ب'.repeat(513) + '.', [[600, 1113]]],
  ] as Array<[string, Array<[number, number]>]>)('%j', (text, expected) => {
    expect(runs(text)).toEqual(expected);
  });

  it('agrees with the unbounded regex on ordinary text', () => {
    const text = 'قال الرئيس «فلاديمير بوتين» (أ.ف.ب) يوم 19-6-2024: إن 𝐀𝐁 وصلت… ' + 'ج'.repeat(300) + ' ٣';
    const expected = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
    expect(words(text)).toEqual(expected);
  });

  it('handles multi-megabyte runs of letters and of punctuation without a stack overflow', () => {
    const big = 4 * 1024 * 1024;
    const letters = new TextDecoder('utf-16le').decode(new Uint16Array(big).fill(0x628));
    expect(runs(letters)).toEqual([[0, big]]);
    expect(runs('.'.repeat(big) + 'x')).toEqual([[big, big + 1]]);
  });
});
