import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/render/contrastRatio.js';
import { themes } from '../../src/render/themes.js';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });
  it('rejects a colour it cannot read', () => expect(() => contrastRatio('red', '#fff')).toThrow(/invalid colour: "red"/u));
});

describe('themes meet WCAG AA', () => {
  for (const [name, t] of Object.entries(themes)) {
    describe(name, () => {
      const text: [string, string, string][] = [
        ['fg on bg', t.fg, t.bg],
        ['muted on bg', t.muted, t.bg],
        ['muted on lane', t.muted, t.lane],
        ['fg on lane', t.fg, t.lane],
        ['cluster text on badge', t.clusterText, t.cluster],
        ['fg on panel', t.fg, t.panel],
        ['muted on panel', t.muted, t.panel],
        ['disputed text on panel', t.disputed, t.panel],
        ['link on panel', t.accent, t.panel],
      ];
      for (const [what, a, b] of text) it(`${what} ≥ 4.5:1`, () => expect(contrastRatio(a, b)).toBeGreaterThanOrEqual(4.5));
      const graphics: [string, string, string][] = [
        ['marks on bg', t.accent, t.bg],
        ['marks on lane', t.accent, t.lane],
        ['disputed claims on bg', t.disputed, t.bg],
        ['cluster badge on bg', t.cluster, t.bg],
        ['focus ring on bg', t.focus, t.bg],
        ['focus ring on lane', t.focus, t.lane],
        ['panel border on bg', t.panelBorder, t.bg],
      ];
      for (const [what, a, b] of graphics) it(`${what} ≥ 3:1`, () => expect(contrastRatio(a, b)).toBeGreaterThanOrEqual(3));
    });
  }
});
