// `npm run bench:browser`: first render and zoom frame times of the IIFE bundle in headless
// Debian Chromium, for 1,000 / 10,000 / 100,000 synthetic events, plus the bundle sizes.
//
// First render: from calling Tarikh.createTimeline to the start of the next animation frame, with
// style and layout forced, so the figure includes everything the browser must do before painting.
// Zoom: a sequence of zoomTo() steps, one per animation frame (as a wheel gesture produces them);
// "work" is the main-thread time of a step (redraw + style + layout), "frame" the interval between
// consecutive animation frames (includes paint; vsync-quantized at 60 Hz).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../browser/harness/chromium.js';
import { startStaticServer } from '../browser/harness/server.js';
import { watchPage } from '../browser/harness/page.js';
import { syntheticTimeline } from '../support/syntheticTimeline.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sizes = [1_000, 10_000, 100_000];
const renders = (n: number) => (n >= 100_000 ? 3 : 7);
const zoomSteps = 60;

interface Stats {
  mean: number;
  p95: number;
  median: number;
}
function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
  return { mean: s.reduce((a, b) => a + b, 0) / s.length, p95: at(0.95), median: at(0.5) };
}
const ms = (x: number) => `${x.toFixed(1)} ms`;

function bundleSize(path: string): { min: number; gzip: number } | null {
  try {
    const buf = readFileSync(new URL(`../../${path}`, import.meta.url));
    return { min: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const server = await startStaticServer(root);
  const browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
  const rows: string[] = [];
  try {
    const w = await watchPage(browser.context);
    await w.page.goto(`${server.url}/test/bench/browser.html`);
    await w.page.waitForFunction(() => typeof (window as unknown as { Tarikh?: unknown }).Tarikh === 'object');
    for (const n of sizes) {
      const json = JSON.stringify(syntheticTimeline(n));
      const result = await w.page.evaluate(
        async ({ json, repeats, steps }) => {
          type Handle = { zoomTo(a: number | string, b: number | string): void; destroy(): void };
          const T = (window as unknown as { Tarikh: { createTimeline(el: Element, tl: unknown, o?: unknown): Handle } }).Tarikh;
          const host = document.getElementById('root')!;
          const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
          const firsts: number[] = [];
          let handle: Handle | null = null;
          for (let i = 0; i < repeats; i++) {
            handle?.destroy();
            host.replaceChildren();
            const tl = JSON.parse(json);
            await frame();
            const t0 = performance.now();
            handle = T.createTimeline(host, tl, { width: 1200, height: 600 });
            host.getBoundingClientRect();
            await frame();
            document.body.offsetHeight;
            firsts.push(performance.now() - t0);
          }
          const marks = host.querySelectorAll('[data-event-id]').length;
          // Zoom in towards the middle of the data, then back out: the spans a wheel gesture visits.
          const tl = JSON.parse(json) as { events: { when: { start: string } }[] };
          const times = tl.events.map((e) => Date.parse(e.when.start + (e.when.start.includes('T') ? 'Z' : 'T00:00Z'))).sort((a, b) => a - b);
          const lo = times[0]!;
          const hi = times[times.length - 1]!;
          const mid = (lo + hi) / 2;
          const work: number[] = [];
          const frames: number[] = [];
          let last = await frame();
          for (let s = 0; s < steps; s++) {
            const k = s < steps / 2 ? s : steps - s;
            const half = ((hi - lo) / 2) * Math.pow(0.85, k);
            const ts = await frame();
            frames.push(ts - last);
            last = ts;
            const t0 = performance.now();
            handle!.zoomTo(mid - half, mid + half);
            document.body.offsetHeight;
            host.getBoundingClientRect();
            work.push(performance.now() - t0);
          }
          const after = host.querySelectorAll('[data-event-id]').length;
          handle!.destroy();
          return { firsts, work, frames: frames.slice(1), marks, after };
        },
        { json, repeats: renders(n), steps: zoomSteps },
      );
      const f = stats(result.firsts);
      const z = stats(result.work);
      const fr = stats(result.frames);
      rows.push(
        `| ${n.toLocaleString('en')} | ${ms(f.median)} (mean ${ms(f.mean)}) | ${ms(z.mean)} / ${ms(z.p95)} | ${ms(fr.mean)} / ${ms(fr.p95)} | ${result.marks} |`,
      );
      process.stdout.write(`${n}: first render median ${ms(f.median)}, zoom work mean ${ms(z.mean)} p95 ${ms(z.p95)}, frame mean ${ms(fr.mean)} p95 ${ms(fr.p95)}\n`);
    }
    if (w.errors.length) process.stdout.write(`page errors: ${w.errors.join('; ')}\n`);
    await w.close();
  } finally {
    await browser.close();
    await server.close();
  }
  const version = (await import('playwright-core')).chromium.name();
  process.stdout.write(`\nHeadless ${version} (${process.env.TARIKH_CHROMIUM ?? '/usr/bin/chromium'}), viewport 1280×800, timeline 1200×600.\n\n`);
  process.stdout.write('| events | first render (median) | zoom work mean / p95 | zoom frame mean / p95 | marks drawn |\n| --- | --- | --- | --- | --- |\n');
  process.stdout.write(rows.join('\n') + '\n\n');
  for (const [label, path] of [
    ['tarikh/render (dist/render.min.js)', 'dist/render.min.js'],
    ['IIFE bundle, parser + renderer (dist/tarikh.iife.min.js)', 'dist/tarikh.iife.min.js'],
  ] as const) {
    const s = bundleSize(path);
    if (s) process.stdout.write(`${label}: ${(s.min / 1024).toFixed(1)} KB min, ${(s.gzip / 1024).toFixed(1)} KB min+gzip\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:browser failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
