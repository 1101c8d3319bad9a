import { describe, expect, it } from 'vitest';
import { sampleTimeline } from '../support/sampleTimeline.js';
import { watchPage } from './harness/page.js';
import { useBrowser } from './harness/session.js';

// The size a timeline takes from its host: the host's own height when it has one, the default
// otherwise — never the height of its own drawing (or of an svg not yet sized, 150 px).
const { server, browser } = useBrowser();

async function heights(hostStyle: string, viewportWidth: number): Promise<{ layout: number; svg: number; orientation: string }> {
  const w = await watchPage(browser().context, { width: viewportWidth, height: 900 });
  await w.page.goto(`${server().url}/test/browser/fixtures/bundle.html`);
  const out = await w.page.evaluate(
    async ({ tl, hostStyle }) => {
      const host = document.getElementById('root')!;
      host.setAttribute('style', hostStyle);
      const h = (window as unknown as { Tarikh: { createTimeline(el: Element, t: unknown): { layout(): { height: number; orientation: string } } } }).Tarikh.createTimeline(host, tl);
      // Let the ResizeObserver run: it must not shrink or grow the drawing.
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
      return { layout: h.layout().height, svg: host.querySelector('svg')!.getBoundingClientRect().height, orientation: h.layout().orientation };
    },
    { tl: sampleTimeline(), hostStyle },
  );
  expect(w.errors).toEqual([]);
  await w.close();
  return out;
}

describe('timeline size from its host', () => {
  it('a host without a height gets the default height (360 px wide, 560 px vertical)', async () => {
    expect(await heights('width: 1000px', 1200)).toEqual({ layout: 360, svg: 360, orientation: 'horizontal' });
    expect(await heights('width: 360px', 375)).toEqual({ layout: 560, svg: 560, orientation: 'vertical' });
  });

  it('a host with a height is filled', async () => {
    expect(await heights('width: 1000px; height: 420px', 1200)).toEqual({ layout: 420, svg: 420, orientation: 'horizontal' });
  });
});
