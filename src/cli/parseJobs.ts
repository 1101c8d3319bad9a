import { Worker } from 'node:worker_threads';
import type { DocumentOptions, ParsedDocument } from '../model/types.js';
import { parseDocument } from '../pipeline/parseDocument.js';

export interface ParseJob {
  index: number;
  text: string;
  options: DocumentOptions;
}

export type ParseJobResult = { index: number; doc: ParsedDocument } | { index: number; error: { name: string; message: string } };

/** Re-raises a worker's error as the same kind, so the CLI reports it the same way as in-thread. */
function revive(error: { name: string; message: string }): Error {
  if (error.name === 'TypeError') return new TypeError(error.message);
  if (error.name === 'RangeError') return new RangeError(error.message);
  const e = new Error(error.message);
  e.name = error.name;
  return e;
}

/**
 * Starts a parse worker. Built, the CLI ships `dist/parse-worker.js` beside `dist/cli.js`; run from
 * the TypeScript sources (tests, tsx), the worker loads `parseWorker.ts` through tsx.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const url = new URL('./parseWorker.ts', here).href;
    return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`, { eval: true });
  }
  return new Worker(new URL('./parse-worker.js', here));
}

/**
 * Parses pages with `parseDocument`, on `jobs` worker threads when jobs > 1 (pages are handed out
 * one at a time, so a long page does not hold up the rest), in this thread when jobs is 1.
 * Results come back in input order whatever the scheduling, so the output does not depend on
 * `jobs`. The first failure stops every worker and is thrown.
 */
export async function parseJobs(jobs: ParseJob[], workers: number): Promise<ParsedDocument[]> {
  if (workers <= 1 || jobs.length <= 1) return jobs.map((j) => parseDocument(j.text, j.options));
  const results: ParsedDocument[] = new Array(jobs.length);
  const pool = Array.from({ length: Math.min(workers, jobs.length) }, startWorker);
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      const feed = (w: Worker) => {
        if (next < jobs.length) w.postMessage(jobs[next++]);
      };
      for (const w of pool) {
        w.on('message', (r: ParseJobResult) => {
          if ('error' in r) return reject(revive(r.error));
          results[r.index] = r.doc;
          if (++done === jobs.length) resolve();
          else feed(w);
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (done < jobs.length) reject(new Error(`parse worker exited early (code ${code})`));
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
