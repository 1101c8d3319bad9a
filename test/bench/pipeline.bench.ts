// Pipeline section of `npm run bench`: parseDocument on 1,000 pages generated from the seed
// paragraphs, then one buildTimeline — the throughput a newsroom folder would see (articles/s).
// Runs standalone too: `npx tsx test/bench/pipeline.bench.ts`.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildTimeline } from '../../src/merge/buildTimeline.js';
import { parseDocument } from '../../src/pipeline/parseDocument.js';
import { rng } from './merge.bench.js';

/**
 * `pages` pages cut from the seed paragraphs (30 paragraphs each, shuffled with a fixed seed), each
 * with a publication date, as a folder of scraped pages without a manifest would come.
 */
export function generatePages(pages: number): string[] {
  const dir = fileURLToPath(new URL('../../seeds/', import.meta.url));
  const paragraphs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(dir + f, 'utf8').split(/\n+/u))
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const r = rng(3);
  return Array.from({ length: pages }, () => Array.from({ length: 30 }, () => paragraphs[Math.floor(r() * paragraphs.length)]!).join('\n'));
}

/** parseDocument on every page, then one buildTimeline: the whole pipeline's throughput. */
function measurePipeline(pages: string[]): Record<string, string | number> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const docs = pages.map((text, i) => parseDocument(text, { published: '2024-06-21', documentId: `page${i}` }));
  const t1 = performance.now();
  const timeline = buildTimeline(docs);
  const t2 = performance.now();
  const cpu = process.cpuUsage(c0);
  const articles = docs.reduce((n, d) => n + d.articles.length, 0);
  const candidates = docs.reduce((n, d) => n + d.articles.reduce((m, a) => m + a.events.length, 0), 0);
  return {
    input: `${pages.length} generated pages (seed paragraphs)`,
    articles,
    candidates,
    events: timeline.events.length,
    'parse ms': Math.round(t1 - t0),
    'merge ms': Math.round(t2 - t1),
    'cpu ms': Math.round((cpu.user + cpu.system) / 1000),
    'articles/s': Math.round(articles / ((t2 - t0) / 1000)),
  };
}

export const pipelineSection = {
  name: 'pipeline',
  run(): { name: string; rows: Array<Record<string, string | number>>; json: unknown } {
    const row = measurePipeline(generatePages(1000));
    return { name: 'pipeline', rows: [row], json: row };
  },
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.table(pipelineSection.run().rows);
}
