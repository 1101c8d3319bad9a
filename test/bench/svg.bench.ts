// SVG section of `npm run bench` (`npm run bench -- svg` alone): renderSVG on 1,000 and 10,000
// synthetic events (test/support/syntheticTimeline.ts), with Observable Plot drawing the same
// number of dots into a jsdom document in the same run, as the yardstick. Both produce a
// serialized SVG string: renderSVG validates, lays out, draws and serializes; Plot scales, draws
// and is serialized with outerHTML. The same render drawn into jsdom instead of linkedom is timed
// beside them (and must give the same bytes). Three rounds of three timed runs each (after an
// untimed one), so all three see the same machine load. Wall time is the target (10,000 events
// ≤ 250 ms and faster than Plot); CPU time (user + system of this process) is printed beside it,
// as the other sections do, because a shared machine inflates wall time.
// Runs standalone too: `npx tsx test/bench/svg.bench.ts`.
import { fileURLToPath } from 'node:url';
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { drawStaticSvg } from '../../src/node/drawStaticSvg.js';
import { renderSVG } from '../../src/node/renderSVG.js';
import { serializeSvg } from '../../src/node/serializeSvg.js';
import type { Timeline } from '../../src/model/types.js';
import { syntheticTimeline } from '../support/syntheticTimeline.js';

const SIZES = [1000, 10_000];
const RUNS = 9;
const ROUNDS = 3;
const WIDTH = 1200;
const TARGET_MS_10K = 250;

interface Times {
  wall: number[];
  cpu: number[];
}

function timed(fn: () => void, into: Times): void {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  into.wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  into.cpu.push((c.user + c.system) / 1000);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Plot's dots for the same events: x = start time, y = event type (the lanes a reader would ask for). */
function plotDots(timeline: Timeline): () => string {
  const data = timeline.events.map((e) => ({ t: new Date(`${e.when.start.slice(0, 10)}T00:00:00Z`), type: e.type }));
  return () => {
    const document = new JSDOM('<!doctype html><html><body></body></html>').window.document;
    const svg = Plot.plot({ document: document as unknown as Document, width: WIDTH, marks: [Plot.dot(data, { x: 't', y: 'type' })] });
    return (svg as Element).outerHTML;
  };
}

/** The 10,000-event row carries the target; every row says how renderSVG compares with Plot. */
function verdict(n: number, ours: number, plot: number): string {
  const ratio = `${(plot / ours).toFixed(1)}× Plot's speed`;
  if (n >= 10_000) return ours <= TARGET_MS_10K && ours < plot ? `target met (${ratio})` : `TARGET MISSED (${ratio}; target ≤ ${TARGET_MS_10K} ms and faster than Plot)`;
  return ratio;
}

/** renderSVG's work drawn into a jsdom document instead of linkedom: why renderSVG uses linkedom. */
function renderOnJsdom(timeline: Timeline): string {
  const document = new JSDOM('<!doctype html><html><body></body></html>').window.document;
  return serializeSvg(drawStaticSvg(document, timeline, { width: WIDTH }));
}

export const svgSection = {
  name: 'svg',
  run(): { name: string; rows: Array<Record<string, string | number>>; json: unknown } {
    const rows: Array<Record<string, string | number>> = [];
    const json: unknown[] = [];
    for (const n of SIZES) {
      const timeline = syntheticTimeline(n);
      const plot = plotDots(timeline);
      let svg = '';
      let plotSvg = '';
      // One untimed warm-up of each: the JIT and module caches are not what we measure.
      svg = renderSVG(timeline, { width: WIDTH });
      plotSvg = plot();
      let onJsdom = renderOnJsdom(timeline);
      const ours: Times = { wall: [], cpu: [] };
      const theirs: Times = { wall: [], cpu: [] };
      const jsdom: Times = { wall: [], cpu: [] };
      // Rounds of short blocks: each contender runs an untimed call (which also pays for the garbage
      // the previous contender left), then RUNS / ROUNDS timed calls. Blocks keep each one's
      // collections mostly its own; rounds spread the machine's load changes over all three.
      for (let round = 0; round < ROUNDS; round++) {
        for (const [fn, into] of [
          [() => (svg = renderSVG(timeline, { width: WIDTH })), ours],
          [() => (plotSvg = plot()), theirs],
          [() => (onJsdom = renderOnJsdom(timeline)), jsdom],
        ] as const) {
          fn();
          for (let r = 0; r < RUNS / ROUNDS; r++) timed(fn, into);
        }
      }
      // The DOM must not change the drawing: same bytes from both.
      if (onJsdom !== svg) throw new Error(`svg bench: renderSVG on jsdom and on linkedom differ for ${n} events`);
      const marks = (svg.match(/data-event-id="/gu) ?? []).length;
      const badges = (svg.match(/class="tarikh-cluster"/gu) ?? []).length;
      const dots = (plotSvg.match(/<circle/gu) ?? []).length;
      const row = {
        events: n,
        'renderSVG ms': +median(ours.wall).toFixed(1),
        'renderSVG CPU ms': +median(ours.cpu).toFixed(1),
        'Plot dots ms': +median(theirs.wall).toFixed(1),
        'Plot CPU ms': +median(theirs.cpu).toFixed(1),
        'same on jsdom ms': +median(jsdom.wall).toFixed(1),
        'same on jsdom CPU ms': +median(jsdom.cpu).toFixed(1),
        'renderSVG KB': +(svg.length / 1024).toFixed(0),
        'Plot KB': +(plotSvg.length / 1024).toFixed(0),
        drawn: `${marks} marks + ${badges} badges`,
        verdict: verdict(n, median(ours.wall), median(theirs.wall)),
      };
      rows.push(row);
      json.push({ events: n, runs: RUNS, width: WIDTH, renderSVG: ours, plot: theirs, renderSVGOnJsdom: jsdom, marks, badges, plotDots: dots, svgBytes: svg.length, plotBytes: plotSvg.length });
    }
    return { name: 'svg', rows, json };
  },
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.table(svgSection.run().rows);
}
