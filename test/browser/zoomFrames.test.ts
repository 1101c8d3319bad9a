import { describe, expect, it } from 'vitest';
import { syntheticTimeline } from '../support/syntheticTimeline.js';
import { watchPage } from './harness/page.js';
import { useBrowser } from './harness/session.js';

// A zoom step of a big timeline in Chromium: the marks that stay move in the step's own frame, the
// arriving ones follow in the next idle moments (createTimeline spreads the step, see SLICE_MS),
// and the drawing ends up exactly the new layout.
const { server, browser } = useBrowser();

describe('zoom steps spread over frames', () => {
  it('moves the marks that stay at once and draws the arriving ones soon after', async () => {
    const w = await watchPage(browser().context, { width: 1300, height: 800 });
    await w.page.goto(`${server().url}/test/browser/fixtures/bundle.html`);
    const r = await w.page.evaluate(async (tl) => {
      type Mark = { id: string; rect: { x: number } };
      type Handle = { layout(): { marks: Mark[] }; zoomTo(a: string, b: string): void };
      const T = (window as unknown as { Tarikh: { createTimeline(el: Element, t: unknown, o?: unknown): Handle } }).Tarikh;
      const h = T.createTimeline(document.getElementById('root')!, tl, { width: 1200, height: 600 });
      const drawn = () => new Map(Array.from(document.querySelectorAll('g.tarikh-mark')).map((g) => [g.getAttribute('data-event-id'), g.querySelector('.tarikh-shape')!.getBoundingClientRect().x]));
      const svgX = document.querySelector('svg')!.getBoundingClientRect().x;
      const before = new Set(h.layout().marks.map((m) => m.id));
      h.zoomTo('2010-01-01', '2011-01-01');
      const marks = h.layout().marks;
      const now = drawn();
      const stay = marks.filter((m) => before.has(m.id));
      const stayDrawn = stay.filter((m) => now.has(m.id) && Math.abs((now.get(m.id) as number) - svgX - m.rect.x) < 1).length;
      const stale = [...now.keys()].filter((id) => !marks.some((m) => m.id === id)).length;
      const start = performance.now();
      while (document.querySelectorAll('g.tarikh-mark').length !== marks.length && performance.now() - start < 3000) await new Promise((ok) => setTimeout(ok, 20));
      const end = drawn();
      const placed = marks.filter((m) => end.has(m.id) && Math.abs((end.get(m.id) as number) - svgX - m.rect.x) < 1).length;
      return { marks: marks.length, stay: stay.length, stayDrawn, stale, first: now.size, end: end.size, placed };
    }, syntheticTimeline(10_000));
    expect(r.marks).toBeGreaterThan(r.stay);
    expect(r.stayDrawn).toBe(r.stay);
    expect(r.stale).toBe(0);
    expect(r.end).toBe(r.marks);
    expect(r.placed).toBe(r.marks);
    expect(w.errors).toEqual([]);
    await w.close();
  });
});
