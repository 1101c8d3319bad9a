import { existsSync } from 'node:fs';
import { assertChromium } from './harness/chromium.js';

/**
 * Fails the whole browser run up front, with one clear line, when the browser or the built bundle
 * is missing, instead of letting every test time out.
 */
export default function setup(): void {
  assertChromium();
  if (!existsSync(new URL('../../dist/tarikh.iife.min.js', import.meta.url))) {
    throw new Error('tarikh browser tests: dist/tarikh.iife.min.js is missing; run `npm run build` first');
  }
}
