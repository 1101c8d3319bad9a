// A/B of two browser bundles on the zoomTo frames of `npm run bench:browser`: on a shared machine a
// single run varies by ±30 %, so a change to the renderer is measured against the code before it,
// in the same browser, rounds alternating between the two.
//
//   npm run build && cp dist/tarikh.iife.js /tmp/new.js
//   git stash && npm run build && cp dist/tarikh.iife.js /tmp/old.js && git stash pop
//   npm run bench:ab -- /tmp/old.js /tmp/new.js [--rounds 20] [--events 10000]
//
// Each round loads a bundle in a fresh page with the bench's own page and page script
// (browser.html, browserBench.js) and keeps its zoomTo frames: `npm run bench:browser`'s "work" —
// from a frame's first animation-frame callback to the end of its forced style and layout, 60
// steps of 15 % in and back out, frames after the last step counting while marks still arrive.
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
// The bench's page without its scripts: the bundle under test and the page script go in instead.
const html = readFileSync(new URL('./browser.html', import.meta.url), 'utf8').replace(/<script[^>]*><\/script>/gu, '');
const pageScript = readFileSync(new URL('./browserBench.js', import.meta.url), 'utf8');
const browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
const work: number[][] = [[], []];
/** The first FIRST_STEPS frames of each round: a page's first zoom, where the JIT meets code paths the first render did not take. */
const FIRST_STEPS = 5;
const first: number[][] = [[], []];
try {
  for (let r = 0; r < rounds; r++) {
    for (const k of [0, 1]) {
      const page = await browser.context.newPage();
      await page.setContent(html);
      await page.addScriptTag({ content: code[k] as string });
      await page.addScriptTag({ content: pageScript });
      if (!(await page.evaluate('typeof window.Tarikh === "object"'))) throw new Error(`${bundles[k]}: defines no window.Tarikh (an IIFE build is expected)`);
      // One first render, then the zoom steps (as the bench makes them).
      const result = (await page.evaluate(`window.tarikhBench(${JSON.stringify(json)}, 1, 60)`)) as { work: number[] };
      (work[k] as number[]).push(...result.work);
      (first[k] as number[]).push(...result.work.slice(0, FIRST_STEPS));
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
console.log(`the first ${FIRST_STEPS} zoom steps after the first render:`);
bundles.forEach((b, k) => console.log(`  ${k === 0 ? 'A' : 'B'} ${b}: ${stats(first[k] as number[])}`));
