import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedDocument, Timeline } from '../model/types.js';
import { renderHTML } from '../node/renderHTML.js';
import { renderSVG, type StaticRenderOptions } from '../node/renderSVG.js';
import { normalizeOptions } from '../render/options.js';
import type { Command } from './commands.js';
import { CliError, usageError } from './errors.js';
import { parsePages } from './parsePages.js';
import { parseCommandArgs, renderFlags, renderOptionsFromFlags } from './renderArgs.js';
import { writeOutput } from './writeOutput.js';

const USAGE =
  'tarikh build DIR_OR_FILE... --out DIR [--manifest MANIFEST.json] [--published YYYY-MM-DD] [--jobs N] [--name STEM] ' +
  '[--width PX] [--height PX] [--lanes none|type|actor|place|source] [--dir rtl|ltr] [--locale ar-SY] ' +
  '[--digits arab|latn] [--calendar gregory|islamic-umalqura] [--theme light|dark] [--title TEXT]';

const HELP = `${USAGE}

Parses pages and renders them in one go: writes STEM.json (the merged timeline), STEM.svg (static
SVG) and STEM.html (a self-contained interactive page) into --out (STEM defaults to "timeline").
  DIR_OR_FILE    a page (UTF-8 text), or a folder: its *.txt files, in name order
  --manifest M   per-article metadata (seeds/manifest.json shape); default DIR/manifest.json when a
                 single folder is given and holds one
  --published D  publication date for pages the manifest does not date
  --jobs N       parse on N worker threads (the output does not depend on N)
  --title T      title of the timeline, its SVG and its page
  other flags    as for 'tarikh render'
Warnings (articles without a date, relative dates left unresolved) go to stderr as FILE:LINE: ….`;

const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/u;

/** The pages to parse: files as given, folders replaced by their *.txt files in name order. */
export function expandInputs(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      throw new CliError(`${input}: no such file or folder`);
    }
    if (!isDir) {
      files.push(input);
      continue;
    }
    const pages = readdirSync(input)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(input, f));
    if (pages.length === 0) throw new CliError(`${input}: no .txt pages in this folder`);
    files.push(...pages);
  }
  return files;
}

/** Counts for the one-line summary: what a reader checks first. */
export function timelineSummary(timeline: Timeline, docs: ParsedDocument[]): string {
  const merged = timeline.events.filter((e) => e.sources.length > 1).length;
  const disputed = timeline.events.filter((e) => e.disputed).length;
  const unresolved = docs.reduce((n, d) => n + d.articles.reduce((m, a) => m + a.expressions.filter((x) => x.anchor === 'unresolved').length, 0), 0);
  return `${timeline.articles.length} articles, ${timeline.events.length} events (${merged} told by several sources, ${disputed} disputed), ${unresolved} relative dates unresolved`;
}

function positiveJobs(raw: string | undefined): number {
  if (raw === undefined) return 1;
  const n = /^\d{1,2}$/u.test(raw) ? Number(raw) : NaN;
  if (!(n >= 1 && n <= 64)) throw usageError(`--jobs: invalid value ${JSON.stringify(raw)} (expected an integer from 1 to 64)`);
  return n;
}

async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      manifest: { type: 'string' },
      published: { type: 'string' },
      jobs: { type: 'string' },
      name: { type: 'string' },
      ...renderFlags,
    },
  });
  if (positionals.length === 0) throw usageError(`no input pages; usage: ${USAGE}`);
  if (values.out === undefined || values.out === '') throw usageError(`give --out DIR; usage: ${USAGE}`);
  if (values.published !== undefined && !DATE.test(values.published)) {
    throw usageError(`--published: invalid date ${JSON.stringify(values.published)} (expected YYYY-MM-DD or ISO 8601)`);
  }
  const stem = values.name ?? 'timeline';
  if (!/^[\w.-]{1,100}$/u.test(stem) || stem.startsWith('.')) throw usageError(`--name: invalid file name stem ${JSON.stringify(stem)} (letters, digits, -, _ and .)`);
  const jobs = positiveJobs(values.jobs);
  const { title, ...flags } = renderOptionsFromFlags(values);
  const options = flags as StaticRenderOptions;
  // Check the render flags before spending time on parsing: a typo fails at once.
  try {
    normalizeOptions(options);
  } catch (err) {
    if (err instanceof RangeError || err instanceof TypeError) throw usageError(err.message);
    throw err;
  }

  let manifest = values.manifest;
  if (manifest === undefined && positionals.length === 1) {
    const implied = join(positionals[0]!, 'manifest.json');
    if (existsSync(implied) && statSync(positionals[0]!).isDirectory()) manifest = implied;
  }
  const files = expandInputs(positionals);
  const { timeline, docs, warnings } = await parsePages({ files, manifest, published: values.published, jobs, title });
  if (warnings.length > 0) process.stderr.write(warnings.map((w) => `warning: ${w}`).join('\n') + '\n');

  // Render everything before writing anything: a failure leaves no half-written set of files.
  let svg: string;
  let html: string;
  try {
    svg = renderSVG(timeline, options);
    html = renderHTML(timeline, options);
  } catch (err) {
    if (err instanceof RangeError || err instanceof TypeError) throw usageError(err.message);
    throw err;
  }
  const outputs: Array<[string, string]> = [
    [join(values.out, `${stem}.json`), `${JSON.stringify(timeline, null, 2)}\n`],
    [join(values.out, `${stem}.svg`), svg],
    [join(values.out, `${stem}.html`), html],
  ];
  for (const [path, text] of outputs) writeOutput(path, text);
  process.stdout.write(`${timelineSummary(timeline, docs)}\n`);
  for (const [path] of outputs) process.stdout.write(`wrote ${path}\n`);
}

/** `tarikh build`: pages → timeline JSON, static SVG and standalone HTML, in one command. */
export const buildCommand: Command = {
  summary: 'parse pages and write the timeline as JSON, SVG and HTML in one go',
  usage: HELP,
  run,
};
