import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { watchPage, type PageWatch } from './harness/page.js';
import { repoRoot, screenshotDir, useBrowser } from './harness/session.js';

// The example pages, loaded over a local server as a reader's browser would: each must draw marks,
// print no console error, fetch nothing off localhost and open no dialog.
const { server, browser } = useBrowser();
const sample = JSON.parse(readFileSync(`${repoRoot}examples/data/sample-timeline.json`, 'utf8')) as { events: { id: string; title: string; when: { start: string } }[] };
const startOf = (id: string): number => Date.parse(sample.events.find((e) => e.id === id)!.when.start.slice(0, 10));

async function open(path: string, viewport = { width: 1200, height: 900 }): Promise<PageWatch> {
  const w = await watchPage(browser().context, viewport);
  await w.page.goto(`${server().url}/${path}`);
  await w.page.locator('g.tarikh-mark').first().waitFor({ state: 'attached', timeout: 15_000 });
  return w;
}

function clean(w: PageWatch): void {
  expect(w.errors).toEqual([]);
  expect(w.offsite).toEqual([]);
  expect(w.dialogs).toEqual([]);
}

/** The visible span of the example's timeline handle (window.tarikhTimeline). */
const span = (page: Page) =>
  page.evaluate(() => {
    const d = (window as unknown as { tarikhTimeline: { layout(): { domain: [number, number] } } }).tarikhTimeline.layout().domain;
    return d[1] - d[0];
  });

/** Screen x of each drawn mark's centre, by event id. */
const markXs = (page: Page) =>
  page.locator('g.tarikh-mark .tarikh-shape').evaluateAll((els) =>
    Object.fromEntries(
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return [el.closest('[data-event-id]')!.getAttribute('data-event-id'), r.x + r.width / 2];
      }),
    ),
  );

describe('example pages', () => {
  it.each(['news-ar.html', 'news-en.html', 'custom-element.html', 'embed-script-tag.html'])('%s draws marks cleanly', async (name) => {
    const w = await open(`examples/${name}`);
    await w.page.waitForTimeout(300);
    expect(await w.page.locator('g.tarikh-mark').count()).toBeGreaterThan(0);
    await w.page.screenshot({ path: `${screenshotDir}${name.replace('.html', '')}.png`, fullPage: true });
    clean(w);
    await w.close();
  });

  it('wheel zoom narrows the visible span', async () => {
    const w = await open('examples/news-ar.html');
    const before = await span(w.page);
    const box = (await w.page.locator('.tarikh svg').first().boundingBox())!;
    await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 5; i++) await w.page.mouse.wheel(0, -300);
    await w.page.waitForTimeout(400);
    const after = await span(w.page);
    expect(after).toBeLessThan(before * 0.8);
    await w.page.screenshot({ path: `${screenshotDir}news-ar-zoomed.png` });
    clean(w);
    await w.close();
  });

  it('a wheel gesture moves the drawn marks at once and relays out when it ends', async () => {
    const w = await open('examples/news-ar.html');
    const r = await w.page.evaluate(async () => {
      const tl = (window as unknown as { tarikhTimeline: { layout(): { domain: [number, number] } } }).tarikhTimeline;
      const svg = document.querySelector('.tarikh svg')!;
      const b = svg.getBoundingClientRect();
      const frame = () => new Promise((ok) => requestAnimationFrame(ok));
      // Screen x of each drawn point mark (bands change width on relayout; points only move).
      const xs = () =>
        Object.fromEntries(
          Array.from(document.querySelectorAll('.tarikh g.tarikh-mark--point')).map((g) => {
            const box = g.querySelector('.tarikh-shape')!.getBoundingClientRect();
            return [g.getAttribute('data-event-id'), box.x + box.width / 2];
          }),
        );
      // Elements a gesture frame moved and the relayout has not put back: anything with a transform
      // but marks and label boxes (placed by theirs), and badges whose transform is not their centre.
      const stillShifted = () =>
        Array.from(document.querySelectorAll('.tarikh svg [transform]:not(g.tarikh-mark, g.tarikh-label-box)')).filter((el) => {
          const d = (el as Element & { __data__?: { cx: number; cy: number } }).__data__;
          const r3 = (n: number) => Math.round(n * 1000) / 1000;
          return !(el.matches('g.tarikh-cluster') && d !== undefined && el.getAttribute('transform') === `translate(${r3(d.cx)},${r3(d.cy)})`);
        }).length;
      const d0 = tl.layout().domain;
      // Zoom in around the first point mark, so the points near it stay in view.
      const x0 = (Object.values(xs())[0] as number | undefined) ?? b.left + b.width / 2;
      const t0 = performance.now();
      svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -300, clientX: x0, clientY: b.top + b.height / 2, bubbles: true, cancelable: true }));
      await frame();
      document.body.offsetHeight;
      // The relayout waits for a pause of 120 ms: only a frame that came sooner shows the moved state.
      const mid = { fast: performance.now() - t0 < 100, same: tl.layout().domain.join() === d0.join(), shifted: document.querySelectorAll('.tarikh g.tarikh-tick[transform]').length, xs: xs() };
      await new Promise((ok) => setTimeout(ok, 400));
      await frame();
      return { d0, d1: tl.layout().domain, mid, shiftedAfter: stillShifted(), xs: xs() };
    });
    expect(r.d1[1] - r.d1[0]).toBeLessThan((r.d0[1] - r.d0[0]) * 0.8);
    expect(r.shiftedAfter).toBe(0);
    if (r.mid.fast) {
      expect(r.mid.same).toBe(true);
      expect(r.mid.shifted).toBeGreaterThan(0);
      // Where a frame moved a mark is where the relayout draws it.
      const common = Object.keys(r.mid.xs).filter((id) => id in r.xs);
      expect(common.length, JSON.stringify([r.mid.xs, r.xs])).toBeGreaterThan(0);
      for (const id of common) expect(Math.abs(r.mid.xs[id]! - r.xs[id]!)).toBeLessThan(1.5);
    }
    clean(w);
    await w.close();
  });

  it('Tab focuses a mark, arrows move the focus, Enter opens details, Escape closes them', async () => {
    const w = await open('examples/news-ar.html');
    const focused = () => w.page.evaluate(() => document.activeElement?.closest('g.tarikh-mark')?.getAttribute('data-event-id') ?? null);
    let id: string | null = null;
    for (let i = 0; i < 15 && id === null; i++) {
      await w.page.keyboard.press('Tab');
      id = await focused();
    }
    expect(id).not.toBeNull();
    await w.page.keyboard.press('ArrowLeft');
    const next = await focused();
    expect(next).not.toBeNull();
    expect(next).not.toBe(id);
    await w.page.keyboard.press('Enter');
    const panel = w.page.locator('.tarikh-details');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const title = sample.events.find((e) => e.id === next)!.title;
    expect(await panel.textContent()).toContain(title);
    await w.page.screenshot({ path: `${screenshotDir}news-ar-details.png` });
    await w.page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    clean(w);
    await w.close();
  });

  it('mirrors time: earlier events to the right on the Arabic page, to the left on the English one', async () => {
    for (const [name, rtl] of [['news-ar.html', true], ['news-en.html', false]] as const) {
      const w = await open(`examples/${name}`);
      const xs = await markXs(w.page);
      const ids = Object.keys(xs).sort((a, b) => startOf(a) - startOf(b));
      expect(ids.length).toBeGreaterThan(1);
      const first = xs[ids[0]!]!;
      const last = xs[ids[ids.length - 1]!]!;
      if (rtl) expect(first).toBeGreaterThan(last);
      else expect(first).toBeLessThan(last);
      clean(w);
      await w.close();
    }
  });

  it('turns vertical in a narrow viewport', async () => {
    const w = await open('examples/news-ar.html', { width: 400, height: 900 });
    await expect.poll(() => w.page.locator('.tarikh').first().getAttribute('data-orientation')).toBe('vertical');
    const svg = (await w.page.locator('.tarikh svg').first().boundingBox())!;
    expect(svg.width).toBeLessThanOrEqual(400);
    expect(svg.height).toBeGreaterThan(svg.width);
    await w.page.screenshot({ path: `${screenshotDir}news-ar-narrow.png`, fullPage: true });
    clean(w);
    await w.close();
  });

  it('keeps lanes in a narrow viewport: English lane titles, visible and apart', async () => {
    const w = await open('examples/news-en.html', { width: 375, height: 900 });
    await w.page.selectOption('#lanes', 'type');
    await expect.poll(() => w.page.locator('.tarikh').first().getAttribute('data-orientation')).toBe('vertical');
    await expect.poll(() => w.page.locator('text.tarikh-lane-label').count()).toBeGreaterThan(1);
    const titles = await w.page.locator('text.tarikh-lane-label').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        // The baseline and font size: a text's client rect is its font's line box (taller than the
        // glyphs with an Arabic-first font stack), so rows are compared by baseline.
        return { text: el.textContent ?? '', display: getComputedStyle(el).display, x: r.x, w: r.width, baseline: Number(el.getAttribute('y')), size: parseFloat(getComputedStyle(el).fontSize) };
      }),
    );
    const svg = (await w.page.locator('.tarikh svg').first().boundingBox())!;
    expect(titles.map((t) => t.text)).toContain('Arrival');
    for (const t of titles) {
      expect(t.display).not.toBe('none');
      expect(t.w).toBeGreaterThan(0);
      expect(t.x).toBeGreaterThanOrEqual(svg.x - 0.5);
      expect(t.x + t.w).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
    }
    for (let i = 0; i < titles.length; i++)
      for (let j = i + 1; j < titles.length; j++) {
        const a = titles[i]!;
        const b = titles[j]!;
        const apart = a.x + a.w <= b.x + 0.5 || b.x + b.w <= a.x + 0.5 || Math.abs(a.baseline - b.baseline) >= 1.2 * a.size;
        expect(apart, `lane titles "${a.text}" and "${b.text}" overlap: ${JSON.stringify([a, b])}`).toBe(true);
      }
    await w.page.screenshot({ path: `${screenshotDir}news-en-narrow-lanes.png`, fullPage: true });
    clean(w);
    await w.close();
  });
});
