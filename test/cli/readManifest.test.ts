import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readManifest } from '../../src/cli/readManifest.js';

const dir = mkdtempSync(join(tmpdir(), 'tarikh-manifest-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('readManifest', () => {
  it('reads the seeds manifest', () => {
    const docs = readManifest(fileURLToPath(new URL('../../seeds/manifest.json', import.meta.url)));
    expect(docs).toHaveLength(5);
    expect(docs[0]?.articles.map((a) => a.id)).toEqual(['000-a', '000-b']);
    expect(docs[0]?.articles[0]?.outletAr).toBe('الشرق الأوسط');
  });

  it.each([
    ['missing.json', null, /missing\.json: no such file/],
    ['bad.json', '{"documents": [', /bad\.json: invalid JSON/],
    ['array.json', '[]', /array\.json: \/: expected an object/],
    ['nodocs.json', '{}', /nodocs\.json: \/documents: expected an array/],
    ['nofile.json', '{"documents":[{"articles":[]}]}', /\/documents\/0\/file: expected a file name/],
    ['noid.json', '{"documents":[{"file":"a.txt","articles":[{"bodyStartsWith":"x"}]}]}', /\/documents\/0\/articles\/0\/id: expected a non-empty string \(got undefined\)/],
    ['pub.json', '{"documents":[{"file":"a.txt","articles":[{"id":"a","bodyStartsWith":"x","published":20240620}]}]}', /\/documents\/0\/articles\/0\/published: expected a string or null \(got 20240620\)/],
  ])('%s fails with a message naming file and path', (name, text, message) => {
    const p = text === null ? join(dir, name) : file(name, text);
    expect(() => readManifest(p)).toThrow(message);
  });
});
