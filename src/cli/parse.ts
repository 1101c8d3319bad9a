import { toTimelineJS } from '../model/timelinejs/toTimelineJS.js';
import type { Command } from './commands.js';
import { usageError } from './errors.js';
import { parsePages } from './parsePages.js';

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
  const { timeline, warnings } = await parsePages(opts);
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

