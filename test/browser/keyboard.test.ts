import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sampleTimeline } from '../support/sampleTimeline.js';
import { watchPage, type PageWatch } from './harness/page.js';
import { useBrowser } from './harness/session.js';

// Keyboard use of the live timeline (the IIFE bundle) in Chromium: real key presses, positions read
// from the rendered page. ←/→ follow the screen (so on a right-to-left axis ← goes later in time),
// Home/End go to the earliest/latest event, +/- zoom, Enter opens the details, Escape closes them.
const { server, browser } = useBrowser();
const timeline = sampleTimeline();
const startOf = (id: string): number => Date.parse(timeline.events.find((e) => e.id === id)!.when.start.slice(0, 10));

/** Opens the bundle page and draws the sample timeline in a host with the given dir and lang. */
async function open(dir: 'rtl' | 'ltr', lang: string): Promise<PageWatch> {
  const w = await watchPage(browser().context, { width: 1200, height: 800 });
  await w.page.goto(`${server().url}/test/browser/fixtures/bundle.html`);
  await w.page.evaluate(
    ({ tl, dir, lang }) => {
      const host = document.getElementById('root')!;
      host.setAttribute('dir', dir);
      host.setAttribute('lang', lang);
      const T = (window as unknown as { Tarikh: { createTimeline(el: Element, t: unknown, o?: unknown): unknown } }).Tarikh;
      (window as unknown as { h: unknown }).h = T.createTimeline(host, tl, { height: 420 });
    },
    { tl: timeline, dir, lang },
  );
  await w.page.locator('g.tarikh-mark').first().waitFor({ state: 'attached' });
  return w;
}

interface Focused {
  id: string | null;
  /** Screen x of the focused item's centre. */
  x: number;
}
const focused = (page: Page): Promise<Focused | null> =>
  page.evaluate(() => {
    const item = document.activeElement?.closest('g.tarikh-mark, g.tarikh-cluster');
    if (!item) return null;
    const r = (item.querySelector('.tarikh-shape, .tarikh-cluster-badge') ?? item).getBoundingClientRect();
    return { id: item.getAttribute('data-event-id'), x: r.x + r.width / 2 };
  });

/** Screen x of every focusable item's centre. */
const itemXs = (page: Page): Promise<number[]> =>
  page.locator('g.tarikh-mark .tarikh-shape, g.tarikh-cluster .tarikh-cluster-badge').evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    return r.x + r.width / 2;
  }));

const span = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const d = (window as unknown as { h: { layout(): { domain: [number, number] } } }).h.layout().domain;
    return d[1] - d[0];
  });

/** Tabs from the page into the timeline: its one tab stop. */
async function tabIn(page: Page): Promise<Focused> {
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f !== null) return f;
  }
  throw new Error('Tab never reached the timeline');
}

function clean(w: PageWatch): void {
  expect(w.errors).toEqual([]);
  expect(w.offsite).toEqual([]);
  expect(w.dialogs).toEqual([]);
}

describe('keyboard in Chromium', () => {
  it('RTL: ← moves to the mark on the left, which is later in time; → back to the right, earlier', async () => {
    const w = await open('rtl', 'ar');
    expect(await w.page.locator('.tarikh').getAttribute('dir')).toBe('rtl');
    await tabIn(w.page);
    await w.page.keyboard.press('Home');
    let here = (await focused(w.page))!;
    const steps: Focused[] = [here];
    for (let i = 0; i < 3; i++) {
      await w.page.keyboard.press('ArrowLeft');
      const next = (await focused(w.page))!;
      expect(next.x).toBeLessThan(here.x);
      if (next.id !== null && here.id !== null) expect(startOf(next.id)).toBeGreaterThanOrEqual(startOf(here.id));
      steps.push(next);
      here = next;
    }
    await w.page.keyboard.press('ArrowRight');
    const back = (await focused(w.page))!;
    expect(back.x).toBeGreaterThan(here.x);
    expect(back.id).toBe(steps[steps.length - 2]!.id);
    clean(w);
    await w.close();
  });

  it('LTR: → moves to the mark on the right, later in time', async () => {
    const w = await open('ltr', 'en');
    await tabIn(w.page);
    await w.page.keyboard.press('Home');
    let here = (await focused(w.page))!;
    for (let i = 0; i < 3; i++) {
      await w.page.keyboard.press('ArrowRight');
      const next = (await focused(w.page))!;
      expect(next.x).toBeGreaterThan(here.x);
      if (next.id !== null && here.id !== null) expect(startOf(next.id)).toBeGreaterThanOrEqual(startOf(here.id));
      here = next;
    }
    clean(w);
    await w.close();
  });

  it('Home and End move the focus to the earliest and the latest event (right and left ends in RTL)', async () => {
    for (const [dir, lang] of [['rtl', 'ar'], ['ltr', 'en']] as const) {
      const w = await open(dir, lang);
      await tabIn(w.page);
      const xs = await itemXs(w.page);
      const right = Math.max(...xs);
      const left = Math.min(...xs);
      await w.page.keyboard.press('End');
      const last = (await focused(w.page))!;
      expect(last.x).toBeCloseTo(dir === 'rtl' ? left : right, 0);
      await w.page.keyboard.press('Home');
      const first = (await focused(w.page))!;
      expect(first.x).toBeCloseTo(dir === 'rtl' ? right : left, 0);
      // The earliest event of the timeline is the one Home reached.
      const earliest = [...timeline.events].sort((a, b) => startOf(a.id) - startOf(b.id))[0]!;
      expect(first.id).toBe(earliest.id);
      clean(w);
      await w.close();
    }
  });

  it('+ zooms in and - zooms out around the focused mark', async () => {
    const w = await open('rtl', 'ar');
    await tabIn(w.page);
    const full = await span(w.page);
    await w.page.keyboard.press('+');
    await expect.poll(() => span(w.page)).toBeLessThan(full * 0.6);
    const zoomed = await span(w.page);
    await w.page.keyboard.press('+');
    await expect.poll(() => span(w.page)).toBeLessThan(zoomed * 0.6);
    await w.page.keyboard.press('-');
    await w.page.keyboard.press('-');
    await expect.poll(() => span(w.page)).toBeCloseTo(full, -3);
    // The focus stays in the timeline through the redraws.
    expect(await focused(w.page)).not.toBeNull();
    clean(w);
    await w.close();
  });

  it('Enter opens the focused event’s details, Escape closes them and returns the focus', async () => {
    const w = await open('rtl', 'ar');
    await tabIn(w.page);
    await w.page.keyboard.press('Home');
    const mark = (await focused(w.page))!;
    expect(mark.id).not.toBeNull();
    const panel = w.page.locator('.tarikh-details');
    await w.page.keyboard.press('Enter');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('h3').textContent()).toBe(timeline.events.find((e) => e.id === mark.id)!.title);
    await w.page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect((await focused(w.page))?.id).toBe(mark.id);
    // A visible focus ring: the focused mark outlined in the focus colour (light theme #c2410c).
    const ring = await w.page.evaluate(() => {
      const shape = getComputedStyle(document.activeElement!.querySelector('.tarikh-shape')!);
      return [shape.stroke, shape.strokeWidth, shape.filter];
    });
    expect(ring).toEqual(['rgb(194, 65, 12)', '3px', 'drop-shadow(rgb(194, 65, 12) 0px 0px 2px)']);
    clean(w);
    await w.close();
  });
});
