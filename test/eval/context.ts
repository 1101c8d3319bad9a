// Loads the seed pages, the manifest and the gold once, and cuts each page into its articles by
// the manifest's bodyStartsWith positions, so every eval section sees the same article texts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEEDS_DIR = `${ROOT}seeds/`;
export const GOLD_PATH = `${ROOT}test/eval/seeds-gold.json`;

export interface GoldTimex {
  article: string;
  text: string;
  occurrence?: number;
  value: string | null;
  interval: { start: string; end: string } | null;
  approximate?: boolean;
  note?: string;
  file: string;
  offset: number;
}

export interface GoldNotTimex {
  article: string;
  text: string;
  why?: string;
}

export interface Gold {
  about?: string;
  timex: GoldTimex[];
  notTimex: GoldNotTimex[];
  events?: unknown[];
}

export interface ManifestArticle {
  id: string;
  bodyStartsWith: string;
  published: string | null;
  outlet?: string;
  outletAr?: string | null;
  title?: string | null;
  language?: string;
}

export interface Manifest {
  documents: { file: string; articles: ManifestArticle[] }[];
}

/** One article cut out of its page: [start, end) in the page, and its text. */
export interface ArticleSlice {
  id: string;
  file: string;
  start: number;
  end: number;
  text: string;
  published: string | null;
  meta: ManifestArticle;
}

export interface EvalContext {
  gold: Gold;
  manifest: Manifest;
  /** Page text by file name. */
  pages: Map<string, string>;
  articles: ArticleSlice[];
}

/**
 * Cuts a page into articles: each article runs from its bodyStartsWith position to the next
 * article's; text before the first body (page title, header) belongs to the first article.
 */
export function sliceArticles(file: string, page: string, articles: readonly ManifestArticle[]): ArticleSlice[] {
  const located = articles.map((meta) => {
    const at = page.indexOf(meta.bodyStartsWith);
    if (at < 0) throw new Error(`${file}: article ${meta.id} not found (bodyStartsWith «${meta.bodyStartsWith}»)`);
    return { meta, at };
  });
  located.sort((a, b) => a.at - b.at);
  return located.map(({ meta, at }, i) => {
    const start = i === 0 ? 0 : at;
    const end = located[i + 1]?.at ?? page.length;
    return { id: meta.id, file, start, end, text: page.slice(start, end), published: meta.published ?? null, meta };
  });
}

/** The article of `file` that holds page offset `offset`. */
export function articleAt(ctx: EvalContext, file: string, offset: number): ArticleSlice | undefined {
  return ctx.articles.find((a) => a.file === file && offset >= a.start && offset < a.end);
}

export function loadContext(): EvalContext {
  const gold = JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as Gold;
  const manifest = JSON.parse(readFileSync(`${SEEDS_DIR}manifest.json`, 'utf8')) as Manifest;
  const pages = new Map<string, string>();
  const articles: ArticleSlice[] = [];
  for (const doc of manifest.documents) {
    const page = readFileSync(`${SEEDS_DIR}${doc.file}`, 'utf8');
    pages.set(doc.file, page);
    articles.push(...sliceArticles(doc.file, page, doc.articles));
  }
  return { gold, manifest, pages, articles };
}
