import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { renderSVG } from '../../src/node/renderSVG.js';
import { sampleTimeline } from '../support/sampleTimeline.js';
import { syntheticTimeline } from '../support/syntheticTimeline.js';
import { absolute } from '../support/svgPosition.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Parses as XML (image/svg+xml): a well-formedness error throws. */
function parseXml(svg: string): Document {
  const dom = new JSDOM(svg, { contentType: 'image/svg+xml' });
  const doc = dom.window.document;
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

/** Ids of events drawn as marks, and of events counted in cluster badges. */
function drawnIds(doc: Document): { marks: string[]; clustered: string[] } {
  const marks = [...doc.querySelectorAll('[data-event-id]')].map((e) => e.getAttribute('data-event-id') ?? '');
  const clustered = [...doc.querySelectorAll('.tarikh-cluster')].flatMap((e) => (e.getAttribute('data-event-ids') ?? '').split(' ').filter(Boolean));
  return { marks, clustered };
}

describe('renderSVG', () => {
  const svg = renderSVG(sampleTimeline(), { width: 900, locale: 'ar-SY' });
  const doc = parseXml(svg);
  const root = doc.documentElement;

  it('is one standalone SVG document with title, desc, style, fonts, direction and language', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.localName).toBe('svg');
    expect(root.getAttribute('viewBox')).toBe('0 0 900 360');
    expect(root.getAttribute('lang')).toBe('ar-SY');
    expect(root.getAttribute('direction')).toBe('rtl');
    expect(root.getAttribute('font-family')).toMatch(/Noto Sans Arabic/);
    expect(root.firstElementChild?.localName).toBe('title');
    expect(root.firstElementChild?.textContent).toBe('بوتين في كوريا الشمالية وفيتنام');
    expect(root.children[1]?.localName).toBe('desc');
    expect(root.querySelector('style')?.textContent).toMatch(/\.tarikh/);
    expect(root.getAttribute('role')).toBe('img');
    // Nothing interactive in a static file.
    expect(root.querySelectorAll('[tabindex]')).toHaveLength(0);
  });

  it('draws every event as a mark or counts it in a cluster', () => {
    const { marks, clustered } = drawnIds(doc);
    const ids = sampleTimeline().events.map((e) => e.id);
    expect(new Set([...marks, ...clustered])).toEqual(new Set(ids));
    expect(marks.length + clustered.length).toBe(ids.length);
  });

  it('writes dates in Arabic-Indic digits with Levantine months by default for ar-SY', () => {
    const labels = [...doc.querySelectorAll('.tarikh-tick text')].map((t) => t.textContent ?? '');
    expect(labels.join(' ')).toMatch(/[٠-٩]/u);
    expect(labels.join(' ')).not.toMatch(/[0-9]/u);
    const latn = renderSVG(sampleTimeline(), { width: 900, locale: 'ar-SY', digits: 'latn' });
    const latnLabels = [...parseXml(latn).querySelectorAll('.tarikh-tick text')].map((t) => t.textContent ?? '');
    expect(latnLabels.join(' ')).toMatch(/[0-9]/u);
    expect(latnLabels.join(' ')).not.toMatch(/[٠-٩]/u);
  });

  it('mirrors the axis independently of the text direction', () => {
    const pos = (s: string, id: string) => absolute(parseXml(s).querySelector(`[data-event-id="${id}"] .tarikh-shape`)!, 'x');
    const rtl = renderSVG(sampleTimeline(), { width: 900, axisDirection: 'rtl' });
    const ltr = renderSVG(sampleTimeline(), { width: 900, axisDirection: 'ltr' });
    // 1994 comes before 2025: on the right in RTL, on the left in LTR.
    expect(pos(rtl, 'ties-1994')).toBeGreaterThan(pos(rtl, 'inauguration'));
    expect(pos(ltr, 'ties-1994')).toBeLessThan(pos(ltr, 'inauguration'));
    expect(parseXml(ltr).documentElement.getAttribute('direction')).toBe('rtl');
  });

  it('takes the browser renderer option names', () => {
    const dark = renderSVG(sampleTimeline(), { theme: 'dark', lanes: 'type', height: 500 });
    const d = parseXml(dark).documentElement;
    expect(d.getAttribute('data-theme')).toBe('dark');
    expect(d.getAttribute('height')).toBe('500');
    expect(d.querySelectorAll('.tarikh-lane').length).toBeGreaterThan(1);
    expect(dark).not.toBe(renderSVG(sampleTimeline(), { lanes: 'type', height: 500 }));
  });

  it('draws a Hijri (islamic-umalqura) axis', () => {
    const hijri = parseXml(renderSVG(sampleTimeline(), { calendar: 'islamic-umalqura', digits: 'latn' }));
    const labels = [...hijri.querySelectorAll('.tarikh-tick text')].map((t) => t.textContent ?? '').join(' ');
    // 1994–2025 CE are 1414–1447 AH.
    expect(labels).toMatch(/14[1-4]\d/u);
    expect(labels).not.toMatch(/20[0-2]\d/u);
  }, 20_000);

  it.each([
    [{ theme: 'blue' }, /invalid theme: "blue"/],
    [{ width: -3 }, /invalid width: -3/],
    [{ digits: 'roman' }, /invalid digits: "roman"/],
    [{ interactive: true }, /"interactive" does not apply to a static render/],
    [{ colour: 'red' }, /unknown option: "colour"/],
  ])('rejects %o naming the option', (options, message) => {
    expect(() => renderSVG(sampleTimeline(), options as never)).toThrow(message);
  });

  it('makes a narrow (vertical) drawing 560 px high unless a height is given, as the live timeline does', () => {
    const height = (svg: string) => parseXml(svg).documentElement.getAttribute('height');
    expect(height(renderSVG(sampleTimeline(), { width: 375 }))).toBe('560');
    expect(height(renderSVG(sampleTimeline(), { width: 375, height: 400 }))).toBe('400');
    expect(height(renderSVG(sampleTimeline(), { width: 900 }))).toBe('360');
    expect(parseXml(renderSVG(sampleTimeline(), { width: 375 })).documentElement.getAttribute('data-orientation')).toBe('vertical');
  });

  it('validates the timeline and names the JSON path of a bad field', () => {
    const bad = sampleTimeline() as unknown as { events: { when: { start: unknown } }[] };
    bad.events[2]!.when.start = 'yesterday';
    expect(() => renderSVG(bad as never)).toThrow(/\/events\/2\/when\/start/);
    expect(() => renderSVG(null as never)).toThrow();
  });

  it('gives the same bytes twice and for a copy of the input', () => {
    expect(renderSVG(sampleTimeline(), { width: 900, locale: 'ar-SY' })).toBe(svg);
    expect(renderSVG(structuredClone(sampleTimeline()), { width: 900, locale: 'ar-SY' })).toBe(svg);
  });

  it('gives the same bytes whatever the machine time zone and locale', () => {
    const script = fileURLToPath(new URL('./printSvgHash.ts', import.meta.url));
    const expected = `${createHash('sha256').update(svg).digest('hex')} ${svg.length}`;
    const envs = [
      { TZ: 'Asia/Tokyo', LANG: 'ja_JP.UTF-8', LC_ALL: 'ja_JP.UTF-8' },
      { TZ: 'America/New_York', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
      { TZ: 'Asia/Beirut', LANG: 'ar_LB.UTF-8', LC_ALL: 'ar_LB.UTF-8' },
    ];
    for (const env of envs) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, ...env }, encoding: 'utf8' });
      const [hash, length, zone] = out.trim().split(' ');
      expect(zone).toBe(env.TZ); // the child really ran in that zone
      expect(`${hash} ${length}`).toBe(expected);
    }
  }, 60_000);

  it('stays well-formed XML whatever characters the article text carries', () => {
    const tl = sampleTimeline();
    tl.events[0]!.title = 'a\u0001b\u000Bc\uFFFE d\u00A0e \uD800 f & < > " \' ]]> \u202Eعربي';
    tl.title = '\u0000title';
    const out = renderSVG(tl);
    const d = parseXml(out);
    expect(d.querySelector('title')?.textContent).toBe('\uFFFDtitle');
    expect(d.querySelector('[data-event-id="pyongyang-arrival"] title')?.textContent).toContain('a\uFFFDb\uFFFDc\uFFFD d\u00A0e \uFFFD f & < > " \' ]]> \u202Eعربي');
  });

  it('counts every one of 2,000 synthetic events', () => {
    const tl = syntheticTimeline(2000);
    const { marks, clustered } = drawnIds(parseXml(renderSVG(tl, { width: 1200 })));
    expect(new Set([...marks, ...clustered]).size).toBe(2000);
  });
});
