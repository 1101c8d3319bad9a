import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

// `npm run screenshot` (the README picture) must keep working: the demo's page, opened from disk in
// Chromium, hydrates without a page error, zooms through its own handle and is saved as a PNG.
const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('examples/screenshot.mjs', () => {
  it('saves a PNG of the demo page, zoomed, with no page error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tarikh-shot-'));
    await run(process.execPath, [`${ROOT}examples/demo.mjs`, dir], { cwd: ROOT });
    const png = join(dir, 'seeds.png');
    const { stdout } = await run(process.execPath, [`${ROOT}examples/screenshot.mjs`, join(dir, 'seeds.html'), png, '--zoom=2024-06-17T18:00,2024-06-21T18:00'], { cwd: ROOT });
    expect(stdout).toContain(`wrote ${png}`);
    expect(existsSync(png)).toBe(true);
    const bytes = readFileSync(png);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // Width and height from the IHDR chunk: the 1280 px viewport, as tall as the page.
    expect(bytes.readUInt32BE(16)).toBe(1280);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(600);
  });

  it('refuses a malformed --zoom with a one-line message', async () => {
    const err = await run(process.execPath, [`${ROOT}examples/screenshot.mjs`, `${ROOT}package.json`, join(tmpdir(), 'x.png'), '--zoom=yesterday']).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 2 });
    expect((err as { stderr: string }).stderr).toMatch(/^screenshot: --zoom expects START,END as ISO dates \(got yesterday\)\n$/u);
  });
});
