// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { layout } from '../../src/layout/layout.js';
import { drawTimeline } from '../../src/render/draw.js';
import { sampleTimeline } from '../layout/fixtures.js';

const SVG = 'http://www.w3.org/2000/svg';

function svgIn(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg') as SVGSVGElement;
  doc.body.appendChild(svg);
  return svg;
}

describe('drawTimeline', () => {
  it('draws one mark per laid-out event and one badge per cluster, with title/desc first', () => {
    const tl = sampleTimeline();
    const l = layout(tl, { width: 900, height: 360 });
    const svg = svgIn(document);
    drawTimeline({ document }, svg, l, { embedStyle: true });
    expect(svg.querySelectorAll('g.tarikh-mark').length).toBe(l.marks.length);
    expect(svg.querySelectorAll('g.tarikh-cluster').length).toBe(l.clusters.length);
    expect(svg.firstElementChild?.localName).toBe('title');
    expect(svg.children[1]?.localName).toBe('desc');
    const ids = [...svg.querySelectorAll('[data-event-id]')].map((e) => e.getAttribute('data-event-id'));
    const clustered = [...svg.querySelectorAll('[data-event-ids]')].flatMap((e) => (e.getAttribute('data-event-ids') ?? '').split(' '));
    expect([...ids, ...clustered].sort()).toEqual(tl.events.map((e) => e.id).sort());
    expect(svg.getAttribute('direction')).toBe('rtl');
    expect(svg.querySelector('style')?.textContent).toContain('.tarikh');
  });

  it('puts hostile titles in as text: no element is created from them', () => {
    const tl = sampleTimeline();
    tl.title = '</title><script>alert(1)</script>';
    for (const e of tl.events) e.title = '<img src=x onerror=alert(1)>';
    const svg = svgIn(document);
    drawTimeline({ document }, svg, layout(tl, { width: 900, height: 360 }), { interactive: true });
    expect(svg.querySelectorAll('img, script').length).toBe(0);
    const label = svg.querySelector('text.tarikh-label');
    expect(label?.textContent).toContain('<img');
    expect(label?.childNodes[0]?.nodeType).toBe(3);
    expect(svg.querySelector('title')?.textContent).toBe('</title><script>alert(1)</script>');
    const attrs = [...svg.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name));
    expect(attrs.filter((a) => a.startsWith('on'))).toEqual([]);
  });

  it('uses the document it is given and reads no globals', () => {
    const dom = new JSDOM('<!doctype html><body></body>');
    const doc = dom.window.document;
    const svg = svgIn(doc);
    drawTimeline({ document: doc }, svg, layout(sampleTimeline(), { width: 900, height: 360 }));
    expect(svg.querySelector('g.tarikh-mark')?.ownerDocument).toBe(doc);
    expect(() => drawTimeline({ document }, svg, layout(sampleTimeline()))).toThrow(/another document/u);
  });

  it('updates in place when redrawn with a zoomed layout (join by id)', () => {
    const tl = sampleTimeline();
    const svg = svgIn(document);
    drawTimeline({ document }, svg, layout(tl, { width: 900, height: 360 }));
    const before = svg.querySelector('[data-event-id="pyongyang-treaty"]');
    drawTimeline({ document }, svg, layout(tl, { width: 900, height: 360, domain: [Date.UTC(2024, 5, 17), Date.UTC(2024, 5, 22)] }));
    const after = svg.querySelector('[data-event-id="pyongyang-treaty"]');
    if (before !== null) expect(after).toBe(before);
    expect(after?.getAttribute('class')).toContain('tarikh-mark--band');
    expect(svg.querySelectorAll('g.tarikh-marks').length).toBe(1);
  });

  it('marks focusable events when interactive', () => {
    const svg = svgIn(document);
    drawTimeline({ document }, svg, layout(sampleTimeline(), { width: 900, height: 360 }), { interactive: true });
    const m = svg.querySelector('g.tarikh-mark');
    expect(m?.getAttribute('tabindex')).toBe('-1');
    expect(m?.getAttribute('aria-label')).toBeTruthy();
  });
});
