import { basename, dirname, relative, resolve } from 'node:path';
import { buildTimeline } from '../merge/buildTimeline.js';
import { toTimelineJS } from '../model/timelinejs/toTimelineJS.js';
import type { DocumentOptions, ParsedDocument } from '../model/types.js';
import type { Command } from './commands.js';
import { usageError } from './errors.js';
import { readTextFile } from './io.js';
import { lineIndex } from './lineIndex.js';
import { parseJobs } from './parseJobs.js';
import type { ParseJob } from './parseJobs.js';
import { readManifest } from './readManifest.js';
import type { ManifestDocument } from './readManifest.js';

const USAGE =
  'tarikh parse FILE... [--manifest MANIFEST.json] [--published YYYY-MM-DD] [--format tarikh|timelinejs] [--jobs N] [--title TEXT]';

const HELP = `${USAGE}

Parses scraped pages and prints one merged timeline as JSON on stdout.
  --manifest M   per-article metadata (seeds/manifest.json shape); a FILE is matched to its entry by
                 its path relative to the manifest's folder, or by its file name
  --published D  publication date for pages (or articles) the manifest does not date
  --format F     tarikh (default): a Timeline; timelinejs: TimelineJS3 JSON
  --jobs N       parse on N worker threads (1-${64}, default 1); the output does not depend on N
  --title T      title of the timeline
Warnings (articles without a date, relative dates left unresolved) go to stderr as FILE:LINE: ….`;

const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/u;
const MAX_JOBS = 64;

interface ParseArgs {
  files: string[];
  manifest?: string;
  published?: string;
  format: 'tarikh' | 'timelinejs';
  jobs: number;
  title?: string;
}

const VALUE_FLAGS = new Set(['--manifest', '--published', '--format', '--jobs', '--title']);

/** Reads the arguments; every mistake is a usage error naming the flag and the value. */
export function parseArgs(args: string[]): ParseArgs {
  const out: ParseArgs = { files: [], format: 'tarikh', jobs: 1 };
  const seen = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      out.files.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg !== '-') throw usageError(`unknown option ${arg} (usage: ${USAGE})`);
      out.files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_FLAGS.has(flag)) throw usageError(`unknown option ${flag} (usage: ${USAGE})`);
    if (seen.has(flag)) throw usageError(`${flag} given twice`);
    seen.add(flag);
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = args[++i];
      if (value === undefined || value.startsWith('--')) throw usageError(`${flag} needs a value`);
    }
    switch (flag) {
      case '--manifest':
        out.manifest = value;
        break;
      case '--published':
        if (!DATE.test(value)) throw usageError(`--published: invalid date ${JSON.stringify(value)} (expected YYYY-MM-DD or ISO 8601)`);
        out.published = value;
        break;
      case '--format':
        if (value !== 'tarikh' && value !== 'timelinejs') throw usageError(`--format: invalid format ${JSON.stringify(value)} (expected tarikh or timelinejs)`);
        out.format = value;
        break;
      case '--jobs': {
        const n = /^\d+$/u.test(value) ? Number(value) : NaN;
        if (!Number.isInteger(n) || n < 1 || n > MAX_JOBS) throw usageError(`--jobs: invalid value ${JSON.stringify(value)} (expected an integer from 1 to ${MAX_JOBS})`);
        out.jobs = n;
        break;
      }
      case '--title':
        out.title = value;
        break;
    }
  }
  if (out.files.length === 0) throw usageError(`no input files (usage: ${USAGE})`);
  return out;
}

/** The manifest entry of a file: by its path relative to the manifest's folder, else by its name. */
function entryFor(file: string, manifestPath: string, docs: ManifestDocument[]): ManifestDocument | undefined {
  const rel = relative(dirname(resolve(manifestPath)), resolve(file)).split('\\').join('/');
  return docs.find((d) => d.file === rel) ?? docs.find((d) => basename(d.file) === basename(file));
}

/** Warnings for one page, as `file:line: message`, in page order. */
function pageWarnings(file: string, doc: ParsedDocument): string[] {
  const lineOf = lineIndex(doc.text);
  const rows: Array<{ at: number; text: string }> = [];
  const add = (offset: number | undefined, line: number | undefined, message: string) => {
    const l = line ?? (offset !== undefined ? lineOf(offset) : undefined);
    rows.push({ at: offset ?? -1, text: `${file}${l !== undefined ? `:${l}` : ''}: ${message}` });
  };
  const parserCodes = new Set<string>();
  for (const w of [...doc.warnings, ...doc.articles.flatMap((a) => a.warnings)]) {
    parserCodes.add(`${w.code}\u0000${w.articleId ?? ''}`);
    add(w.start, w.line, `${w.articleId ? `[${w.articleId}] ` : ''}${w.message}`);
  }
  for (const a of doc.articles) {
    // The parser may already say so; say it once.
    if (!a.meta.published && !parserCodes.has(`no-publication-date\u0000${a.id}`)) {
      const first = doc.paragraphs.find((p) => p.articleId === a.id && p.role === 'body') ?? doc.paragraphs.find((p) => p.articleId === a.id);
      add(first?.start, undefined, `[${a.id}] article has no publication date: its relative dates stay unresolved`);
    }
    if (!parserCodes.has(`unresolved-relative\u0000${a.id}`)) {
      for (const x of a.expressions) {
        if (x.anchor === 'unresolved') add(x.start, undefined, `[${a.id}] unresolved relative date «${x.text}»`);
      }
    }
  }
  // A page's warnings may repeat its articles' own: say each once.
  return [...new Set(rows.sort((a, b) => a.at - b.at).map((r) => r.text))];
}

let pipeGuarded = false;

async function run(args: string[]): Promise<void> {
  const opts = parseArgs(args);
  if (!pipeGuarded) {
    pipeGuarded = true;
    // `tarikh parse … | head`: a reader that stops early is not an error.
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
  }
  const manifest = opts.manifest !== undefined ? readManifest(opts.manifest) : undefined;
  const notes: string[] = [];
  // Read every file first: a missing file fails before any work starts.
  const jobs: ParseJob[] = opts.files.map((file, index) => {
    const text = readTextFile(file);
    const options: DocumentOptions = { documentId: basename(file).replace(/\.[^.]*$/u, '') };
    if (opts.published !== undefined) options.published = opts.published;
    if (manifest && opts.manifest !== undefined) {
      const entry = entryFor(file, opts.manifest, manifest);
      if (entry) options.articles = entry.articles;
      else notes.push(`${file}: not in ${opts.manifest}; parsed without article metadata`);
    }
    return { index, text, options };
  });
  const docs = await parseJobs(jobs, opts.jobs);
  const timeline = buildTimeline(docs, opts.title !== undefined ? { title: opts.title } : {});
  const warnings = [...notes, ...docs.flatMap((d, i) => pageWarnings(opts.files[i]!, d))];
  if (warnings.length > 0) process.stderr.write(warnings.map((w) => `warning: ${w}`).join('\n') + '\n');
  const out = opts.format === 'timelinejs' ? toTimelineJS(timeline) : timeline;
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

/** `tarikh parse`: pages → one merged timeline on stdout. */
export const parseCommand: Command = {
  summary: 'parse pages into one merged timeline (JSON)',
  usage: HELP,
  run,
};

