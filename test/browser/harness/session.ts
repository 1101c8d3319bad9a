import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, type LaunchedBrowser } from './chromium.js';
import { startStaticServer, type StaticServer } from './server.js';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const screenshotDir = fileURLToPath(new URL('../screenshots/', import.meta.url));

/** One local server and one Chromium per test file, torn down after it. */
export function useBrowser(): { server: () => StaticServer; browser: () => LaunchedBrowser } {
  let server: StaticServer | undefined;
  let browser: LaunchedBrowser | undefined;
  beforeAll(async () => {
    mkdirSync(screenshotDir, { recursive: true });
    server = await startStaticServer(repoRoot);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    server: () => {
      if (!server) throw new Error('server not started');
      return server;
    },
    browser: () => {
      if (!browser) throw new Error('browser not launched');
      return browser;
    },
  };
}
