import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser suite drives a real Chromium and has its own command (npm run test:browser).
    exclude: ['test/browser/**', 'node_modules/**'],
    // Resolver results must not depend on the machine's zone; other zones are tested explicitly.
    env: { TZ: 'UTC' },
  },
});
