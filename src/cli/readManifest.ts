import type { ArticleMetaInput } from '../model/types.js';
import { CliError } from './errors.js';
import { readJsonFile } from './io.js';

/** One scraped page of a manifest and the articles it holds (see seeds/manifest.json). */
export interface ManifestDocument {
  file: string;
  articles: ArticleMetaInput[];
}

function fail(path: string, pointer: string, message: string): never {
  throw new CliError(`${path}: ${pointer}: ${message}`);
}

function optionalString(path: string, pointer: string, value: unknown, nullable: boolean): void {
  if (value === undefined || (nullable && value === null) || typeof value === 'string') return;
  fail(path, pointer, `expected a string${nullable ? ' or null' : ''} (got ${JSON.stringify(value)})`);
}

/**
 * Reads a manifest file: `{ documents: [{ file, articles: [{ id, bodyStartsWith, published?,
 * outlet?, title? }] }] }`. Every error names the file and the JSON pointer of the bad value.
 */
export function readManifest(path: string): ManifestDocument[] {
  const raw = readJsonFile(path);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(path, '/', 'expected an object with a "documents" array');
  const docs = (raw as { documents?: unknown }).documents;
  if (!Array.isArray(docs)) fail(path, '/documents', 'expected an array');
  return docs.map((doc: unknown, d): ManifestDocument => {
    const at = `/documents/${d}`;
    if (doc === null || typeof doc !== 'object') fail(path, at, 'expected an object');
    const { file, articles } = doc as { file?: unknown; articles?: unknown };
    if (typeof file !== 'string' || file === '') fail(path, `${at}/file`, `expected a file name (got ${JSON.stringify(file)})`);
    if (articles === undefined) return { file, articles: [] };
    if (!Array.isArray(articles)) fail(path, `${at}/articles`, 'expected an array');
    return {
      file,
      articles: articles.map((a: unknown, i): ArticleMetaInput => {
        const ap = `${at}/articles/${i}`;
        if (a === null || typeof a !== 'object') fail(path, ap, 'expected an object');
        const o = a as Record<string, unknown>;
        if (typeof o.id !== 'string' || o.id === '') fail(path, `${ap}/id`, `expected a non-empty string (got ${JSON.stringify(o.id)})`);
        if (typeof o.bodyStartsWith !== 'string' || o.bodyStartsWith === '') {
          fail(path, `${ap}/bodyStartsWith`, `expected the first words of the article body (got ${JSON.stringify(o.bodyStartsWith)})`);
        }
        optionalString(path, `${ap}/published`, o.published, true);
        optionalString(path, `${ap}/outlet`, o.outlet, false);
        optionalString(path, `${ap}/outletAr`, o.outletAr, true);
        optionalString(path, `${ap}/title`, o.title, true);
        optionalString(path, `${ap}/language`, o.language, false);
        const meta: ArticleMetaInput = { id: o.id, bodyStartsWith: o.bodyStartsWith as string };
        if (o.published !== undefined) meta.published = o.published as string | null;
        if (typeof o.outlet === 'string') meta.outlet = o.outlet;
        if (o.outletAr !== undefined) meta.outletAr = o.outletAr as string | null;
        if (o.title !== undefined) meta.title = o.title as string | null;
        if (typeof o.language === 'string') meta.language = o.language;
        return meta;
      }),
    };
  });
}
