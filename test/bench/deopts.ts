// Counts the times V8 throws away optimized code during a page's first zoom: Chromium runs with
// --js-flags=--trace-deopt, the bench page makes 7 first renders of 10,000 synthetic events and
// then the bench's 60 zoomTo steps (15 % in, then back out), and every deoptimization the renderer
// prints during the steps is counted by function and reason: eager ones (code meeting what it was
// not built for) and code marked for deoptimization because an assumption broke elsewhere ("marked:
// dependent field type constness changed" — a field of a hidden class other objects share was
// rewritten — throws away every function built on it at once). Each one costs its frame the slow
// path until V8 optimizes again; a function that deoptimizes on every step is a bug to fix.
// It also reports what the steps allocate (Chromium's sampling heap profiler), by function: what
// is allocated is what the garbage collector later stops a frame for.
//
//   npm run bench:deopts [-- bundle.js] [--events N]     (default: dist/tarikh.iife.js, 10,000)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticTimeline } from '../support/syntheticTimeline.js';

// The renderer's output reaches us only through Playwright's debug log (written to a file), which
// reads its settings when first loaded: Playwright is imported after they are set.
const profile = mkdtempSync(join(tmpdir(), 'tarikh-deopts-'));
const logFile = join(profile, 'browser.log');
process.env.DEBUG = 'pw:browser';
process.env.DEBUG_FILE = logFile;
const { chromium } = await import('playwright-core');
const { CHROMIUM_ARGS, CHROMIUM_PATH } = await import('../browser/harness/chromium.js');

const args = process.argv.slice(2);
const at = args.indexOf('--events');
const count = at >= 0 ? Number(args[at + 1]) : 10_000;
if (!Number.isInteger(count) || count < 1) {
  console.error(`--events: expected a positive whole number, got ${JSON.stringify(args[at + 1])}`);
  process.exit(2);
}
const bundle = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--events') ?? 'dist/tarikh.iife.js';
let code: string;
try {
  code = readFileSync(bundle, 'utf8');
} catch (e) {
  console.error(`${bundle}: ${(e as Error).message} (run npm run build first, or name an IIFE bundle)`);
  process.exit(2);
}

/** What the renderer has printed so far. */
const log = (): string => {
  try {
    return readFileSync(logFile, 'utf8');
  } catch {
    return ''; // Nothing written yet.
  }
};
/** The deoptimizations the renderer printed after the first `from` characters of its log: "function — reason". */
const deopts = (from: number): string[] => {
  const text = log().slice(from);
  // Eager bailouts (the code met what it was not built for), and code marked for deoptimization
  // because an assumption it was built on broke elsewhere (a field of a shared hidden class
  // changed, say): the second kind throws away every function that made the assumption at once.
  const eager = [...text.matchAll(/bailout \(kind: [^,]+, reason: ([^)]*)\): begin\. deoptimizing \S+ <JSFunction (?:([^ >(]+) )?/gu)].map((m) => `${m[2] || '(anonymous)'} — ${m[1]}`);
  const marked = [...text.matchAll(/marking dependent code \S+ <Code \w+> \(\S+ <SharedFunctionInfo ?([^>]*)>\) \(opt id \d+\) for deoptimization, reason: ([^\]\n]*)/gu)].map((m) => `${m[1] || '(anonymous)'} — marked: ${m[2]}`);
  return [...eager, ...marked];
};
const context = await chromium.launchPersistentContext(join(profile, 'user'), {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_ARGS, '--js-flags=--trace-deopt'],
  viewport: { width: 1280, height: 800 },
});
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 500));
try {
  const page = context.pages()[0] ?? (await context.newPage());
  const html = readFileSync(new URL('./browser.html', import.meta.url), 'utf8').replace(/<script[^>]*><\/script>/gu, '');
  await page.setContent(html);
  await page.addScriptTag({ content: code });
  const json = JSON.stringify(syntheticTimeline(count));
  await page.evaluate(`(async (json) => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const host = document.getElementById('root');
    for (let i = 0; i < 7; i++) {
      if (window.h) window.h.destroy();
      host.replaceChildren();
      const tl = JSON.parse(json);
      await frame();
      await new Promise((r) => setTimeout(r, 50));
      window.h = window.Tarikh.createTimeline(host, tl, { width: 1200, height: 600 });
      await frame();
    }
    const times = JSON.parse(json).events.map((e) => Date.parse(e.when.start + (e.when.start.includes('T') ? 'Z' : 'T00:00Z'))).sort((a, b) => a - b);
    window.span = [times[0], times[times.length - 1]];
  })(${JSON.stringify(json)})`);
  await settle();
  const before = log().length;
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  await page.evaluate(`(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const [lo, hi] = window.span;
    const mid = (lo + hi) / 2;
    for (let s = 0; s < 60; s++) {
      await frame();
      const half = ((hi - lo) / 2) * Math.pow(0.85, s < 30 ? s : 60 - s);
      window.h.zoomTo(mid - half, mid + half);
      document.body.offsetHeight;
    }
  })()`);
  const { profile } = await cdp.send('HeapProfiler.stopSampling');
  await settle();
  const during = deopts(before);
  const by = new Map<string, number>();
  for (const l of during) by.set(l, (by.get(l) ?? 0) + 1);
  console.log(`${bundle}, ${count.toLocaleString('en')} events: ${during.length} deoptimizations during 60 zoomTo steps after 7 first renders`);
  for (const [l, n] of [...by].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)} × ${l}`);
  // Bytes by the function that allocated them (with its caller, to tell d3's from ours).
  type Node = { callFrame: { functionName: string }; selfSize: number; children: Node[] };
  const bytes = new Map<string, number>();
  let total = 0;
  const walk = (n: Node, caller: string): void => {
    const name = n.callFrame.functionName || '(anonymous)';
    if (n.selfSize > 0) {
      const key = `${name} ← ${caller}`;
      bytes.set(key, (bytes.get(key) ?? 0) + n.selfSize);
      total += n.selfSize;
    }
    for (const c of n.children) walk(c, name);
  };
  walk(profile.head as Node, '');
  const kb = (b: number): string => (b / 60 / 1024).toFixed(0).padStart(4) + ' KB';
  console.log(`allocated per zoomTo step: ${kb(total).trim()} (sampled every 1 KB); most by:`);
  for (const [k, b] of [...bytes].sort((x, y) => y[1] - x[1]).slice(0, 8)) console.log(`  ${kb(b)} ${k}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
