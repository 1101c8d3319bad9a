import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/layout/textWidth.js';
import { truncateText } from '../../src/layout/truncateText.js';

describe('textWidth', () => {
  it('scales with font size and is additive for Latin', () => {
    expect(textWidth('Hanoi', 24)).toBeCloseTo(textWidth('Hanoi', 12) * 2, 6);
    expect(textWidth('ab', 10)).toBeCloseTo(textWidth('a', 10) + textWidth('b', 10), 6);
  });
  it('gives joined Arabic letters their narrower forms', () => {
    // Beh alone is wide; three joined behs are far narrower than three isolated ones.
    expect(textWidth('ببب', 12)).toBeLessThan(3 * textWidth('ب', 12) * 0.7);
    // A right-joining letter (dal) breaks the word: the beh after it is initial/isolated again.
    expect(textWidth('بدب', 12)).toBeGreaterThan(textWidth('ببب', 12));
  });
  it('ignores harakat and bidi controls, reads lam-alef as one glyph', () => {
    expect(textWidth('عَزَّزَ', 12)).toBeCloseTo(textWidth('عزز', 12), 6);
    expect(textWidth('\u200fهانوي\u200f', 12)).toBeCloseTo(textWidth('هانوي', 12), 6);
    expect(textWidth('لا', 12)).toBeLessThan(textWidth('ل', 12) + textWidth('ا', 12));
  });
  it('is linear on long input', () => {
    const s = 'بوتين في هانوي '.repeat(20_000);
    expect(textWidth(s, 12)).toBeGreaterThan(0);
  });
});

describe('truncateText', () => {
  it('keeps text that fits and shortens text that does not', () => {
    expect(truncateText('هانوي', 200, 12)).toBe('هانوي');
    const t = truncateText('بوتين يصل إلى هانوي في زيارة دولة تستمر يومين', 80, 12);
    expect(t.endsWith('…')).toBe(true);
    expect(textWidth(t, 12)).toBeLessThanOrEqual(80);
  });
});
