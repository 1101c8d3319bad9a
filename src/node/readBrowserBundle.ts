import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built IIFE bundle's file name inside the package's dist/. */
export const BUNDLE_FILE = 'tarikh.iife.min.js';

// Where the bundle sits relative to this module: beside dist/node.js, one level up from a shared
// chunk in dist/chunks/, or in dist/ when running from src/ (tests, tsx).
const candidates = [`./${BUNDLE_FILE}`, `../${BUNDLE_FILE}`, `../../dist/${BUNDLE_FILE}`];

let cached: string | undefined;

/**
 * Reads the minified browser bundle (global `Tarikh`) from the package's dist/ at run time, so
 * renderHTML can inline it. Throws an Error naming the paths it tried when the package is not built.
 *
 * @example
 * ```ts
 * const js = readBrowserBundle(); // the text of dist/tarikh.iife.min.js, e.g. 'var Tarikh=function(t){…'
 * ```
 */
export function readBrowserBundle(): string {
  if (cached !== undefined) return cached;
  const tried: string[] = [];
  for (const rel of candidates) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    tried.push(path);
    if (existsSync(path)) {
      cached = readFileSync(path, 'utf8');
      return cached;
    }
  }
  throw new Error(`tarikh/node: the browser bundle ${BUNDLE_FILE} was not found (tried ${tried.join(', ')}); build the package with \`npm run build\``);
}
