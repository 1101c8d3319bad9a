// `npm run eval`: scores the tagger (and, as sections are added, later stages) against the seed
// gold. Prints a summary per section and writes test/eval/last-eval.json. A low score is a result,
// not an error: the exit code is non-zero only when the eval itself crashes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadContext } from './context.js';
import type { EvalSection, SectionResult } from './section.js';
import { timexSection } from './timexSection.js';
import { eventsSection } from './events.js';

/** Sections run in order; add a section here (e.g. events) and it is printed and saved. */
export const sections: EvalSection[] = [timexSection, eventsSection];

export const LAST_EVAL_PATH = fileURLToPath(new URL('./last-eval.json', import.meta.url));

function table(rows: Array<[string, string]>): string {
  const w = Math.max(...rows.map(([k]) => k.length), 6);
  return rows.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`).join('\n');
}

/** Runs every section; a section that throws is reported and the others still run. */
export function runEval(selected: readonly EvalSection[] = sections): { results: SectionResult[]; crashed: string[] } {
  const ctx = loadContext();
  const results: SectionResult[] = [];
  const crashed: string[] = [];
  for (const section of selected) {
    try {
      results.push(section.run(ctx));
    } catch (e) {
      crashed.push(`${section.name}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
  return { results, crashed };
}

function main(): void {
  const { results, crashed } = runEval();
  for (const r of results) {
    console.log(`\n== ${r.name} ==`);
    console.log(table(r.summary));
    if (r.details.length > 0) console.log(r.details.join('\n'));
  }
  for (const c of crashed) console.error(`\n== CRASH in section ${c}`);
  const json = {
    date: new Date().toISOString(),
    sections: Object.fromEntries(results.map((r) => [r.name, r.json])),
    crashed,
  };
  writeFileSync(LAST_EVAL_PATH, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nwrote ${LAST_EVAL_PATH}`);
  if (crashed.length > 0) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (e) {
    console.error(e);
    process.exitCode = 1;
  }
}
