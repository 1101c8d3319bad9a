// Layout and static drawing timings in Node for 1,000 / 10,000 / 100,000 synthetic events:
// first layout (dates parsed, formatted, labels measured), a zoom frame (re-layout with a new
// domain, cached per timeline), and drawTimeline into a jsdom document. Run: npm run bench:layout
import { performance } from 'node:perf_hooks';
import { JSDOM } from 'jsdom';
import { layout } from '../../src/layout/layout.js';
import { drawTimeline } from '../../src/render/draw.js';
import { syntheticTimeline } from '../layout/fixtures.js';

function stats(xs: number[]): string {
  const s = xs.slice().sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  const p95 = s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? 0;
  return `mean ${mean.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`;
}

// Warm up the JIT and jsdom once so the first size is not charged for it.
{
  const tl = syntheticTimeline(500);
  const dom = new JSDOM('<!doctype html><body></body>');
  const svg = dom.window.document.createElementNS('http://www.w3.org/2000/svg', 'svg') as unknown as SVGSVGElement;
  drawTimeline({ document: dom.window.document as unknown as Document }, svg, layout(tl), {});
}

const sizes = process.argv.includes('--quick') ? [1000, 10_000] : [1000, 10_000, 100_000];
for (const n of sizes) {
  const firsts: number[] = [];
  const frames: number[] = [];
  const draws: number[] = [];
  const runs = n >= 100_000 ? 2 : 5;
  for (let r = 0; r < runs; r++) {
    const tl = syntheticTimeline(n, 3650, 3);
    let t = performance.now();
    const base = layout(tl, { width: 1200, height: 500, lanes: 'type' });
    firsts.push(performance.now() - t);
    const span = base.fullDomain[1] - base.fullDomain[0];
    for (let i = 1; i <= 20; i++) {
      const k = 1 + i * 0.5;
      const mid = base.fullDomain[0] + span * 0.4;
      t = performance.now();
      layout(tl, { width: 1200, height: 500, lanes: 'type', domain: [mid - span / (2 * k), mid + span / (2 * k)] });
      frames.push(performance.now() - t);
    }
    const dom = new JSDOM('<!doctype html><body></body>');
    const svg = dom.window.document.createElementNS('http://www.w3.org/2000/svg', 'svg') as unknown as SVGSVGElement;
    t = performance.now();
    drawTimeline({ document: dom.window.document as unknown as Document }, svg, base, { embedStyle: true });
    draws.push(performance.now() - t);
  }
  console.log(`${n.toLocaleString('en')} events: first layout ${stats(firsts)}; zoom-frame layout ${stats(frames)}; drawTimeline (jsdom) ${stats(draws)}`);
}
