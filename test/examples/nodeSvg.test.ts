// examples/node-svg.mjs, the minimal static example of the README, must keep working: it runs on
// the built package (dist/) and writes one SVG with a mark per parsed event.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('examples/node-svg.mjs', () => {
  it('writes a standalone SVG with one mark per event of the article', () => {
    if (!existsSync(`${ROOT}dist/node.js`)) throw new Error('dist/ is missing: run `npm run build` first');
    const out = join(mkdtempSync(join(tmpdir(), 'tarikh-node-svg-')), 'article.svg');
    const stdout = execFileSync(process.execPath, [`${ROOT}examples/node-svg.mjs`, out], { cwd: ROOT, encoding: 'utf8' });
    const count = Number(/^(\d+) events → /u.exec(stdout)?.[1]);
    expect(count).toBeGreaterThanOrEqual(3);
    // The arrival in Hanoi, dated by the article's own "فجر الخميس" (Thursday 20 June 2024, early morning).
    expect(stdout).toMatch(/2024-06-20T\w*\s+arrival/u);
    const svg = readFileSync(out, 'utf8');
    const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(doc.querySelector('title')?.textContent).toBe('بوتين في هانوي');
    const marks = doc.querySelectorAll('[data-event-id]').length;
    const clustered = [...doc.querySelectorAll('.tarikh-cluster')].reduce((n, c) => n + Number(c.getAttribute('data-count')), 0);
    expect(marks + clustered).toBe(count);
  });
});
