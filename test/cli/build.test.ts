import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { main } from '../../src/cli/main.js';
import { validateTimeline } from '../../src/model/validateTimeline.js';
import type { Timeline } from '../../src/model/types.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'tarikh-build-'));

/** Runs the CLI in-process and captures what it prints. */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  const code = await main(['build', ...args]);
  vi.restoreAllMocks();
  return { code, out, err };
}
afterEach(() => vi.restoreAllMocks());

const markIds = (svg: string) => [...new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document.querySelectorAll('[data-event-id]')].map((e) => e.getAttribute('data-event-id'));

describe('tarikh build', () => {
  it('parses a folder with its manifest and writes timeline.json, .svg and .html', async () => {
    const out = join(tmp(), 'site');
    const r = await run('seeds', '--manifest', 'seeds/manifest.json', '--out', out, '--width', '1000', '--digits', 'latn', '--title', 'بوتين في آسيا');
    expect(r.code).toBe(0);
    const timeline = validateTimeline(JSON.parse(readFileSync(join(out, 'timeline.json'), 'utf8'))) as Timeline;
    expect(timeline.title).toBe('بوتين في آسيا');
    expect(timeline.articles).toHaveLength(8);
    const disputed = timeline.events.filter((e) => e.disputed).length;
    expect(r.out).toContain(`8 articles, ${timeline.events.length} events (`);
    expect(r.out).toContain(`, ${disputed} disputed)`);
    expect(r.out).toMatch(new RegExp(`wrote ${join(out, 'timeline.json')}\\nwrote ${join(out, 'timeline.svg')}\\nwrote ${join(out, 'timeline.html')}\\n$`));
    // Warnings name file and line, as for tarikh parse.
    expect(r.err).toMatch(/^warning: seeds\/003_dc81cc70374510db\.txt:\d+: \[003-b\]/m);
    const svg = readFileSync(join(out, 'timeline.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" [^>]* width="1000"/);
    expect(svg).toContain('<title class="tarikh-title" id="tarikh-title">بوتين في آسيا</title>');
    expect(markIds(svg).length).toBeGreaterThan(0);
    expect(markIds(svg).every((id) => timeline.events.some((e) => e.id === id))).toBe(true);
    const html = readFileSync(join(out, 'timeline.html'), 'utf8');
    expect(html).toContain('<h1>بوتين في آسيا</h1>');
  }, 60_000);

  it('finds DIR/manifest.json by itself, names outputs after --name, and gives the same files as parse + render', async () => {
    const a = tmp();
    expect((await run('seeds', '--out', a, '--name', 'seeds')).code).toBe(0);
    expect(existsSync(join(a, 'seeds.svg'))).toBe(true);
    const b = tmp();
    const pages = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => `seeds/${f}`);
    expect((await run(...pages, '--manifest', 'seeds/manifest.json', '--out', b)).code).toBe(0);
    for (const ext of ['json', 'svg', 'html']) expect(readFileSync(join(b, `timeline.${ext}`), 'utf8')).toBe(readFileSync(join(a, `seeds.${ext}`), 'utf8'));
    // `tarikh render` on the written JSON draws the same SVG.
    const c = join(tmp(), 'again.svg');
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await main(['render', join(a, 'seeds.json'), '--svg', c])).toBe(0);
    vi.restoreAllMocks();
    expect(readFileSync(c, 'utf8')).toBe(readFileSync(join(a, 'seeds.svg'), 'utf8'));
  }, 60_000);

  const cases: Array<[string, () => string[], number, RegExp]> = [
    ['a missing page', () => ['seeds/nope.txt', '--out', tmp()], 1, /^tarikh build: seeds\/nope\.txt: no such file or folder\n$/],
    ['a folder without pages', () => [tmp(), '--out', tmp()], 1, /: no \.txt pages in this folder\n$/],
    ['no --out', () => ['seeds'], 2, /give --out DIR/],
    ['no input', () => ['--out', tmp()], 2, /no input pages/],
    ['a bad theme (before any parsing)', () => ['seeds', '--out', tmp(), '--theme', 'neon'], 2, /invalid theme: "neon"/],
    ['a bad lanes value', () => ['seeds', '--out', tmp(), '--lanes', 'outlet'], 2, /invalid lanes: "outlet"/],
    ['a bad width', () => ['seeds', '--out', tmp(), '--width', '0'], 2, /--width: expected a positive whole number of pixels \(got "0"\)/],
    ['a bad date', () => ['seeds', '--out', tmp(), '--published', 'yesterday'], 2, /--published: invalid date "yesterday"/],
    ['a bad --jobs', () => ['seeds', '--out', tmp(), '--jobs', '0'], 2, /--jobs: invalid value "0"/],
    ['a bad --name', () => ['seeds', '--out', tmp(), '--name', '../x'], 2, /--name: invalid file name stem "\.\.\/x"/],
    ['an unknown flag', () => ['seeds', '--out', tmp(), '--svg', 'x.svg'], 2, /Unknown option '--svg'/],
    ['a missing manifest', () => ['seeds', '--out', tmp(), '--manifest', 'seeds/nope.json'], 1, /seeds\/nope\.json: no such file/],
  ];
  it.each(cases)('fails on %s with one line and a non-zero exit, writing nothing', async (_name, args, code, message) => {
    const argv = args();
    const r = await run(...argv);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(/^tarikh build: /);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
    const outAt = argv.indexOf('--out');
    if (outAt >= 0) expect(existsSync(join(argv[outAt + 1]!, 'timeline.json'))).toBe(false);
  });

  it('names the file and the JSON path of a bad manifest value', async () => {
    const dir = tmp();
    const manifest = join(dir, 'manifest.json');
    writeFileSync(join(dir, 'page.txt'), 'وصل الرئيس إلى هانوي الخميس.\n');
    writeFileSync(manifest, '{"documents": [{"file": "page.txt", "articles": [{"id": "a", "bodyStartsWith": "وصل", "published": 20240620}]}]}');
    const r = await run(dir, '--out', join(dir, 'out'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`tarikh build: ${manifest}: /documents/0/articles/0/published: expected a string or null (got 20240620)\n`);
    writeFileSync(manifest, '{"documents": [');
    expect((await run(dir, '--out', join(dir, 'out'))).err).toMatch(new RegExp(`^tarikh build: ${manifest.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')}: invalid JSON`));
  });

  it('prints its usage on --help', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/tarikh build DIR_OR_FILE\.\.\. --out DIR/);
  });

  it('reads a folder of pages without a manifest, dating them with --published', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'pages', 'a.txt'), 'وصل الرئيس الروسي فلاديمير بوتين إلى هانوي فجر الخميس في زيارة رسمية.\n');
    const r = await run(join(dir, 'pages'), '--published', '2024-06-20', '--out', join(dir, 'out'));
    expect(r.code).toBe(0);
    const t = JSON.parse(readFileSync(join(dir, 'out', 'timeline.json'), 'utf8')) as Timeline;
    expect(t.events.some((e) => e.type === 'arrival' && e.when.value.startsWith('2024-06-20'))).toBe(true);
  });
});
