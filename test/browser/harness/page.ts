import type { BrowserContext, Page } from 'playwright-core';

/** What a page did that a test may want to forbid. */
export interface PageWatch {
  page: Page;
  /** console.error messages and uncaught exceptions. */
  errors: string[];
  /** Every request to a host other than 127.0.0.1/localhost (aborted, recorded). */
  offsite: string[];
  /** alert/confirm/prompt dialogs opened by the page (dismissed, recorded). */
  dialogs: string[];
  close(): Promise<void>;
}

const local = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for URLs that stay on this machine: the local server, file://, data: and blob: URLs. */
export function isLocalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'file:' || url.protocol === 'about:') return true;
  return local.has(url.hostname);
}

/**
 * Opens a page in `context` that records console errors, page errors, dialogs and any request that
 * would leave localhost (which is aborted, so a failing test never leaks to the network).
 */
export async function watchPage(context: BrowserContext, viewport?: { width: number; height: number }): Promise<PageWatch> {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const errors: string[] = [];
  const offsite: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  // Routing sees requests from every frame; the 'request' listener is a second net for anything
  // the router does not intercept (e.g. a service worker fetch).
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocalUrl(url)) await route.continue();
    else {
      offsite.push(url);
      await route.abort('blockedbyclient');
    }
  });
  page.on('request', (req) => {
    const url = req.url();
    if (!isLocalUrl(url) && !offsite.includes(url)) offsite.push(url);
  });
  return { page, errors, offsite, dialogs, close: () => page.close() };
}
