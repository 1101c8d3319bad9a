import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderHTML } from '../../src/node/renderHTML.js';
import { hostileStrings, hostileTimeline } from '../support/hostileTimeline.js';
import { sampleTimeline } from '../support/sampleTimeline.js';
import { watchPage } from './harness/page.js';
import { screenshotDir, useBrowser } from './harness/session.js';

// renderHTML's page opened the way users open it: straight from disk (file://) and inside an
// iframe. The static SVG must give way to the live timeline with no CSP violation (a console
// error), no request and no dialog.
const { browser, server } = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'tarikh-html-'));
const pagePath = join(dir, 'timeline.html');
writeFileSync(pagePath, renderHTML(sampleTimeline(), { pageTitle: 'بوتين في آسيا', width: 1000 }));
writeFileSync(join(dir, 'frame.html'), '<!doctype html><html lang="en"><meta charset="utf-8"><title>host</title><body><h1>Host page</h1><iframe src="timeline.html" width="1100" height="700" title="timeline"></iframe></body></html>');
const hostilePath = join(dir, 'hostile.html');
writeFileSync(hostilePath, renderHTML(hostileTimeline(), { pageTitle: hostileStrings.closeScript }));

describe('renderHTML in Chromium', () => {
  it('hydrates from file:// with credits, no errors and no network', async () => {
    const w = await watchPage(browser().context, { width: 1100, height: 800 });
    await w.page.goto(pathToFileURL(pagePath).href);
    await w.page.locator('.tarikh g.tarikh-mark').first().waitFor({ state: 'attached' });
    expect(await w.page.locator('#tarikh-timeline > svg').count()).toBe(0); // the static SVG gave way
    expect(await w.page.locator('h1').textContent()).toBe('بوتين في آسيا');
    expect(await w.page.locator('.tarikh-credits li').count()).toBe(2);
    expect(await w.page.evaluate(() => typeof (window as unknown as { tarikhTimeline?: { zoomTo: unknown } }).tarikhTimeline?.zoomTo)).toBe('function');
    await w.page.screenshot({ path: `${screenshotDir}renderHTML-file.png`, fullPage: true });
    expect(w.errors).toEqual([]);
    expect(w.offsite).toEqual([]);
    expect(w.dialogs).toEqual([]);
    await w.close();
  });

  it('works inside an iframe', async () => {
    const w = await watchPage(browser().context, { width: 1200, height: 900 });
    await w.page.goto(pathToFileURL(join(dir, 'frame.html')).href);
    const frame = w.page.frameLocator('iframe');
    await frame.locator('.tarikh g.tarikh-mark').first().waitFor({ state: 'attached' });
    expect(await frame.locator('.tarikh g.tarikh-mark').count()).toBeGreaterThan(0);
    expect(w.errors).toEqual([]);
    expect(w.offsite).toEqual([]);
    await w.close();
  });

  it('keeps the first-paint SVG when scripts are off', async () => {
    const page = await browser().context.newPage();
    const cdp = await browser().context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(pathToFileURL(pagePath).href);
    expect(await page.locator('#tarikh-timeline > svg g.tarikh-mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.tarikh-live').count()).toBe(0);
    await page.screenshot({ path: `${screenshotDir}renderHTML-no-script.png`, fullPage: true });
    await page.close();
  });

  it('shows hostile titles, quotes and outlets as text and fires no dialog', async () => {
    const w = await watchPage(browser().context, { width: 1100, height: 800 });
    await w.page.goto(pathToFileURL(hostilePath).href);
    await w.page.locator('.tarikh g.tarikh-mark').first().waitFor({ state: 'attached' });
    // Open every event's details, so quotes and outlets are drawn too.
    const ids = hostileTimeline().events.map((e) => e.id);
    for (const id of ids) {
      await w.page.evaluate((id) => (window as unknown as { tarikhTimeline: { select(id: string): void } }).tarikhTimeline.select(id), id);
      await w.page.waitForTimeout(50);
    }
    expect(await w.page.title()).toBe(hostileStrings.closeScript);
    expect(await w.page.locator('.tarikh-details').textContent()).toContain(hostileStrings.closeScript);
    expect(await w.page.locator('img, iframe, object, embed').count()).toBe(0);
    expect(await w.page.locator('script').count()).toBe(3);
    const handlers = await w.page.evaluate(() => [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.localName}[${a.name}]`)));
    expect(handlers).toEqual([]);
    await w.page.screenshot({ path: `${screenshotDir}renderHTML-hostile.png`, fullPage: true });
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.offsite).toEqual([]);
    await w.close();
  });
});

describe('the IIFE bundle with hostile data', () => {
  it('renders <img src=x onerror=alert(1)> as text and fires no dialog', async () => {
    const w = await watchPage(browser().context, { width: 1100, height: 800 });
    await w.page.goto(`${server().url}/test/browser/fixtures/bundle.html`);
    const tl = hostileTimeline();
    await w.page.evaluate((tl) => {
      const T = (window as unknown as { Tarikh: { createTimeline(el: Element, t: unknown): { select(id: string): void } } }).Tarikh;
      const h = T.createTimeline(document.getElementById('root')!, tl);
      for (const e of (tl as { events: { id: string }[] }).events) h.select(e.id);
    }, tl);
    await w.page.waitForTimeout(300);
    const text = await w.page.locator('#root').textContent();
    expect(text).toContain(hostileStrings.imgOnerror);
    expect(await w.page.locator('#root img').count()).toBe(0);
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.offsite).toEqual([]);
    await w.close();
  });
});
