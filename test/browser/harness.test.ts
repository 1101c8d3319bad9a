import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { launchChromium, missingChromiumMessage, type LaunchedBrowser } from './harness/chromium.js';
import { startStaticServer, type StaticServer } from './harness/server.js';
import { isLocalUrl, watchPage } from './harness/page.js';

// The harness must catch what the real tests rely on it to catch; otherwise "no console errors"
// and "no request leaves localhost" would pass vacuously.
const root = fileURLToPath(new URL('../..', import.meta.url));
let server: StaticServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  server = await startStaticServer(root);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('browser harness', () => {
  it('records console errors, off-localhost requests and dialogs', async () => {
    const w = await watchPage(browser.context);
    await w.page.goto(`${server.url}/test/browser/fixtures/leaky.html`);
    await w.page.waitForFunction(() => document.getElementById('status')?.textContent === 'done');
    await w.page.waitForTimeout(200);
    expect(w.errors.some((e) => e.includes('deliberate error'))).toBe(true);
    expect(w.offsite).toContain('https://example.invalid/tracker.gif');
    expect(w.dialogs).toEqual(['alert: deliberate dialog']);
    await w.close();
  });

  it('sees nothing on a clean Arabic page', async () => {
    const w = await watchPage(browser.context);
    const res = await w.page.goto(`${server.url}/test/browser/fixtures/clean.html`);
    expect(res?.status()).toBe(200);
    expect(await w.page.locator('#status').textContent()).toContain('هانوي');
    expect(w.errors).toEqual([]);
    expect(w.offsite).toEqual([]);
    expect(w.dialogs).toEqual([]);
    await w.close();
  });

  it('the server refuses paths outside the repository', async () => {
    const res = await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`);
    expect(res.status).not.toBe(200);
    const ok = await fetch(`${server.url}/package.json`);
    expect(ok.status).toBe(200);
  });

  it('classifies URLs', () => {
    expect(isLocalUrl('http://127.0.0.1:1234/x')).toBe(true);
    expect(isLocalUrl('data:image/png;base64,AA')).toBe(true);
    expect(isLocalUrl('https://fonts.googleapis.com/css')).toBe(false);
    expect(isLocalUrl('http://127.0.0.1.evil.example/')).toBe(false);
  });

  it('names the Debian package when the browser is missing', () => {
    expect(missingChromiumMessage('/nope/chromium')).toMatch(/no Chromium at \/nope\/chromium.*apt-get install -y chromium fonts-noto-core/);
  });
});
