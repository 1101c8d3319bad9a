import type { ArticleMetaInput, Paragraph, ParagraphRole, ParseWarning } from '../model/types.js';
import { boilerplate as arBoilerplate, type BoilerplateLocale } from '../locales/ar/boilerplate.js';
import { classifyLine, type LineKind } from './classifyLine.js';
import { matchKey } from './matchKey.js';
import { splitLines, type LineSpan } from './splitLines.js';
import { lineNumberAt } from './lineNumberAt.js';

/** One article found on a page. Offsets index the page text. */
export interface SegmentedArticle {
  id: string;
  /** The manifest entry it was found by, when one was given. */
  meta: ArticleMetaInput | null;
  /** First character of its first line (title block) and end of its last line. */
  start: number;
  end: number;
  /** First character of its body (what `bodyStartsWith` matched). */
  bodyStart: number;
  /** The first title line of the article, as written, or null. */
  title: string | null;
  /** Indexes into `Segmentation.paragraphs` of the paragraphs that belong to it. */
  paragraphs: number[];
}

export interface Segmentation {
  paragraphs: Paragraph[];
  articles: SegmentedArticle[];
  warnings: ParseWarning[];
}

export interface SegmentOptions {
  /** Per-article metadata (seeds/manifest.json shape): each article is found by its body's first words. */
  articles?: readonly ArticleMetaInput[];
  /** Base for generated article ids when no metadata names them. */
  documentId?: string;
  /** Page-chrome markers; Arabic by default. */
  locale?: BoilerplateLocale;
  /** The text is one article (parseArticle): no splitting; chrome inside it still gets its roles. */
  single?: boolean;
}

interface Line extends LineSpan {
  kind: LineKind;
  key: string;
}

// Kinds that may stand in an article's title block above its body.
const HEAD_KINDS: ReadonlySet<LineKind> = new Set(['heading', 'caption', 'marker']);
// Kinds that do not interrupt a run of body paragraphs.
const RUN_KINDS: ReadonlySet<LineKind> = new Set(['text', 'caption', 'heading', 'marker', 'teaser', 'readAlso']);
/** A run of at least this many text paragraphs after page chrome is an article, not a teaser. */
const MIN_BODY_RUN = 3;
/** How far below a title its repetition may appear (scraped pages print the title twice). */
const REPEAT_WINDOW = 8;

/** A line below the body's start with this many words is a paragraph even without a full stop. */
const PARAGRAPH_WORDS = 8;
/** Headings of this many words or fewer are navigation when a longer headline stands with them. */
const NAV_WORDS = 3;

function wordsIn(key: string): number {
  return key.length === 0 ? 0 : key.split(' ').length;
}

/**
 * The headline of a title block: the first heading longer than a breadcrumb. Scraped pages put
 * breadcrumbs and section names ("الرئيسية", "أخبار") above it; a summary may follow it. With only
 * short headings, the longest is the best there is.
 */
function pickTitle(block: readonly Line[]): Line | undefined {
  let best: Line | undefined;
  for (const line of block) {
    if (line.kind !== 'heading') continue;
    if (wordsIn(line.key) > NAV_WORDS) return line;
    if (!best || wordsIn(line.key) > wordsIn(best.key)) best = line;
  }
  return best;
}

/** Index of the first line of the title block above the body line `body`. */
function headStart(lines: readonly Line[], body: number, floor: number): number {
  let start = body;
  let k = body - 1;
  // A byline sits right above the body ("البلاد – واشنطن"); one further up belongs to something else.
  if (k >= floor && lines[k]!.kind === 'byline') start = k--;
  while (k >= floor && HEAD_KINDS.has(lines[k]!.kind)) start = k--;
  return start;
}

/** Number of text lines in the run of body-like lines starting at `from`. */
function bodyRun(lines: readonly Line[], from: number, stopAt: number): number {
  let count = 0;
  for (let i = from; i < stopAt && RUN_KINDS.has(lines[i]!.kind); i++) {
    if (lines[i]!.kind === 'text') count++;
  }
  return count;
}

/** A title repeated a few lines below with only captions and markers between, then body text. */
function repeatedTitleBody(lines: readonly Line[], i: number): number {
  const line = lines[i]!;
  if (line.kind !== 'heading') return -1;
  for (let j = i + 1; j < lines.length && j <= i + REPEAT_WINDOW; j++) {
    const other = lines[j]!;
    if (other.kind === 'heading' && other.key === line.key) {
      let k = j + 1;
      while (k < lines.length && (lines[k]!.kind === 'caption' || lines[k]!.kind === 'marker')) k++;
      return k < lines.length && lines[k]!.kind === 'text' ? k : -1;
    }
    if (!HEAD_KINDS.has(other.kind)) return -1;
  }
  return -1;
}

/** Finds the line where an article's body starts from the first words of that body. */
function findBody(lines: readonly Line[], bodyStartsWith: string, used: ReadonlySet<number>): number {
  const want = matchKey(bodyStartsWith);
  if (want.length === 0) return -1;
  for (let i = 0; i < lines.length; i++) if (!used.has(i) && lines[i]!.key.startsWith(want)) return i;
  for (let i = 0; i < lines.length; i++) if (!used.has(i) && lines[i]!.key.includes(want)) return i;
  return -1;
}

/** Body starts found without metadata: after page chrome, a long enough run of text is an article. */
function detectBodies(lines: readonly Line[]): number[] {
  const bodies: number[] = [];
  const firstText = lines.findIndex((l) => l.kind === 'text' || l.kind === 'teaser');
  if (firstText < 0) return bodies;
  bodies.push(firstText);
  let chrome = false;
  for (let i = firstText + 1; i < lines.length; i++) {
    const kind = lines[i]!.kind;
    if (!chrome) {
      if (kind === 'label' || kind === 'tagcloud' || kind === 'source' || kind === 'bullet') {
        chrome = true;
        continue;
      }
      const body = repeatedTitleBody(lines, i);
      if (body > 0) {
        bodies.push(body);
        i = body;
      }
      continue;
    }
    if (kind === 'text' && bodyRun(lines, i, lines.length) >= MIN_BODY_RUN) {
      bodies.push(i);
      chrome = false;
    }
  }
  return bodies;
}

function roleOf(kind: LineKind, inArticle: boolean): ParagraphRole {
  switch (kind) {
    case 'text':
      return inArticle ? 'body' : 'teaser';
    case 'heading':
      return inArticle ? 'title' : 'teaser';
    case 'caption':
      return 'caption';
    case 'teaser':
    case 'readAlso':
      return 'teaser';
    case 'bullet':
      return 'list';
    default:
      return 'boilerplate';
  }
}

/**
 * Splits a scraped page into articles and page chrome, and gives every non-empty line a role:
 * title, body, caption (photo captions ending in an agency tag — kept, they carry events), teaser
 * (inline teasers and related-article titles/summaries), list (bulleted related lists) or
 * boilerplate (TT markers, source lines, tag clouds, labels, bylines, repeated titles/captions).
 *
 * With `options.articles`, each article is found by the first words of its body (both sides
 * folded: diacritics, hamza, spacing, punctuation) and extends up over its title block; without
 * metadata the page is still split: after a related list / source line / tag cloud, a run of at
 * least three text paragraphs starts a new article, and so does a title repeated just below itself.
 *
 * @example
 * const page = 'بوتين في هانوي\n\nوصل بوتين إلى هانوي الخميس.\n\nالمصدر: الحرة';
 * segmentDocument(page).paragraphs.map((p) => p.role) // ['title', 'body', 'boilerplate']
 */
export function segmentDocument(text: string, options: SegmentOptions = {}): Segmentation {
  const locale = options.locale ?? arBoilerplate;
  const lines: Line[] = splitLines(text).map((span) => {
    const raw = text.slice(span.start, span.end);
    return { ...span, kind: classifyLine(raw, locale), key: matchKey(raw) };
  });
  const warnings: ParseWarning[] = [];
  const base = options.documentId ?? 'article';
  // Text scraped without its full stops reads as headings only. With no text line at all, the
  // first of several headings stays the title and the rest are the article's paragraphs.
  if (!lines.some((l) => l.kind === 'text' || l.kind === 'teaser')) {
    const headings = lines.filter((l) => l.kind === 'heading');
    for (const l of headings.length > 1 ? headings.slice(1) : headings) l.kind = 'text';
  }

  // 1. Where each article's body starts.
  let found: Array<{ body: number; meta: ArticleMetaInput | null }> = [];
  const metas = options.articles ?? [];
  if (metas.length > 0) {
    const used = new Set<number>();
    for (const meta of metas) {
      const body = findBody(lines, meta.bodyStartsWith, used);
      if (body < 0) {
        warnings.push({
          code: 'article-not-found',
          message: `article "${meta.id}": no line starts with "${meta.bodyStartsWith}"`,
          articleId: meta.id,
        });
        continue;
      }
      used.add(body);
      found.push({ body, meta });
    }
  }
  if (found.length === 0) {
    const bodies = detectBodies(lines);
    found = (options.single ? bodies.slice(0, 1) : bodies).map((body) => ({ body, meta: null }));
  }
  found.sort((a, b) => a.body - b.body);

  // 2. Title blocks, regions, and roles.
  const roles: ParagraphRole[] = lines.map((l) => roleOf(l.kind, false));
  const owner: Array<number | null> = lines.map(() => null);
  const heads = found.map((f, k) => (options.single ? 0 : headStart(lines, f.body, k === 0 ? 0 : found[k - 1]!.body + 1)));
  const articles: SegmentedArticle[] = [];
  found.forEach((f, k) => {
    const from = heads[k]!;
    const to = k + 1 < found.length ? heads[k + 1]! : lines.length;
    const seen = new Set<string>();
    let chrome = false;
    let last = from;
    for (let i = from; i < to; i++) {
      const line = lines[i]!;
      if (chrome && line.kind === 'text' && bodyRun(lines, i, to) >= MIN_BODY_RUN) chrome = false;
      if (chrome) continue;
      if (line.kind === 'label' || line.kind === 'tagcloud' || line.kind === 'bullet') {
        chrome = true;
        continue;
      }
      owner[i] = k;
      last = i;
      let role = roleOf(line.kind, true);
      // Below the body's start, a sentence-long line without its full stop is a paragraph, not a
      // crosshead: crossheads are short.
      if (line.kind === 'heading' && i > f.body && !seen.has(line.key) && wordsIn(line.key) >= PARAGRAPH_WORDS) role = 'body';
      // A title or caption printed again (scraped pages repeat the header block) is chrome.
      if ((role === 'title' || role === 'caption') && seen.has(line.key)) role = 'boilerplate';
      seen.add(line.key);
      roles[i] = role;
      if (line.kind === 'source') chrome = true;
    }
    const titleLine = pickTitle(lines.slice(from, f.body));
    // Breadcrumbs and section names above the headline ("الرئيسية", "عربي ودولي") are page chrome.
    for (let i = from; i < f.body; i++) {
      const line = lines[i]!;
      if (line !== titleLine && line.kind === 'heading' && roles[i] === 'title' && wordsIn(line.key) <= NAV_WORDS) roles[i] = 'boilerplate';
    }
    articles.push({
      id: f.meta?.id ?? (found.length === 1 ? base : `${base}-${k + 1}`),
      meta: f.meta,
      start: lines[from]!.start,
      end: lines[last]!.end,
      bodyStart: lines[f.body]!.start,
      title: titleLine ? text.slice(titleLine.start, titleLine.end) : null,
      paragraphs: [],
    });
  });

  const paragraphs: Paragraph[] = lines.map((line, i) => {
    const k = owner[i];
    const p: Paragraph = { start: line.start, end: line.end, role: roles[i]! };
    if (k !== null && k !== undefined) {
      p.articleId = articles[k]!.id;
      articles[k]!.paragraphs.push(i);
    }
    return p;
  });
  for (const w of warnings) if (w.start !== undefined) w.line = lineNumberAt(text, w.start);
  return { paragraphs, articles, warnings };
}
