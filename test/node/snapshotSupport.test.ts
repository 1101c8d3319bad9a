import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSnapshot, normalizeSvg } from './snapshotSupport.js';

describe('normalizeSvg', () => {
  it.each([
    ['<rect x="10.123456" y="-0.0001"/>', '<rect x="10.123" y="0"/>\n'],
    ['<path d="M1.0005,2.49949L3,4"/>', '<path d="M1.001,2.499L3,4"/>\n'],
    ['<g><text>12.5</text>  <text>3</text></g>', '<g>\n<text>12.5</text>\n<text>3</text>\n</g>\n'],
    ['<circle r="1e-7"/>', '<circle r="1e-7"/>\n'],
  ])('%s', (input, expected) => {
    expect(normalizeSvg(input)).toBe(expected);
  });
});

describe('checkSnapshot', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'tarikh-snap-')) + '/';

  it('creates a missing snapshot locally', () => {
    const d = dir();
    expect(checkSnapshot('a', '<svg/>', d, false)).toEqual({ status: 'created', path: `${d}a.svg` });
    expect(readFileSync(`${d}a.svg`, 'utf8')).toBe('<svg/>\n');
    expect(checkSnapshot('a', '<svg/>', d, false)).toEqual({ status: 'match' });
  });

  it('refuses to invent a snapshot in CI', () => {
    const d = dir();
    expect(checkSnapshot('a', '<svg/>', d, true).status).toBe('missing-in-ci');
    expect(existsSync(`${d}a.svg`)).toBe(false);
  });

  it('writes a -changed file on mismatch and removes it once fixed', () => {
    const d = dir();
    writeFileSync(`${d}a.svg`, '<svg/>\n');
    const r = checkSnapshot('a', '<svg width="2"/>', d, false);
    expect(r.status).toBe('changed');
    expect(readFileSync(`${d}a-changed.svg`, 'utf8')).toBe('<svg width="2"/>\n');
    expect(checkSnapshot('a', '<svg/>', d, false).status).toBe('match');
    expect(existsSync(`${d}a-changed.svg`)).toBe(false);
  });
});
