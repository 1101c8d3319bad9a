// `npm run demo`: the whole pipeline on the seed pages, through the built package (dist/), the way
// a user's script would call it:
//   seeds/*.txt + seeds/manifest.json → parseDocument (one per page) → buildTimeline (one merge)
//   → examples/out/seeds.json, seeds.svg (renderSVG) and seeds.html (renderHTML)
// then a short summary. The outputs depend only on the inputs (no clock, no time zone), so running
// it twice gives the same bytes. `node examples/demo.mjs OUT_DIR` writes elsewhere.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTimeline, parseDocument } from '../dist/index.js';
import { renderHTML, renderSVG } from '../dist/node.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(process.argv[2] ?? `${root}examples/out`);

/** The options the demo draws with; the README picture is this page, so keep them in one place. */
// One lane per outlet: who said what, and where outlets' accounts of one event meet.
const RENDER_OPTIONS = { width: 1200, height: 560, lanes: 'source', locale: 'ar', digits: 'arab' };
const TITLE = 'بوتين في كوريا الشمالية وفيتنام، ومكالمة ترمب وزيلينسكي: خط زمني من خمس صفحات';

const manifest = JSON.parse(readFileSync(`${root}seeds/manifest.json`, 'utf8'));

// An Arabic page credits outlets by their Arabic names; the manifest gives null for an outlet it
// could not establish (wire copy), which the page then calls an unknown source.
const outletOf = (a) => (a.outletAr !== undefined ? a.outletAr ?? 'مصدر غير معروف' : a.outlet);

// One parseDocument per scraped page: the manifest says which articles the page holds (by the
// first words of each body) and when each was published; the segmenter finds the rest.
const docs = manifest.documents.map((entry) =>
  parseDocument(readFileSync(`${root}seeds/${entry.file}`, 'utf8'), {
    documentId: entry.file.replace(/\.txt$/u, ''),
    articles: entry.articles.map((a) => ({
      id: a.id,
      bodyStartsWith: a.bodyStartsWith,
      published: a.published ?? null,
      ...(outletOf(a) !== undefined ? { outlet: outletOf(a) } : {}),
      ...(a.title !== undefined ? { title: a.title } : {}),
    })),
  }),
);

// One merge across every page: a happening told by several outlets becomes one event whose
// sources are all the mentions; outlets that disagree on the day make it `disputed`.
const timeline = buildTimeline(docs, { title: TITLE });

const files = {
  json: `${outDir}/seeds.json`,
  svg: `${outDir}/seeds.svg`,
  html: `${outDir}/seeds.html`,
};
mkdirSync(outDir, { recursive: true });
writeFileSync(files.json, `${JSON.stringify(timeline, null, 2)}\n`);
writeFileSync(files.svg, renderSVG(timeline, RENDER_OPTIONS));
writeFileSync(files.html, renderHTML(timeline, RENDER_OPTIONS));

const articles = docs.flatMap((d) => d.articles);
const unresolved = articles.flatMap((a) => a.expressions.filter((x) => x.anchor === 'unresolved').map((x) => `${a.id} «${x.text}»`));
const count = (pred) => timeline.events.filter(pred).length;
const rows = [
  ['pages', docs.length],
  ['articles', timeline.articles.length],
  ['events', timeline.events.length],
  ['merged (told by more than one source)', count((e) => e.sources.length > 1)],
  ['disputed (sources disagree on the time)', count((e) => e.disputed)],
  ['relative dates left unresolved', `${unresolved.length}${unresolved.length ? `: ${unresolved.join(', ')}` : ''}`],
];
// Paths as the user typed them: relative to where they stand when inside it, else absolute.
const show = (path) => {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') ? path : rel;
};
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`tarikh demo — ${timeline.title}\n`);
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
console.log('');
for (const path of Object.values(files)) console.log(`  wrote ${show(path)}`);
console.log(`\nOpen ${show(files.html)} in a browser (it works from file://).`);
