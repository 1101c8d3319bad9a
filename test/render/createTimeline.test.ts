// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTimeline } from '../../src/render/createTimeline.js';
import { sampleTimeline, syntheticTimeline } from '../layout/fixtures.js';
import type { LayoutCluster } from '../../src/layout/types.js';

function host(attrs: Record<string, string> = {}): HTMLElement {
  const el = document.createElement('div');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.appendChild(el);
  return el;
}
const key = (target: Element, k: string): void => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
};

afterEach(() => document.body.replaceChildren());

describe('createTimeline (jsdom)', () => {
  it('builds an accessible region with marks, a hidden list and a details panel', () => {
    const tl = sampleTimeline();
    const el = host({ dir: 'rtl', lang: 'ar-SY' });
    const t = createTimeline(el, tl, { width: 900, height: 360 });
    const root = el.querySelector('.tarikh');
    expect(root?.getAttribute('role')).toBe('region');
    expect(root?.getAttribute('aria-label')).toBe(tl.title);
    expect(root?.getAttribute('dir')).toBe('rtl');
    const marks = el.querySelectorAll('g.tarikh-mark');
    expect(marks.length).toBe(t.layout().marks.length);
    expect([...marks].filter((m) => m.getAttribute('tabindex') === '0').length).toBe(1);
    for (const m of marks) expect(m.getAttribute('aria-label')).toMatch(/[٠-٩]/u);
    expect(el.querySelectorAll('ul.tarikh-sr li').length).toBe(tl.events.length);
    expect(el.querySelector('.tarikh-details')?.hasAttribute('hidden')).toBe(true);
    // Levantine names from lang="ar-SY".
    expect(el.querySelector('ul.tarikh-sr')?.textContent).toContain('حزيران');
    t.destroy();
  });

  it('follows dir/lang of the page: an English page gets an ltr axis and Latin digits', () => {
    const el = host({ dir: 'ltr', lang: 'en' });
    const t = createTimeline(el, sampleTimeline(), { width: 900, height: 360 });
    expect(t.layout().axisDirection).toBe('ltr');
    expect(t.layout().digits).toBe('latn');
    t.destroy();
  });

  it('moves focus with the arrows in visual order (mirrored on an rtl axis) and opens/closes details', () => {
    const el = host({ dir: 'rtl', lang: 'ar' });
    const t = createTimeline(el, sampleTimeline(), { width: 900, height: 360, lanes: 'none' });
    const first = el.querySelector('g.tarikh-mark[tabindex="0"]') as SVGGElement;
    first.focus();
    expect(document.activeElement).toBe(first);
    const focusSpy = vi.fn();
    t.on('focus', focusSpy);
    key(first, 'ArrowLeft');
    const next = document.activeElement as Element;
    expect(next).not.toBe(first);
    expect(next.getAttribute('data-event-id')).not.toBeNull();
    const l = t.layout();
    const cx = (id: string | null) => l.marks.find((m) => m.id === id)?.cx ?? NaN;
    // ArrowLeft on an rtl axis goes to the left, i.e. later in time.
    expect(cx(next.getAttribute('data-event-id'))).toBeLessThanOrEqual(cx(first.getAttribute('data-event-id')));
    expect(focusSpy).toHaveBeenCalled();
    const selectSpy = vi.fn();
    t.on('select', selectSpy);
    key(next, 'Enter');
    const panel = el.querySelector('.tarikh-details') as HTMLElement;
    expect(panel.hidden).toBe(false);
    expect(selectSpy.mock.calls[0]?.[0].id).toBe(next.getAttribute('data-event-id'));
    expect(panel.querySelector('h3')?.textContent).toBeTruthy();
    key(panel, 'Escape');
    expect(panel.hidden).toBe(true);
    expect(document.activeElement).toBe(next);
    t.destroy();
  });

  it('zoomTo re-lays out to the span: days become bands, clusters open', () => {
    const el = host({ dir: 'rtl', lang: 'ar' });
    const t = createTimeline(el, sampleTimeline(), { width: 900, height: 360 });
    const zoomSpy = vi.fn();
    t.on('zoom', zoomSpy);
    t.zoomTo('2024-06-17', '2024-06-22');
    const l = t.layout();
    expect(l.domain[0]).toBeCloseTo(Date.UTC(2024, 5, 17), -3);
    expect(l.domain[1]).toBeCloseTo(Date.UTC(2024, 5, 22), -3);
    expect(el.querySelector('[data-event-id="pyongyang-treaty"]')?.getAttribute('class')).toContain('tarikh-mark--band');
    expect(zoomSpy).toHaveBeenCalled();
    expect(() => t.zoomTo('2024-06-22', '2024-06-17')).toThrow(/end must come after/u);
    t.destroy();
  });

  it.each<[string, { zoomExtent?: [number, number]; orientation?: 'vertical' }, (full: number) => number]>([
    ['the default zoom extent', {}, (full) => full / 5000],
    ['a zoom extent past a millisecond', { zoomExtent: [1, 1e15] }, () => 10],
    ['the default zoom extent, vertically', { orientation: 'vertical' }, (full) => full / 5000],
  ])('zoomTo a span narrower than %s allows shows the narrowest it allows, around the same middle, inside the data', (_, extent, narrowest) => {
    const el = host({ dir: 'rtl', lang: 'ar' });
    const t = createTimeline(el, sampleTimeline(), { width: 900, height: 560, ...extent });
    const check = (): void => {
      const [f0, f1] = t.layout().fullDomain;
      const a = (f0 + f1) / 2;
      t.zoomTo(a, a + 0.5);
      const [d0, d1] = t.layout().domain;
      expect(d1 - d0).toBeCloseTo(narrowest(f1 - f0), 3);
      expect((d0 + d1) / 2).toBeCloseTo(a + 0.25, 3);
      // Wider than everything: the full view. Past the end: the view stops at the data's end.
      t.zoomTo(f0 - 1e12, f1 + 1e12);
      expect(t.layout().domain[0]).toBeCloseTo(f0, -1);
      expect(t.layout().domain[1]).toBeCloseTo(f1, -1);
      t.zoomTo(f1, f1 + (f1 - f0) / 2);
      expect(t.layout().domain[1]).toBeCloseTo(f1, -1);
      expect(t.layout().domain[1] - t.layout().domain[0]).toBeCloseTo((f1 - f0) / 2, -1);
    };
    check();
    // The limits follow the data when it changes.
    const next = sampleTimeline();
    next.events = next.events.slice(0, 3);
    t.update(next);
    check();
    t.destroy();
  });

  it('select reaches the event’s own mark even past the zoom extent a reader’s wheel stops at', () => {
    const el = host({ dir: 'rtl', lang: 'ar' });
    const tl = syntheticTimeline(3000);
    const t = createTimeline(el, tl, { width: 900, height: 360, zoomExtent: [1, 2] });
    const clustered = t.layout().clusters.find((c) => c.count > 20)?.eventIds[10] as string;
    expect(clustered).toBeDefined();
    t.select(clustered);
    expect(t.layout().marks.some((m) => m.id === clustered)).toBe(true);
    expect(el.querySelector(`[data-event-id="${clustered}"]`)?.classList.contains('tarikh-selected')).toBe(true);
    t.destroy();
  });

  it('keeps the keyboard focus honest through zoom steps: a focused badge keeps its cluster or hands the focus on', () => {
    const el = host({ dir: 'rtl', lang: 'ar' });
    const t = createTimeline(el, syntheticTimeline(3000), { width: 900, height: 360 });
    type Badge = SVGGElement & { __data__: LayoutCluster };
    const [a, b] = t.layout().fullDomain;
    let moved = 0;
    for (let step = 1; step <= 12; step++) {
      const badges = [...el.querySelectorAll('g.tarikh-cluster')] as Badge[];
      const badge = badges[Math.floor(badges.length / 2)]!;
      badge.focus();
      const before = badge.__data__.id;
      const mid = a + ((b - a) * (0.3 + step / 40));
      const half = (b - a) / (2 + step);
      t.zoomTo(mid - half, mid + half);
      const now = document.activeElement as Element;
      // Still in the timeline, and its one tab stop.
      expect(el.querySelector('svg')!.contains(now), `step ${step}`).toBe(true);
      expect([...el.querySelectorAll('[tabindex="0"]')], `step ${step}`).toEqual([now]);
      // The same badge element means the same cluster, never another one under the old focus.
      if (now === badge) expect((now as Badge).__data__.id, `step ${step}`).toBe(before);
      else moved++;
      expect(t.layout().clusters.includes((now as Badge).__data__) || now.classList.contains('tarikh-mark'), `step ${step}`).toBe(true);
    }
    expect(moved).toBeGreaterThan(0);
    t.destroy();
  });

  it('select() zooms to a clustered event and opens its details', () => {
    const tl = sampleTimeline();
    const el = host({ dir: 'rtl', lang: 'ar' });
    const t = createTimeline(el, tl, { width: 600, height: 200, orientation: 'horizontal' });
    const hidden = t.layout().clusters.flatMap((c) => c.eventIds)[0];
    expect(hidden).toBeDefined();
    t.select(hidden as string);
    expect(t.layout().marks.some((m) => m.id === hidden)).toBe(true);
    expect((el.querySelector('.tarikh-details') as HTMLElement).getAttribute('data-event-id')).toBe(hidden);
    expect(() => t.select('no-such-event')).toThrow(/no event with id "no-such-event"/u);
    t.destroy();
  });

  it('writes hostile article text as text, and links only http(s)', () => {
    const tl = sampleTimeline();
    const e = tl.events[0]!;
    e.title = '<img src=x onerror=alert(1)>';
    e.sources[0]!.quote = '<script>alert(1)</script>';
    e.sources[0]!.outlet = '"><svg onload=alert(1)>';
    e.sources[0]!.url = 'javascript:alert(1)';
    if (e.sources[1] !== undefined) e.sources[1].url = 'https://example.org/a';
    const el = host({ dir: 'rtl', lang: 'ar' });
    const t = createTimeline(el, tl, { width: 900, height: 360 });
    t.select(e.id);
    expect(el.querySelectorAll('img, script, svg svg').length).toBe(0);
    const panel = el.querySelector('.tarikh-details') as HTMLElement;
    expect(panel.textContent).toContain('<script>alert(1)</script>');
    const hrefs = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.every((h) => h !== null && /^https?:/u.test(h))).toBe(true);
    const attrs = [...el.querySelectorAll('*')].flatMap((x) => [...x.attributes].map((a) => a.name));
    expect(attrs.filter((a) => a.startsWith('on'))).toEqual([]);
    t.destroy();
  });

  it('destroy removes every element and listener', () => {
    const el = host({ dir: 'rtl', lang: 'ar' });
    el.appendChild(document.createElement('p'));
    const add = vi.spyOn(EventTarget.prototype, 'addEventListener');
    const remove = vi.spyOn(EventTarget.prototype, 'removeEventListener');
    const t = createTimeline(el, sampleTimeline(), { width: 900, height: 360 });
    const spy = vi.fn();
    t.on('select', spy);
    t.destroy();
    expect(el.children.length).toBe(1);
    expect(el.querySelector('.tarikh')).toBeNull();
    // Every listener added on the timeline's nodes was removed again.
    const added = add.mock.calls.map((c, i) => [add.mock.contexts[i], c[0]] as const);
    const removed = remove.mock.calls.map((c, i) => [remove.mock.contexts[i], c[0]] as const);
    for (const [target, type] of added) expect(removed.some(([t2, ty]) => t2 === target && ty === type), `${String(type)} not removed`).toBe(true);
    add.mockRestore();
    remove.mockRestore();
  });

  it('rejects bad options naming them', () => {
    const el = host();
    expect(() => createTimeline(el, sampleTimeline(), { lanes: 'lane' as never })).toThrow(/invalid lanes: "lane"/u);
    expect(() => createTimeline(null as never, sampleTimeline())).toThrow(TypeError);
    expect(el.children.length).toBe(0);
  });
});
