import { describe, expect, it } from 'vitest';
import { normalizeLayoutOptions } from '../../src/layout/options.js';
import { normalizeOptions } from '../../src/render/options.js';

describe('options are normalized once, errors name the option and the value', () => {
  const bad: [string, Record<string, unknown>, RegExp][] = [
    ['lanes', { lanes: 'lane' }, /invalid lanes: "lane"/u],
    ['axisDirection', { axisDirection: 'up' }, /invalid axisDirection: "up"/u],
    ['digits', { digits: 'roman' }, /invalid digits: "roman"/u],
    ['calendar', { calendar: 'julian' }, /invalid calendar: "julian"/u],
    ['width', { width: -3 }, /invalid width: -3/u],
    ['height', { height: Number.NaN }, /invalid height: NaN/u],
    ['timeZone', { timeZone: 'Mars/Olympus' }, /invalid timeZone: "Mars\/Olympus"/u],
    ['locale', { locale: 'not a locale!' }, /invalid locale: "not a locale!"/u],
    ['locale list', { locale: ['ar', 'en'] }, /invalid locale: \["ar","en"\] \(expected a BCP 47 tag/u],
    ['locale number', { locale: 5 }, /invalid locale: 5 \(expected a BCP 47 tag/u],
    ['domain', { domain: [5, 1] }, /invalid domain/u],
    ['domain narrower than a millisecond', { domain: [0, 1e-306] }, /invalid domain: .*at least 1 ms/u],
    ['domain string', { domain: ['2024-13-45', '2025-01-01'] }, /invalid domain\[0\]/u],
    ['theme', { theme: 'blue' }, /invalid theme: "blue"/u],
    ['idPrefix', { idPrefix: '"><script>' }, /invalid idPrefix/u],
    ['unknown', { widht: 3 }, /unknown option: "widht"/u],
    ['zoomExtent', { zoomExtent: [0, 3] }, /invalid zoomExtent/u],
    ['embedStyle', { embedStyle: 'yes' }, /invalid embedStyle: "yes"/u],
  ];
  for (const [name, options, message] of bad) {
    it(`rejects ${name}`, () => expect(() => normalizeOptions(options as never)).toThrow(message));
  }
  it('fills defaults from the locale', () => {
    const ar = normalizeLayoutOptions({}, 'ar');
    expect([ar.textDirection, ar.axisDirection, ar.digits, ar.width, ar.height, ar.lanes]).toEqual(['rtl', 'rtl', 'arab', 800, 360, 'none']);
    const en = normalizeLayoutOptions({ locale: 'en' }, 'ar');
    expect([en.textDirection, en.digits]).toEqual(['ltr', 'latn']);
    expect(normalizeLayoutOptions({ width: 400 }).orientation).toBe('vertical');
  });
});
