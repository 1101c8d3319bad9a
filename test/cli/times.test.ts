import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

function capture(): { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  return { out: () => out, err: () => err };
}

afterEach(() => vi.restoreAllMocks());

describe('tarikh times', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tarikh-times-'));
  const file = join(dir, 'a.txt');
  writeFileSync(file, 'تعهّدت روسيا وفيتنام، أمس الخميس، بتعميق العلاقات');

  it('prints the expressions as JSON', async () => {
    const io = capture();
    expect(await main(['times', file, '--published', '2024-06-21'])).toBe(0);
    const parsed = JSON.parse(io.out());
    expect(parsed[0]).toMatchObject({ text: 'أمس الخميس', value: '2024-06-20' });
  });
  it('a missing file is one line and a non-zero exit', async () => {
    const io = capture();
    expect(await main(['times', join(dir, 'nope.txt')])).not.toBe(0);
    expect(io.err().trim().split('\n')).toHaveLength(1);
  });
  it('a bad flag or date is one line and a non-zero exit', async () => {
    const io = capture();
    expect(await main(['times', file, '--bogus'])).not.toBe(0);
    expect(await main(['times', file, '--published', '2024-02-30'])).not.toBe(0);
    expect(io.err().trim().split('\n')).toHaveLength(2);
    expect(io.err()).toContain('2024-02-30');
  });
});
