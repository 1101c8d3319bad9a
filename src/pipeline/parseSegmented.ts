import type {
  ArticleMeta,
  DocumentOptions,
  ParagraphRole,
  ParsedArticle,
  ParsedDocument,
  ParseOptions,
  ParseWarning,
  TemporalExpression,
} from '../model/types.js';
import { modality } from '../locales/ar/modality.js';
import { titles } from '../locales/ar/titles.js';
import { triggerMorphology, triggers } from '../locales/ar/triggers.js';
import gazetteerData from '../locales/ar/gazetteer.json';
import { eventKindTitles, eventTitles } from '../locales/en/eventTitles.js';
import { compileGazetteer, type CompiledGazetteer } from '../events/compileGazetteer.js';
import { compileTriggers, type TriggerLexicon } from '../events/compileTriggers.js';
import { compileSenses, type CompiledSenses } from '../events/findSense.js';
import { compileDiscourse, type CompiledDiscourse } from '../events/discourse.js';
import { discourse } from '../locales/ar/discourse.js';
import { counts } from '../locales/ar/counts.js';
import { organizations } from '../locales/ar/organizations.js';
import { compileOrganizations, type CompiledOrganizations } from '../events/findOrganizations.js';
import { cardinals } from '../locales/ar/numbers.js';
import { compileCounts, type CompiledCounts } from '../events/findCount.js';
import { senses } from '../locales/ar/senses.js';
import { compileModality, extractEvents, type CompiledModality } from '../events/extractEvents.js';
import { compileTitles } from '../events/findTitledPeople.js';
import type { Gazetteer } from '../events/gazetteerTypes.js';
import type { Segmentation } from '../segment/segmentDocument.js';
import { lineStarts, lineOf } from '../segment/lineNumberAt.js';

/** The tagger: the pipeline takes it as a function so the stages stay apart. */
export type TagFunction = (text: string, options?: ParseOptions) => TemporalExpression[];

/** Options shared by parseArticle and parseDocument, after validation. */
export interface PipelineOptions extends DocumentOptions {
  /** Extra gazetteer entries (persons, places, organizations); same-id entries replace built-ins. */
  gazetteer?: Gazetteer;
}

// Roles whose text is read for events. Titles repeat the body; boilerplate, lists and page-level
// teasers belong to no article.
const EVENT_ROLES: ReadonlySet<ParagraphRole> = new Set(['body', 'caption', 'teaser']);

let lexicon: TriggerLexicon | undefined;
let compiledModality: CompiledModality | undefined;
let compiledSenses: CompiledSenses | undefined;
let compiledDiscourse: CompiledDiscourse | undefined;
let compiledCounts: CompiledCounts | undefined;
let compiledOrganizations: CompiledOrganizations | undefined;
let builtIn: CompiledGazetteer | undefined;
const userGazetteers = new WeakMap<Gazetteer, CompiledGazetteer>();

function gazetteerFor(extra: Gazetteer | undefined): CompiledGazetteer {
  if (!extra) return (builtIn ??= compileGazetteer(gazetteerData as Gazetteer));
  let g = userGazetteers.get(extra);
  if (!g) {
    g = compileGazetteer(gazetteerData as Gazetteer, extra);
    userGazetteers.set(extra, g);
  }
  return g;
}

/** 'YYYY-MM-DD' of a publication date given as a date or a full ISO 8601 string. */
function dayOf(published: string | null | undefined): string | null {
  return typeof published === 'string' && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
}

/**
 * Runs the tagger and the event extractor over each article of a segmented page. Offsets in the
 * result index `text`. Used by parseDocument (a page) and parseArticle (one article).
 */
export function parseSegmented(text: string, seg: Segmentation, options: PipelineOptions, tag: TagFunction): ParsedDocument {
  lexicon ??= compileTriggers(triggers, triggerMorphology);
  compiledModality ??= compileModality(modality);
  compiledSenses ??= compileSenses(senses);
  compiledDiscourse ??= compileDiscourse(discourse);
  compiledCounts ??= compileCounts(counts, cardinals);
  compiledOrganizations ??= compileOrganizations(organizations);
  const gazetteer = gazetteerFor(options.gazetteer);
  const titleData = compileTitles(titles);
  const warnings: ParseWarning[] = [...seg.warnings];
  const articles: ParsedArticle[] = [];
  const starts = lineStarts(text);
  const lineNumberAt = (_text: string, offset: number) => lineOf(starts, offset);

  for (const a of seg.articles) {
    const meta = a.meta;
    const published = meta && 'published' in meta && meta.published !== undefined ? meta.published : (options.published ?? null);
    const day = dayOf(published);
    const outlet = meta?.outlet ?? options.outlet;
    const articleWarnings: ParseWarning[] = [];
    const tagOptions: ParseOptions = {};
    if (published) tagOptions.published = published;
    if (options.timezone !== undefined) tagOptions.timezone = options.timezone;
    if (options.forwardDate !== undefined) tagOptions.forwardDate = options.forwardDate;

    const paragraphs = a.paragraphs.map((i) => seg.paragraphs[i]!).filter((p) => p.role !== 'boilerplate' && p.role !== 'list');
    // Tag the article's whole region at once so event anchors ("في اليوم السابق") see the days told
    // in earlier paragraphs; keep the expressions that fall in its own paragraphs.
    const region = text.slice(a.start, a.end);
    const inOwn = (e: TemporalExpression) => {
      // Paragraphs are in page order: binary search for the last one starting at or before e.
      let lo = 0;
      let hi = paragraphs.length - 1;
      let at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (paragraphs[mid]!.start <= e.start) {
          at = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return at >= 0 && e.end <= paragraphs[at]!.end;
    };
    const expressions = tag(region, tagOptions)
      .map((e) => ({ ...e, start: e.start + a.start, end: e.end + a.start }))
      .filter(inOwn);

    const { events, undated } = extractEvents({
      articleId: a.id,
      ...(outlet !== undefined ? { outlet } : {}),
      published: day,
      text,
      paragraphs: paragraphs.filter((p) => EVENT_ROLES.has(p.role)),
      expressions,
      lexicon,
      gazetteer,
      titles: titleData,
      modality: compiledModality,
      labels: { ...eventTitles, ...eventKindTitles },
      senses: compiledSenses,
      discourse: compiledDiscourse,
      counts: compiledCounts,
      organizations: compiledOrganizations,
      forward: (e) => {
        const again = tag(e.text, { ...tagOptions, forwardDate: true }).find((x) => x.start === 0 && x.end === e.text.length);
        return again ? { ...again, start: e.start, end: e.end } : null;
      },
    });

    if (!day) {
      articleWarnings.push({
        code: 'no-publication-date',
        message: `article "${a.id}" has no publication date: relative times stay unresolved`,
        articleId: a.id,
        start: a.start,
        line: lineNumberAt(text, a.start),
      });
    }
    for (const e of expressions) {
      if (e.anchor !== 'unresolved') continue;
      articleWarnings.push({
        code: 'unresolved-relative',
        message: `"${e.text}" could not be resolved${day ? '' : ' (no publication date)'}`,
        articleId: a.id,
        start: e.start,
        line: lineNumberAt(text, e.start),
      });
    }
    if (undated > 0) {
      articleWarnings.push({
        code: 'undated-events',
        message: `${undated} event(s) in article "${a.id}" have no time and no publication date to fall back on; left out`,
        articleId: a.id,
      });
    }

    const articleMeta: ArticleMeta = { id: a.id, published: published ?? null };
    if (outlet !== undefined) articleMeta.outlet = outlet;
    const title = meta?.title ?? a.title;
    if (title !== undefined) articleMeta.title = title;
    articleMeta.language = meta?.language ?? 'ar';
    articles.push({ id: a.id, meta: articleMeta, text, expressions, events, warnings: articleWarnings });
    warnings.push(...articleWarnings);
  }
  return { id: options.documentId ?? 'document', text, paragraphs: seg.paragraphs, articles, warnings };
}
