import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where committed snapshots live (and `-changed` files appear on mismatch, gitignored). */
export const outputDir = fileURLToPath(new URL('../output/', import.meta.url));

/**
 * Makes an SVG snapshot robust to floating-point noise and easy to diff: numbers rounded to three
 * decimals (as Observable Plot's snapshot tests do), then one tag per line.
 */
export function normalizeSvg(svg: string): string {
  return svg
    .replace(/-?\d+\.\d+(?:e-?\d+)?/g, (n) => {
      const r = Math.round(Number(n) * 1000) / 1000;
      return String(Object.is(r, -0) ? 0 : r);
    })
    .replace(/>\s*</g, '>\n<')
    .trimEnd()
    .concat('\n');
}

export type SnapshotResult =
  | { status: 'match' }
  | { status: 'created'; path: string }
  | { status: 'missing-in-ci'; path: string }
  | { status: 'changed'; path: string; changedPath: string };

/**
 * Compares `svg` with test/output/<name>.svg. On mismatch writes <name>-changed.svg beside it. A
 * missing snapshot is written locally but reported as missing when CI=true, so CI never passes on
 * a snapshot it just invented.
 */
export function checkSnapshot(name: string, svg: string, dir = outputDir, ci = process.env.CI === 'true'): SnapshotResult {
  const path = `${dir}${name}.svg`;
  const changedPath = `${dir}${name}-changed.svg`;
  const actual = normalizeSvg(svg);
  if (!existsSync(path)) {
    if (ci) return { status: 'missing-in-ci', path };
    writeFileSync(path, actual);
    return { status: 'created', path };
  }
  const expected = readFileSync(path, 'utf8');
  if (expected === actual) {
    rmSync(changedPath, { force: true });
    return { status: 'match' };
  }
  writeFileSync(changedPath, actual);
  return { status: 'changed', path, changedPath };
}
