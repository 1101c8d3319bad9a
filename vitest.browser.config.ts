import { defineConfig } from 'vitest/config';

// The real-browser suite: playwright-core driving Debian's /usr/bin/chromium over a local server.
// Run with `npm run test:browser`; `npm test` never needs a browser.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium per file is plenty; running files in parallel only fights over the CPU.
    fileParallelism: false,
    env: { TZ: 'UTC' },
  },
});
