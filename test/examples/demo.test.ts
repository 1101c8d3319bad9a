// `npm run demo` end to end: runs examples/demo.mjs (which imports the built package, dist/) into
// a temporary folder and checks what it wrote against the development gold: every one of the 22
// canonical events of test/eval/seeds-gold.json must be on the seeds SVG, as its own mark
// (data-event-id) or counted by a cluster badge (data-event-ids). Gold events are mapped to timeline
// events as the events eval does: a source of the event overlaps a gold mention's quote.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { validateTimeline } from '../../src/model/validateTimeline.js';
import type { ArticleMetaInput, Timeline } from '../../src/model/types.js';
import { scoreEvents, type GoldEvent } from '../eval/events.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEMO = `${ROOT}examples/demo.mjs`;

function runDemo(outDir: string): string {
  if (!existsSync(`${ROOT}dist/index.js`) || !existsSync(`${ROOT}dist/node.js`)) {
    throw new Error('dist/ is missing: the demo runs on the built package; run `npm run build` first');
  }
  return execFileSync(process.execPath, [DEMO, outDir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Tokyo' } });
}

/** Ids of events drawn as their own mark, and of events counted in cluster badges. */
function drawn(svgText: string): Set<string> {
  const doc = new JSDOM(svgText, { contentType: 'image/svg+xml' }).window.document;
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const marks = [...doc.querySelectorAll('[data-event-id]')].map((e) => e.getAttribute('data-event-id') ?? '');
  const clustered = [...doc.querySelectorAll('.tarikh-cluster')].flatMap((e) => (e.getAttribute('data-event-ids') ?? '').split(' ').filter(Boolean));
  return new Set([...marks, ...clustered]);
}

describe('npm run demo', () => {
  const out = mkdtempSync(join(tmpdir(), 'tarikh-demo-'));
  const stdout = runDemo(out);
  const timeline = validateTimeline(JSON.parse(readFileSync(join(out, 'seeds.json'), 'utf8'))) as Timeline;
  const svg = readFileSync(join(out, 'seeds.svg'), 'utf8');
  const html = readFileSync(join(out, 'seeds.html'), 'utf8');

  it('prints a summary that matches what it wrote, and the paths', () => {
    const merged = timeline.events.filter((e) => e.sources.length > 1).length;
    const disputed = timeline.events.filter((e) => e.disputed).length;
    expect(stdout).toMatch(new RegExp(`articles\\s+${timeline.articles.length}\\n`));
    expect(stdout).toMatch(new RegExp(`events\\s+${timeline.events.length}\\n`));
    expect(stdout).toMatch(new RegExp(`merged \\(told by more than one source\\)\\s+${merged}\\n`));
    expect(stdout).toMatch(new RegExp(`disputed \\(sources disagree on the time\\)\\s+${disputed}\\n`));
    expect(stdout).toMatch(/relative dates left unresolved\s+\d+/);
    for (const f of ['seeds.json', 'seeds.svg', 'seeds.html']) expect(stdout).toContain(`wrote ${join(out, f)}`);
    expect(timeline.articles).toHaveLength(8);
    expect(disputed).toBeGreaterThan(0);
    expect(merged).toBeGreaterThan(0);
  });

  it('draws every one of the 22 canonical gold events, as a mark or in a cluster', () => {
    const { events: gold } = JSON.parse(readFileSync(`${ROOT}test/eval/seeds-gold.json`, 'utf8')) as { events: GoldEvent[] };
    const manifest = JSON.parse(readFileSync(`${ROOT}seeds/manifest.json`, 'utf8')) as { documents: { file: string; articles: Array<ArticleMetaInput & Record<string, unknown>> }[] };
    const pages = new Map(manifest.documents.map((d) => [d.file, readFileSync(`${ROOT}seeds/${d.file}`, 'utf8')]));
    const { rows, harness } = scoreEvents(gold, manifest, pages, timeline);
    expect(harness).toEqual([]);
    expect(rows).toHaveLength(22);
    const onSvg = drawn(svg);
    const missing = rows.filter((r) => r.eventId === null || !onSvg.has(r.eventId)).map((r) => `${r.id} → ${r.eventId ?? 'no timeline event'}`);
    expect(missing).toEqual([]);
    // And nothing is silently dropped: every timeline event is on the picture once.
    expect(onSvg).toEqual(new Set(timeline.events.map((e) => e.id)));
  });

  it('writes a page whose first paint is the same drawing and whose data is the timeline', () => {
    const doc = new JSDOM(html).window.document;
    const firstPaint = doc.querySelector('#tarikh-timeline svg');
    expect(firstPaint).not.toBeNull();
    expect(new Set([...firstPaint!.querySelectorAll('[data-event-id]')].map((e) => e.getAttribute('data-event-id')))).toEqual(
      new Set([...new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document.querySelectorAll('[data-event-id]')].map((e) => e.getAttribute('data-event-id'))),
    );
    expect(JSON.parse(doc.getElementById('tarikh-data')?.textContent ?? 'null').timeline).toEqual(timeline);
    expect(doc.querySelectorAll('.tarikh-credits li')).toHaveLength(8);
  });

  it('gives the same bytes on a second run in another time zone', () => {
    const again = mkdtempSync(join(tmpdir(), 'tarikh-demo-'));
    execFileSync(process.execPath, [DEMO, again], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TZ: 'America/New_York' } });
    for (const f of ['seeds.json', 'seeds.svg', 'seeds.html']) expect(readFileSync(join(again, f), 'utf8'), f).toBe(readFileSync(join(out, f), 'utf8'));
  }, 60_000);
});
