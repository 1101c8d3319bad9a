import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium. We never download a browser. */
export const CHROMIUM_PATH = process.env.TARIKH_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The message a missing browser produces: it names the Debian packages to install. */
export function missingChromiumMessage(path = CHROMIUM_PATH): string {
  return (
    `tarikh browser tests: no Chromium at ${path}. Install the Debian package "chromium" ` +
    `(and "fonts-noto-core" for Arabic glyphs): apt-get update && apt-get install -y chromium fonts-noto-core`
  );
}

/** Throws the clear message when the browser binary is absent. */
export function assertChromium(path = CHROMIUM_PATH): void {
  if (!existsSync(path)) throw new Error(missingChromiumMessage(path));
}

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches Chromium with a fresh profile directory (deleted on close), so no state leaks between
 * runs and no profile sync or component download happens.
 */
export async function launchChromium(options: { viewport?: { width: number; height: number } } = {}): Promise<LaunchedBrowser> {
  assertChromium();
  const profile = mkdtempSync(join(tmpdir(), 'tarikh-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1200, height: 800 },
    locale: 'ar',
    timezoneId: 'UTC',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
