// A/B of two browser bundles on the zoomTo frames of `npm run bench:browser`: on a shared machine a
// single run varies by ±30 %, so a change to the renderer is measured against the code before it,
// in the same browser, rounds alternating between the two.
//
//   npm run build && cp dist/tarikh.iife.js /tmp/new.js
//   git stash && npm run build && cp dist/tarikh.iife.js /tmp/old.js && git stash pop
//   npm run bench:ab -- /tmp/old.js /tmp/new.js [--rounds 20] [--events 10000]
//
// Each round loads a bundle in a fresh page, draws the synthetic timeline, lets idle work settle,
// then makes the bench's 60 zoomTo steps (15 % each, in and back out), one per animation frame.
// A frame's "work" is from its first animation-frame callback to the end of its forced style and
// layout (the bench's definition); frames after the last step count while marks are still arriving.
import { readFileSync } from 'node:fs';
import { launchChromium } from '../browser/harness/chromium.js';
import { syntheticTimeline } from '../support/syntheticTimeline.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1) {
    console.error(`${name}: expected a positive whole number, got ${JSON.stringify(args[i + 1])}`);
    process.exit(2);
  }
  return v;
};
const rounds = option('--rounds', 10);
const count = option('--events', 10_000);
const bundles = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (bundles.length !== 2) {
  console.error('usage: npm run bench:ab -- <bundle A.js> <bundle B.js> [--rounds N] [--events N]');
  process.exit(2);
}
const code = bundles.map((b) => {
  try {
    return readFileSync(b, 'utf8');
  } catch (e) {
    console.error(`${b}: ${(e as Error).message}`);
    process.exit(2);
  }
});

const json = JSON.stringify(syntheticTimeline(count));
const browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
const work: number[][] = [[], []];
try {
  for (let r = 0; r < rounds; r++) {
    for (const k of [0, 1]) {
      const page = await browser.context.newPage();
      await page.setContent('<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body style="margin:0"><div id="root" style="width:1200px;height:600px"></div></body></html>');
      await page.addScriptTag({ content: code[k] as string });
      // tsx keeps function names with a helper, __name, that the page does not have.
      await page.evaluate('globalThis.__name = (f) => f');
      const frames = await page.evaluate(async (text: string) => {
        const T = (window as unknown as { Tarikh?: { createTimeline(e: Element, t: unknown, o: unknown): { zoomTo(a: number, b: number): void; layout(): { marks: unknown[] } } } }).Tarikh;
        if (T === undefined) throw new Error('the bundle defines no window.Tarikh (an IIFE build is expected)');
        const frame = (): Promise<number> => new Promise((ok) => requestAnimationFrame(ok));
        const host = document.getElementById('root') as HTMLElement;
        const tl = JSON.parse(text) as { events: { when: { start: string } }[] };
        const times = tl.events.map((e) => Date.parse(e.when.start + (e.when.start.includes('T') ? 'Z' : 'T00:00Z'))).sort((a, b) => a - b);
        const lo = times[0] as number;
        const hi = times[times.length - 1] as number;
        const mid = (lo + hi) / 2;
        const handle = T.createTimeline(host, tl, { width: 1200, height: 600 });
        await new Promise((ok) => setTimeout(ok, 1500));
        const out: number[] = [];
        let t0 = 0;
        const startNext = (): void => void requestAnimationFrame(() => (t0 = performance.now()));
        const complete = (): boolean => host.querySelectorAll('g.tarikh-mark').length === handle.layout().marks.length;
        await frame();
        startNext();
        for (let s = 0; s < 70; s++) {
          if (s >= 60 && complete()) break;
          await frame();
          startNext();
          if (s < 60) {
            const half = ((hi - lo) / 2) * Math.pow(0.85, s < 30 ? s : 60 - s);
            handle.zoomTo(mid - half, mid + half);
          }
          void document.body.offsetHeight;
          out.push(performance.now() - t0);
        }
        return out;
      }, json);
      (work[k] as number[]).push(...frames);
      await page.close();
    }
  }
} finally {
  await browser.close();
}

const stats = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number): string => (s[Math.min(s.length - 1, Math.floor(s.length * q))] as number).toFixed(1);
  return `mean ${(s.reduce((a, b) => a + b, 0) / s.length).toFixed(1)} ms, median ${at(0.5)} ms, p95 ${at(0.95)} ms (${s.length} frames)`;
};
console.log(`zoomTo frame work, ${count.toLocaleString('en')} events, ${rounds} alternating rounds:`);
bundles.forEach((b, k) => console.log(`  ${k === 0 ? 'A' : 'B'} ${b}: ${stats(work[k] as number[])}`));
