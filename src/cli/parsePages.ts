import { basename, dirname, relative, resolve } from 'node:path';
import { buildTimeline } from '../merge/buildTimeline.js';
import type { DocumentOptions, ParsedDocument, Timeline } from '../model/types.js';
import { readTextFile } from './io.js';
import { lineIndex } from './lineIndex.js';
import { parseJobs } from './parseJobs.js';
import type { ParseJob } from './parseJobs.js';
import { readManifest } from './readManifest.js';
import type { ManifestDocument } from './readManifest.js';

/** What `tarikh parse` and `tarikh build` share: the pages, their metadata, how to parse them. */
export interface ParsePagesInput {
  files: string[];
  manifest?: string | undefined;
  published?: string | undefined;
  jobs: number;
  title?: string | undefined;
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

/**
 * Reads every page (a missing file fails before any work starts), parses them with their manifest
 * metadata (on worker threads when jobs > 1) and merges them into one timeline. Warnings are
 * `FILE:LINE: message` strings, for stderr.
 */
export async function parsePages(opts: ParsePagesInput): Promise<{ timeline: Timeline; docs: ParsedDocument[]; warnings: string[] }> {
  const manifest = opts.manifest !== undefined ? readManifest(opts.manifest) : undefined;
  const notes: string[] = [];
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
  return { timeline, docs, warnings };
}
