// `npm run screenshot`: opens the demo's page (examples/out/seeds.html, written by `npm run demo`)
// from file:// in the system Chromium and saves the README picture, examples/seeds-timeline.png.
// Never downloads a browser: set TARIKH_CHROMIUM if yours is not /usr/bin/chromium.
//   node examples/screenshot.mjs [PAGE.html] [OUT.png] [--zoom=START,END] [--theme-dark]
// --zoom shows that span (ISO dates) through the page's own timeline handle, as a reader's wheel would.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const zoom = process.argv.find((a) => a.startsWith('--zoom='))?.slice('--zoom='.length).split(',');
if (zoom !== undefined && (zoom.length !== 2 || zoom.some((d) => Number.isNaN(Date.parse(d))))) {
  console.error(`screenshot: --zoom expects START,END as ISO dates (got ${zoom.join(',')})`);
  process.exit(2);
}
const page = resolve(args[0] ?? `${root}examples/out/seeds.html`);
const out = resolve(args[1] ?? `${root}examples/seeds-timeline.png`);
const executablePath = process.env.TARIKH_CHROMIUM ?? '/usr/bin/chromium';

if (!existsSync(page)) {
  console.error(`screenshot: ${page} not found; run \`npm run demo\` first`);
  process.exit(1);
}
if (!existsSync(executablePath)) {
  console.error(`screenshot: no Chromium at ${executablePath} (Debian: apt-get install chromium fonts-noto-core, or set TARIKH_CHROMIUM)`);
  process.exit(1);
}

const profile = mkdtempSync(join(tmpdir(), 'tarikh-screenshot-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
  locale: 'ar',
  timezoneId: 'UTC',
  colorScheme: process.argv.includes('--theme-dark') ? 'dark' : 'light',
});
try {
  const tab = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await tab.goto(pathToFileURL(page).href);
  // The page swaps its first-paint SVG for the interactive timeline; wait for that and for fonts.
  await tab.waitForFunction(() => document.querySelector('.tarikh-live svg') !== null, null, { timeout: 15_000 });
  if (zoom !== undefined) await tab.evaluate(([start, end]) => window.tarikhTimeline.zoomTo(start, end), zoom);
  await tab.evaluate(() => document.fonts.ready);
  await tab.screenshot({ path: out, fullPage: true });
  if (errors.length > 0) {
    console.error(`screenshot: the page reported errors:\n  ${errors.join('\n  ')}`);
    process.exitCode = 1;
  }
  console.log(`wrote ${out}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
