import { describe, expect, it } from 'vitest';
import { lineIndex } from '../../src/cli/lineIndex.js';

describe('lineIndex', () => {
  it('maps offsets to 1-based lines across \\n, \\r\\n and \\r', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const lineOf = lineIndex(text);
    expect([0, 2, 3, 5, 6, 7, 9, 10, 12].map(lineOf)).toEqual([1, 1, 2, 2, 2, 3, 3, 4, 4]);
  });
});
