import type { ArticleMetaInput } from '../model/types.js';
import { CliError } from './errors.js';
import { readJsonFile } from './io.js';

/** One page of a manifest: its file name and the articles on it (seeds/manifest.json shape). */
export interface ManifestDocument {
  file: string;
  articles: ArticleMetaInput[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

const DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/u;

/**
 * Reads a manifest (`{ documents: [{ file, articles: [{ id, bodyStartsWith, published, … }] }] }`),
 * checking its shape: an error names the file and the JSON path (`m.json: /documents/1/articles/0/id
 * must be a non-empty string (got 5)`). Fields beyond the known ones (notes, evidence) are ignored.
 */
export function readManifest(path: string): ManifestDocument[] {
  const json = readJsonFile(path);
  const fail = (at: string, what: string, got: unknown): never => {
    throw new CliError(`${path}: ${at} must be ${what} (got ${describe(got)})`);
  };
  if (!isObj(json)) fail('the manifest', 'an object with a documents array', json);
  const docs = (json as Obj).documents;
  if (!Array.isArray(docs)) fail('/documents', 'an array', docs);
  const seen = new Set<string>();
  return (docs as unknown[]).map((doc, i) => {
    const at = `/documents/${i}`;
    if (!isObj(doc)) fail(at, 'an object', doc);
    const d = doc as Obj;
    if (typeof d.file !== 'string' || d.file === '') fail(`${at}/file`, 'a non-empty string', d.file);
    if (seen.has(d.file as string)) fail(`${at}/file`, 'unique in the manifest', d.file);
    seen.add(d.file as string);
    if (!Array.isArray(d.articles)) fail(`${at}/articles`, 'an array', d.articles);
    const articles = (d.articles as unknown[]).map((a, j): ArticleMetaInput => {
      const aat = `${at}/articles/${j}`;
      if (!isObj(a)) fail(aat, 'an object', a);
      const x = a as Obj;
      if (typeof x.id !== 'string' || x.id === '') fail(`${aat}/id`, 'a non-empty string', x.id);
      if (typeof x.bodyStartsWith !== 'string' || x.bodyStartsWith.trim() === '') fail(`${aat}/bodyStartsWith`, 'a non-empty string', x.bodyStartsWith);
      if (x.published !== undefined && x.published !== null && (typeof x.published !== 'string' || !DATE.test(x.published))) {
        fail(`${aat}/published`, "null or a date 'YYYY-MM-DD'", x.published);
      }
      for (const k of ['outlet', 'language'] as const) {
        if (x[k] !== undefined && typeof x[k] !== 'string') fail(`${aat}/${k}`, 'a string', x[k]);
      }
      for (const k of ['outletAr', 'title'] as const) {
        if (x[k] !== undefined && x[k] !== null && typeof x[k] !== 'string') fail(`${aat}/${k}`, 'null or a string', x[k]);
      }
      const out: ArticleMetaInput = { id: x.id as string, bodyStartsWith: x.bodyStartsWith as string };
      if (x.published !== undefined) out.published = x.published as string | null;
      if (x.outlet !== undefined) out.outlet = x.outlet as string;
      if (x.outletAr !== undefined) out.outletAr = x.outletAr as string | null;
      if (x.title !== undefined) out.title = x.title as string | null;
      if (x.language !== undefined) out.language = x.language as string;
      return out;
    });
    return { file: d.file as string, articles };
  });
}
