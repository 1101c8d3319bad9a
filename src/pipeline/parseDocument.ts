import type { DocumentOptions, ParsedDocument } from '../model/types.js';
import type { Gazetteer } from '../events/gazetteerTypes.js';
import { segmentDocument } from '../segment/segmentDocument.js';
import { checkOptions } from './checkOptions.js';
import { parseSegmented } from './parseSegmented.js';
import { tagTimes } from './tagTimes.js';

/** Options of parseDocument: DocumentOptions, plus gazetteer entries of your own. */
export interface ParseDocumentOptions extends DocumentOptions {
  /** Extra persons, places and organizations; an entry with a built-in id replaces it. */
  gazetteer?: Gazetteer;
}

/**
 * Parses a scraped page: splits it into articles and page chrome (every non-empty line gets a role:
 * title, body, caption, teaser, list, boilerplate), then tags the times of each article and
 * extracts its candidate events. Every offset (paragraphs, expressions, event sources) indexes
 * the PAGE text given.
 *
 * With `options.articles` (the shape of seeds/manifest.json) each article is found by the first
 * words of its body and its own `published` wins over `options.published` (`null` = unknown).
 * Without metadata the page is still split. An article without a date keeps its relative times
 * unresolved and gets a 'no-publication-date' warning; its events need a time of their own.
 * Photo captions are kept (role 'caption') and read for events; inline teasers of other articles
 * (role 'teaser') are read at half confidence; related lists, tag clouds, source lines and
 * repeated titles are not read.
 *
 * @param text - the page, as scraped
 * @param options - `published`, `timezone`, `forwardDate`, `outlet`, `documentId`, `articles`, `gazetteer`
 * @throws TypeError when `text` is not a string; RangeError naming the option for a bad option value
 *
 * @example
 * const page = 'تبادل كبير للأسرى\n\nأعلنت الحكومة السودانية، اليوم الجمعة، عن إتمام عملية تبادل واسعة للأسرى.\n\nمقالات مشابهة\n\n• عنوان آخر';
 * const doc = parseDocument(page, { published: '2023-03-17', documentId: 'p' });
 * doc.paragraphs.map((p) => p.role) // ['title', 'body', 'boilerplate', 'list']
 * doc.articles[0].events.map((e) => [e.type, e.when.value]) // [['announcement', '2023-03-17'], ['exchange', '2023-03-17']]
 */
export function parseDocument(text: string, options?: ParseDocumentOptions): ParsedDocument {
  if (typeof text !== 'string') {
    throw new TypeError(`parseDocument: argument "text" must be a string, got ${text === null ? 'null' : typeof text}`);
  }
  const o = checkOptions('parseDocument', options, 'document');
  const seg = segmentDocument(text, {
    ...(o.articles ? { articles: o.articles } : {}),
    documentId: o.documentId ?? o.articleId ?? 'article',
  });
  return parseSegmented(text, seg, o, tagTimes);
}
