import type { ParsedArticle, ParseOptions } from '../model/types.js';
import type { Gazetteer } from '../events/gazetteerTypes.js';
import { segmentDocument } from '../segment/segmentDocument.js';
import { checkOptions } from './checkOptions.js';
import { parseSegmented } from './parseSegmented.js';
import { tagTimes } from './tagTimes.js';

/** Options of parseArticle: ParseOptions, plus gazetteer entries of your own. */
export interface ParseArticleOptions extends ParseOptions {
  /** Extra persons, places and organizations; an entry with a built-in id replaces it. */
  gazetteer?: Gazetteer;
}

/**
 * Parses one Arabic news article: its temporal expressions and its candidate events (one source
 * each, before merging with other articles by buildTimeline).
 *
 * Sentences and clauses are split on Arabic punctuation; triggers (arrival, visit, meeting, talks,
 * call, signing, agreement, announcement, statement, ceremony, exchange, attack, election,
 * appointment, death, release, vote, report) are locale data with verb and verbal-noun forms and
 * clitics. Each event takes the time expression governing its clause (else its sentence, else an
 * event-anchored chain: "غداة توقيعه" dates the signing the day before its host clause); with
 * none, the publication date is used as a low-confidence 'reported-on' time
 * (`when.basis: 'reported-on'`, a `summary` says so). Status comes from tense and modality
 * (سـ، سوف، من المقرر → scheduled; من المتوقع، قد + present → expected). Negated events
 * (لم، لن، لا، عدم before the trigger) are DROPPED: the text reports they did not happen. Speech
 * verbs (قال، أكد …) make an event only when their clause is dated. Captions are read; titles and
 * boilerplate lines (source lines, tag clouds, related lists) are not.
 *
 * Source spans index `text`; `articleId` (default 'article') and `outlet` are copied to each source.
 *
 * @param text - the article text
 * @param options - `published` ('YYYY-MM-DD' or ISO 8601), `timezone`, `forwardDate`, `articleId`, `outlet`, `gazetteer`
 * @throws TypeError when `text` is not a string; RangeError naming the option for a bad option value
 *
 * @example
 * const a = parseArticle('ووصل الرئيس التركي رجب طيب أردوغان إلى القاهرة، مساء الثلاثاء، آتيا من أنقرة.', { published: '2023-03-15', articleId: 'a1' });
 * a.events[0].type // 'arrival'
 * a.events[0].titleEn // 'Recep Tayyip Erdogan arrives in Cairo'
 * a.events[0].when.value // '2023-03-14TEV'
 * a.events[0].place // { id: 'place:cairo', name: { ar: 'القاهرة', en: 'Cairo' }, timezone: 'Africa/Cairo', within: ['place:egypt'] }
 */
export function parseArticle(text: string, options?: ParseArticleOptions): ParsedArticle {
  if (typeof text !== 'string') {
    throw new TypeError(`parseArticle: argument "text" must be a string, got ${text === null ? 'null' : typeof text}`);
  }
  const o = checkOptions('parseArticle', options, 'article');
  const id = o.articleId ?? 'article';
  const seg = segmentDocument(text, { documentId: id, single: true });
  const doc = parseSegmented(text, seg, o, tagTimes);
  const article = doc.articles[0];
  if (article) return article;
  // Nothing to read (empty or chrome only): still an article, with its warnings.
  const published = o.published ?? null;
  return {
    id,
    meta: { id, published, language: 'ar', ...(o.outlet !== undefined ? { outlet: o.outlet } : {}) },
    text,
    expressions: [],
    events: [],
    warnings: published ? [] : [{ code: 'no-publication-date', message: `article "${id}" has no publication date`, articleId: id }],
  };
}
