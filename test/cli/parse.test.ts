import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { validateTimeline } from '../../src/model/validateTimeline.js';
import { fromTimelineJS } from '../../src/model/timelinejs/fromTimelineJS.js';
import type { Timeline } from '../../src/model/types.js';

const SEEDS = 'seeds';
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => `${SEEDS}/${f}`);
const MANIFEST = `${SEEDS}/manifest.json`;

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

async function cli(...args: string[]): Promise<number> {
  return main(['parse', ...args]);
}

const tmp = () => mkdtempSync(join(tmpdir(), 'tarikh-parse-'));

describe('tarikh parse', () => {
  it('prints one valid timeline for the seed pages, with every manifest article', async () => {
    expect(await cli(...seedFiles, '--manifest', MANIFEST)).toBe(0);
    const timeline = validateTimeline(JSON.parse(out)) as Timeline;
    expect(timeline.articles.map((a) => a.id).sort()).toEqual(['000-a', '000-b', '001', '002-a', '002-b', '003-a', '003-b', '004']);
    expect(timeline.articles.find((a) => a.id === '002-b')?.published).toBe('2025-05-23');
    // 003-b has no date in the manifest: said on stderr, with the file and line of its body.
    expect(err).toMatch(/^warning: seeds\/003_dc81cc70374510db\.txt:\d+: \[003-b\] article.* has no publication date/m);
    // Relative dates left unresolved are named with their line; each warning is said once.
    expect(err).toMatch(/^warning: seeds\/003_dc81cc70374510db\.txt:\d+: \[003-b\] .*could not be resolved/m);
    const lines = err.trim().split('\n');
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('writes TimelineJS on request, which reads back to the same timeline', async () => {
    expect(await cli(...seedFiles, '--manifest', MANIFEST)).toBe(0);
    const tarikh = JSON.parse(out);
    out = '';
    expect(await cli(...seedFiles, '--manifest', MANIFEST, '--format=timelinejs')).toBe(0);
    const tjs = JSON.parse(out);
    expect(Array.isArray(tjs.events)).toBe(true);
    expect(tjs.tarikh.version).toBe(1);
    expect(fromTimelineJS(tjs)).toEqual(tarikh);
  });

  it('gives the same output on worker threads (--jobs 2) as in one thread', async () => {
    expect(await cli(...seedFiles, '--manifest', MANIFEST, '--jobs', '1')).toBe(0);
    const one = out;
    out = '';
    expect(await cli(...seedFiles, '--manifest', MANIFEST, '--jobs', '2')).toBe(0);
    expect(out).toBe(one);
  }, 60_000);

  it('uses --published for pages without metadata, and notes files the manifest does not list', async () => {
    const dir = tmp();
    const page = join(dir, 'page.txt');
    writeFileSync(page, 'وصل الرئيس إلى هانوي الخميس في زيارة رسمية.\n');
    expect(await cli(page, '--published', '2024-06-21', '--manifest', MANIFEST, '--title', 'اختبار')).toBe(0);
    const t = JSON.parse(out) as Timeline;
    expect(t.title).toBe('اختبار');
    expect(t.articles.length).toBeGreaterThan(0);
    expect(t.articles.every((a) => a.published === '2024-06-21')).toBe(true);
    expect(err).toContain(`${page}: not in ${MANIFEST}; parsed without article metadata`);
  });

  const failures: Array<[string, () => string[], number, RegExp]> = [
    ['a missing file', () => ['no/such/file.txt'], 1, /^tarikh parse: no\/such\/file\.txt: no such file\n$/],
    ['a directory', () => [SEEDS], 1, /seeds: is a directory/],
    ['no files', () => [], 2, /no input files/],
    ['an unknown flag', () => [seedFiles[0]!, '--fast'], 2, /unknown option --fast/],
    ['an unknown short flag', () => [seedFiles[0]!, '-x'], 2, /unknown option -x/],
    ['a flag without its value', () => [seedFiles[0]!, '--manifest'], 2, /--manifest needs a value/],
    ['a flag given twice', () => [seedFiles[0]!, '--jobs', '1', '--jobs', '2'], 2, /--jobs given twice/],
    ['a bad format', () => [seedFiles[0]!, '--format', 'csv'], 2, /--format: invalid format "csv" \(expected tarikh or timelinejs\)/],
    ['a bad date', () => [seedFiles[0]!, '--published', '21/06/2024'], 2, /--published: invalid date "21\/06\/2024"/],
    ['jobs zero', () => [seedFiles[0]!, '--jobs', '0'], 2, /--jobs: invalid value "0"/],
    ['jobs not a number', () => [seedFiles[0]!, '--jobs=many'], 2, /--jobs: invalid value "many"/],
    ['a missing manifest', () => [seedFiles[0]!, '--manifest', 'nope.json'], 1, /nope\.json: no such file/],
  ];
  it.each(failures)('fails on %s with one line and a non-zero exit', async (_name, args, code, message) => {
    expect(await cli(...args())).toBe(code);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(out).toBe('');
  });

  // readManifest's own table is in readManifest.test.ts; here: the CLI reports its errors as one line.
  const manifests: Array<[string, string, RegExp]> = [
    ['invalid JSON', '{"documents": [', /manifest\.json: invalid JSON/],
    ['not an object', '[]', /manifest\.json: \/: expected an object/],
    ['documents not an array', '{"documents": {}}', /manifest\.json: \/documents: expected an array/],
    ['an article id that is a number', '{"documents": [{"file": "a.txt", "articles": [{"id": 5, "bodyStartsWith": "x"}]}]}', /\/documents\/0\/articles\/0\/id: expected a non-empty string \(got 5\)/],
  ];
  it.each(manifests)('rejects a manifest with %s, naming the file and the path', async (_name, text, message) => {
    const path = join(tmp(), 'manifest.json');
    writeFileSync(path, text);
    expect(await cli(seedFiles[0]!, '--manifest', path)).toBe(1);
    expect(err).toMatch(message);
    expect(err).toContain(path);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('prints its usage on --help', async () => {
    expect(await cli('--help')).toBe(0);
    expect(out).toMatch(/tarikh parse FILE\.\.\. \[--manifest/);
    expect(out).toMatch(/--jobs N/);
  });
});
