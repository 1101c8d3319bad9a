// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { layout } from '../../src/layout/layout.js';
import { drawTimeline } from '../../src/render/draw.js';
import { sampleTimeline } from '../layout/fixtures.js';
import { absolute } from '../support/svgPosition.js';
import { markOrigin } from '../../src/render/drawMark.js';
import type { LayoutMark } from '../../src/layout/types.js';
import { syntheticTimeline } from '../support/syntheticTimeline.js';

const SVG = 'http://www.w3.org/2000/svg';

function svgIn(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg') as SVGSVGElement;
  doc.body.appendChild(svg);
  return svg;
}

/** The leader lines drawn (one path: `M x1 y1 L x2 y2` per label), as numbers. */
function leaderLines(svg: Element): { x1: number; y1: number; x2: number; y2: number }[] {
  const d = svg.querySelector('path.tarikh-leaders')?.getAttribute('d') ?? '';
  return [...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)/gu)].map((m) => ({ x1: Number(m[1]), y1: Number(m[2]), x2: Number(m[3]), y2: Number(m[4]) }));
}

describe('drawTimeline', () => {
  it('draws leader lines in a layer below the marks, and each label on a box of the background colour', () => {
    const l = layout(sampleTimeline(), { width: 900, height: 360 });
    const svg = svgIn(document);
    drawTimeline({ document }, svg, l, {});
    const leaders = svg.querySelector('path.tarikh-leaders')!;
    const marks = svg.querySelector('g.tarikh-marks')!;
    // 4 = DOCUMENT_POSITION_FOLLOWING: the marks (and their labels) are painted after the leaders.
    expect(leaders.compareDocumentPosition(marks) & 4).toBe(4);
    expect(leaders.getAttribute('fill')).toBe('none');
    const labelled = l.marks.filter((m) => m.label !== null);
    expect(labelled.length).toBeGreaterThan(2);
    const r3 = (n: number) => Math.round(n * 1000) / 1000;
    expect(leaderLines(svg)).toEqual(labelled.map((m) => ({ x1: r3(m.label!.leader.x1), y1: r3(m.label!.leader.y1), x2: r3(m.label!.leader.x2), y2: r3(m.label!.leader.y2) })));
    for (const m of labelled) {
      const bg = svg.querySelector(`g.tarikh-mark[data-event-id="${m.id}"] rect.tarikh-label-bg`)!;
      expect(absolute(bg, 'x')).toBeCloseTo(m.label!.x, 2);
      expect(absolute(bg, 'y')).toBeCloseTo(m.label!.y + 2, 2);
      expect(Number(bg.getAttribute('width'))).toBeCloseTo(m.label!.width, 2);
      expect(bg.getAttribute('fill')).toBe('#ffffff');
      // The box comes before the text: the text is painted on it.
      expect(bg.nextElementSibling?.getAttribute('class')).toBe('tarikh-label');
    }
  });

  it('redraws a zoom step in place: leaders follow their marks, none is left behind', () => {
    const tl = sampleTimeline();
    const svg = svgIn(document);
    const a = layout(tl, { width: 900, height: 360 });
    drawTimeline({ document }, svg, a, {});
    const b = layout(tl, { width: 900, height: 360, domain: [Date.UTC(2024, 5, 17), Date.UTC(2024, 5, 22)], previous: a });
    drawTimeline({ document }, svg, b, {});
    const lines = leaderLines(svg);
    expect(lines.length).toBe(b.marks.filter((m) => m.label !== null).length);
    const x1 = lines.map((l) => l.x1).sort((p, q) => p - q);
    expect(x1).toEqual(b.marks.map((m) => Math.round(m.label!.leader.x1 * 1000) / 1000).sort((p, q) => p - q));
  });

  it('redraws the count badges of a zoom step on the groups that show their counts: only counts not shown before are written', () => {
    const tl = syntheticTimeline(3000);
    const opts = { width: 900, height: 360 };
    let prev = layout(tl, opts);
    const svg = svgIn(document);
    drawTimeline({ document }, svg, prev, { interactive: true });
    const [lo, hi] = prev.fullDomain;
    const mid = (lo + hi) / 2;
    let kept = 0;
    for (const k of [1.3, 1.7, 2.2, 1.5]) {
      const next = layout(tl, { ...opts, domain: [mid - (hi - lo) / (2 * k), mid + (hi - lo) / (2 * k)], previous: prev });
      const shown = new Map<string, number>();
      for (const c of prev.clusters) shown.set(c.countText, (shown.get(c.countText) ?? 0) + 1);
      let fresh = 0;
      for (const c of next.clusters) {
        const n = shown.get(c.countText) ?? 0;
        if (n > 0) shown.set(c.countText, n - 1);
        else fresh++;
      }
      const observer = new MutationObserver(() => undefined);
      observer.observe(svg.querySelector('g.tarikh-clusters')!, { subtree: true, childList: true, characterData: true });
      drawTimeline({ document }, svg, next, { interactive: true });
      // A count written is a text node put into a badge's <text>.
      const written = observer.takeRecords().filter((r) => r.type === 'childList' && (r.target as Element).localName === 'text' && r.addedNodes.length > 0).length;
      observer.disconnect();
      expect(written).toBe(fresh);
      kept += next.clusters.length - fresh;
      const badges = [...svg.querySelectorAll<SVGGElement>('g.tarikh-cluster')];
      expect(badges.length).toBe(next.clusters.length);
      for (const g of badges) {
        const d = (g as SVGGElement & { __data__: (typeof next.clusters)[number] }).__data__;
        expect(next.clusters).toContain(d);
        expect(g.querySelector('text')?.textContent).toBe(d.countText);
        expect(g.getAttribute('data-count')).toBe(String(d.count));
        expect(g.getAttribute('aria-label')).toBe(d.ariaLabel);
        expect(g.getAttribute('transform')).toBe(`translate(${Math.round(d.cx * 1000) / 1000},${Math.round(d.cy * 1000) / 1000})`);
      }
      prev = next;
    }
    expect(kept).toBeGreaterThan(0);
  });

  it('moves a mark that keeps its label by its group alone: its parts are drawn relative to it', () => {
    const tl = syntheticTimeline(2000);
    const svg = svgIn(document);
    const day = 86_400_000;
    const a = layout(tl, { width: 900, height: 360, domain: [Date.UTC(2010, 0, 1), Date.UTC(2010, 6, 1)] });
    drawTimeline({ document }, svg, a, {});
    const parts = (id: string) => [...svg.querySelectorAll(`g.tarikh-mark[data-event-id="${id}"] *`)].map((el) => el.outerHTML).join('');
    const before = new Map(a.marks.map((m) => [m.id, parts(m.id)]));
    // A pan by a day: the marks keep their labels and rows, only their places along the axis change.
    const b = layout(tl, { width: 900, height: 360, domain: [Date.UTC(2010, 0, 1) + day, Date.UTC(2010, 6, 1) + day], previous: a });
    drawTimeline({ document }, svg, b, {});
    const offset = (m: LayoutMark) => (m.label?.x ?? 0) - markOrigin(m, false)[0];
    const kept = b.marks.filter((m) => a.marks.some((p) => p.id === m.id && p.label?.row === m.label?.row && p.label?.text === m.label?.text && Math.abs(p.rect.width - m.rect.width) < 1e-6 && Math.abs(offset(p) - offset(m)) < 1e-3));
    expect(kept.length).toBeGreaterThan(b.marks.length / 2);
    for (const m of kept) {
      expect(parts(m.id)).toBe(before.get(m.id));
      const g = svg.querySelector(`g.tarikh-mark[data-event-id="${m.id}"]`)!;
      expect(absolute(g.querySelector('rect.tarikh-shape')!, 'x')).toBeCloseTo(m.rect.x, 2);
      expect(absolute(g.querySelector('text.tarikh-label')!, 'x')).toBeCloseTo(m.label!.textX, 2);
    }
  });

  it('spreads a zoom step over calls: marks that stay are drawn at once, arriving ones until the time given', () => {
    const tl = syntheticTimeline(2000);
    const svg = svgIn(document);
    const a = layout(tl, { width: 900, height: 360 });
    expect(drawTimeline({ document }, svg, a, {})).toBe(true);
    const b = layout(tl, { width: 900, height: 360, domain: [Date.UTC(2010, 0, 1), Date.UTC(2011, 0, 1)], previous: a });
    const stay = b.marks.filter((m) => a.marks.some((p) => p.id === m.id));
    const arriving = b.marks.length - stay.length;
    expect(arriving).toBeGreaterThan(8);
    const drawnIds = () => [...svg.querySelectorAll('g.tarikh-mark')].map((g) => g.getAttribute('data-event-id'));
    // A time already past: only the marks that stay and the least number of arriving ones.
    expect(drawTimeline({ document }, svg, b, {}, performance.now() - 1)).toBe(false);
    const first = drawnIds();
    expect(first.length).toBe(stay.length + 8);
    for (const m of stay) expect(first).toContain(m.id);
    // Nothing of the old view is left, and each drawn mark stands where the new layout puts it.
    for (const id of first) expect(b.marks.some((m) => m.id === id)).toBe(true);
    for (const m of stay) expect(absolute(svg.querySelector(`g.tarikh-mark[data-event-id="${m.id}"] rect.tarikh-shape`)!, 'x')).toBeCloseTo(m.rect.x, 2);
    expect(leaderLines(svg).length).toBe(b.marks.filter((m) => m.label !== null && first.includes(m.id)).length);
    // The next call finishes.
    expect(drawTimeline({ document }, svg, b, {})).toBe(true);
    expect(drawnIds().sort()).toEqual(b.marks.map((m) => m.id).sort());
    expect(leaderLines(svg).length).toBe(b.marks.filter((m) => m.label !== null).length);
  });

  it('keeps the bands ahead of the points and in drawing order through zoom steps', () => {
    const tl = syntheticTimeline(3000);
    const svg = svgIn(document);
    let l = layout(tl, { width: 1000, height: 400 });
    drawTimeline({ document }, svg, l, {});
    const [a, b] = l.fullDomain;
    for (let step = 0; step < 20; step++) {
      const c = a + ((b - a) * ((step * 37) % 100)) / 100;
      const span = (b - a) / (1 + step);
      l = layout(tl, { width: 1000, height: 400, domain: [c - span / 2, c + span / 2], previous: l });
      // Half the steps leave arriving marks for a later call, as a live zoom frame does.
      drawTimeline({ document }, svg, l, {}, step % 2 === 0 ? performance.now() - 1 : undefined);
      drawTimeline({ document }, svg, l, {});
      const drawn = [...svg.querySelectorAll('g.tarikh-marks > g')].map((g) => (g as unknown as { __data__: LayoutMark }).__data__);
      const bands = drawn.filter((m) => m.shape === 'band');
      expect(drawn.slice(0, bands.length).every((m) => m.shape === 'band'), `step ${step}`).toBe(true);
      for (let i = 1; i < bands.length; i++) expect(bands[i - 1]!.duration >= bands[i]!.duration, `step ${step}`).toBe(true);
    }
  });

  it('puts marks back in drawing order by moving as few groups as can be', () => {
    const tl = syntheticTimeline(3000);
    const l = layout(tl, { width: 1000, height: 400, domain: [Date.UTC(2009, 0, 1), Date.UTC(2012, 0, 1)] });
    const svg = svgIn(document);
    drawTimeline({ document }, svg, l, {});
    const layer = svg.querySelector('g.tarikh-marks')!;
    const groups = () => [...layer.children] as (Element & { __data__: LayoutMark })[];
    const bands = groups().filter((g) => g.__data__.shape === 'band');
    const points = groups().filter((g) => g.__data__.shape === 'point');
    expect(bands.length).toBeGreaterThan(3);
    expect(points.length).toBeGreaterThan(3);
    // [moved out of place, groups the redraw may move]: a point ahead of every band, a band behind
    // the points, two bands swapped.
    const cases: [string, () => void, number][] = [
      ['a point first', () => layer.prepend(points[1]!), 1],
      ['a band last', () => layer.append(bands[1]!), 1],
      ['two bands swapped', () => layer.insertBefore(bands[2]!, bands[1]!), 1],
    ];
    for (const [name, shuffle, most] of cases) {
      shuffle();
      let moves = 0;
      const insertBefore = layer.insertBefore.bind(layer);
      const appendChild = layer.appendChild.bind(layer);
      layer.insertBefore = (<T extends Node>(n: T, ref: Node | null): T => (moves++, insertBefore(n, ref))) as typeof layer.insertBefore;
      layer.appendChild = (<T extends Node>(n: T): T => (moves++, appendChild(n))) as typeof layer.appendChild;
      drawTimeline({ document }, svg, l, {});
      delete (layer as Partial<Element>).insertBefore;
      delete (layer as Partial<Element>).appendChild;
      expect(moves, name).toBeLessThanOrEqual(most);
      const drawn = groups().map((g) => g.__data__);
      const n = drawn.filter((m) => m.shape === 'band').length;
      expect(drawn.slice(0, n).every((m) => m.shape === 'band'), name).toBe(true);
      for (let i = 1; i < n; i++) expect(drawn[i - 1]!.duration >= drawn[i]!.duration, name).toBe(true);
    }
  });

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

  it('gives static marks a <title> tooltip, and live ones an aria-label instead (their details open on hover)', () => {
    const l = layout(sampleTimeline(), { width: 900, height: 360 });
    const still = svgIn(document);
    drawTimeline({ document }, still, l, {});
    const live = svgIn(document);
    drawTimeline({ document }, live, l, { interactive: true });
    for (const m of l.marks) {
      const a = still.querySelector(`g.tarikh-mark[data-event-id="${m.id}"]`)!;
      const b = live.querySelector(`g.tarikh-mark[data-event-id="${m.id}"]`)!;
      expect(a.querySelector('title')!.textContent).toBe(m.ariaLabel);
      expect(a.hasAttribute('aria-label')).toBe(false);
      expect(b.querySelector('title')!.textContent).toBe('');
      expect(b.getAttribute('aria-label')).toBe(m.ariaLabel);
    }
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
