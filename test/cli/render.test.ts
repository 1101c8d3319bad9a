import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { main } from '../../src/cli/main.js';
import { sampleTimeline } from '../support/sampleTimeline.js';

const dir = mkdtempSync(join(tmpdir(), 'tarikh-cli-render-'));
const good = join(dir, 'good.json');
writeFileSync(good, JSON.stringify(sampleTimeline()));

/** Runs the CLI in-process and captures what it prints. */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, out, err };
}
afterEach(() => vi.restoreAllMocks());

describe('tarikh render', () => {
  it('writes an SVG and an HTML page', async () => {
    const svg = join(dir, 'out', 'a.svg');
    const html = join(dir, 'out', 'a.html');
    const r = await run('render', good, '--svg', svg, '--html', html, '--width', '700', '--dir', 'ltr', '--digits', 'latn', '--theme', 'dark', '--title', 'بوتين في آسيا');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe(`wrote ${svg}\nwrote ${html}\n`);
    const s = readFileSync(svg, 'utf8');
    expect(s).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" [^>]* width="700"/);
    expect(s).toContain('data-axis-direction="ltr"');
    expect(s).toContain('data-theme="dark"');
    expect(s).toContain('<title class="tarikh-title" id="tarikh-title">بوتين في آسيا</title>');
    const h = readFileSync(html, 'utf8');
    expect(h).toContain('<h1>بوتين في آسيا</h1>');
    expect(h).toContain('<title>بوتين في آسيا</title>');
  });

  it('passes --lanes, --calendar, --locale and --height to the renderer', async () => {
    const svg = join(dir, 'out', 'b.svg');
    const r = await run('render', good, '--svg', svg, '--lanes', 'type', '--calendar', 'islamic-umalqura', '--locale', 'ar-SY', '--digits', 'latn', '--height', '480');
    expect(r).toMatchObject({ code: 0, err: '' });
    const doc = new JSDOM(readFileSync(svg, 'utf8'), { contentType: 'image/svg+xml' }).window.document;
    const root = doc.documentElement;
    expect(root.getAttribute('height')).toBe('480');
    expect(root.getAttribute('lang')).toBe('ar-SY');
    expect(doc.querySelectorAll('.tarikh-lane').length).toBeGreaterThan(1);
    // 1994–2025 CE are 1414–1447 AH on a Hijri axis.
    const ticks = [...doc.querySelectorAll('.tarikh-tick text')].map((t) => t.textContent).join(' ');
    expect(ticks).toMatch(/14[1-4]\d/u);
    expect(ticks).not.toMatch(/20[0-2]\d/u);
  });

  it('writes only the HTML page when only --html is given', async () => {
    const html = join(dir, 'only', 'page.html');
    const r = await run('render', good, '--html', html);
    expect(r).toMatchObject({ code: 0, err: '', out: `wrote ${html}\n` });
    expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html><html lang="ar" dir="rtl">/u);
  });

  it.each([
    [['render', join(dir, 'missing.json'), '--svg', join(dir, 'x.svg')], 1, /missing\.json: no such file/],
    [['render', 'BAD_JSON', '--svg', join(dir, 'x.svg')], 1, /bad\.json: invalid JSON/],
    [['render', 'BAD_SCHEMA', '--svg', join(dir, 'x.svg')], 1, /schema\.json: invalid timeline \(2 issues\): \/events\/1\/when\/precision: must be one of .*\(got "dayz"\); \/events\/3\/type: is required/],
    [['render', good], 2, /give --svg OUT\.svg and\/or --html OUT\.html/],
    [['render', good, '--svg', join(dir, 'x.svg'), '--theme', 'neon'], 2, /invalid theme: "neon"/],
    [['render', good, '--svg', join(dir, 'x.svg'), '--width', 'wide'], 2, /--width: expected a positive whole number of pixels \(got "wide"\)/],
    [['render', good, '--svg', join(dir, 'x.svg'), '--colour', 'red'], 2, /Unknown option '--colour'/],
    [['render', '--svg', join(dir, 'x.svg')], 2, /expected one TIMELINE\.json \(got 0\)/],
    [['render', good, '--svg', join(dir, 'x.svg'), '--calendar', 'julian'], 2, /invalid calendar: "julian"/],
    [['render', good, '--svg', join(dir, 'x.svg'), '--dir', 'up'], 2, /invalid axisDirection: "up"/],
    [['render', good, '--svg', join(dir, 'x.svg'), '--digits', 'roman'], 2, /invalid digits: "roman"/],
    [['render', good, '--svg', join(dir, 'x.svg'), '--lanes', 'outlet'], 2, /invalid lanes: "outlet"/],
  ])('%j exits %i with a message naming the problem', async (args, code, message) => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"version": 1, "events": [');
    const schema = join(dir, 'schema.json');
    const tl = sampleTimeline() as unknown as { events: Record<string, unknown>[] };
    (tl.events[1]!.when as Record<string, unknown>).precision = 'dayz';
    delete tl.events[3]!.type;
    writeFileSync(schema, JSON.stringify(tl));
    const argv = args.map((a) => (a === 'BAD_JSON' ? bad : a === 'BAD_SCHEMA' ? schema : a));
    const r = await run(...argv);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(/^tarikh render: /);
    expect(r.err).toMatch(message);
    expect(existsSync(join(dir, 'x.svg'))).toBe(false);
  });
});
