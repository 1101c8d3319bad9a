/**
 * The typed event model shared by the parser (producer) and the renderers (consumers).
 * Everything here is plain JSON-compatible data: no classes, no Dates, so a Timeline can be
 * written to disk, validated against `schema.json` and read back unchanged.
 */

/** How finely a time is known. Ordered from coarse to fine. */
export type Precision =
  | 'century'
  | 'decade'
  | 'year'
  | 'season'
  | 'month'
  | 'week'
  | 'day'
  | 'part-of-day'
  | 'hour'
  | 'minute';

/** What a relative expression was resolved against. */
export type Anchor = 'absolute' | 'publication' | 'event' | 'unresolved';

/** A half-open interval [start, end) in ISO 8601 local time ('YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm'). */
export interface Interval {
  start: string;
  end: string;
}

/** One temporal expression found in a text, with its normalized value. */
export interface TemporalExpression {
  /** The expression exactly as written: `input.slice(start, end)`. */
  text: string;
  /** UTF-16 offsets into the ORIGINAL text given to the tagger. */
  start: number;
  end: number;
  /** TIMEX3-style value: 2024-06-20, 2024-06-20TMO, 2024, 2022-SP, P18M, 1446AH, 200 (decade). */
  value: string | null;
  interval: Interval | null;
  precision: Precision | null;
  approximate: boolean;
  anchor: Anchor;
  /** Optional machine-readable kind of expression (weekday, deictic, date, hijri, year, relative, …). */
  kind?: string;
  /** IANA zone or fixed offset when the text glosses a zone ("بتوقيت غرينتش" → 'UTC'). */
  timezone?: string;
  /** When the text fixes an instant (a local time glossed in GMT), the UTC instant, ISO 8601 with Z. */
  instant?: string;
  /**
   * For event-anchored expressions, the offset of this time from the anchoring event: the event
   * just told ('previous': في اليوم السابق = −1 day) or the event named right after the expression
   * ('named': غداة توقيعه = this time is +1 day after the signing, so the signing is 1 day earlier).
   */
  relation?: TemporalRelation;
}

/** Offset of an event-anchored time from its anchoring event (see TemporalExpression.relation). */
export interface TemporalRelation {
  unit: 'hour' | 'day' | 'week' | 'month' | 'year';
  amount: number;
  to: 'previous' | 'named';
  /** The amount is a floor or a rough figure (قبل أيام من، عقب). */
  approximate?: boolean;
}

export interface ParseOptions {
  /** Publication date of the article: 'YYYY-MM-DD' or full ISO 8601. */
  published?: string;
  /** IANA zone of the outlet, when known. */
  timezone?: string;
  /** Bare weekdays resolve forward (like chrono-node's forwardDate). Default false for news. */
  forwardDate?: boolean;
  articleId?: string;
  outlet?: string;
}

export interface ArticleMetaInput {
  id: string;
  bodyStartsWith: string;
  published?: string | null;
  outlet?: string;
  outletAr?: string | null;
  title?: string | null;
  language?: string;
}

export interface DocumentOptions extends ParseOptions {
  documentId?: string;
  /**
   * Per-article metadata for a page that holds several articles, as in seeds/manifest.json:
   * each article is found by the first words of its body; its own `published` wins over the page's.
   */
  articles?: ArticleMetaInput[];
}

/** The role a paragraph plays on a scraped page. */
export type ParagraphRole = 'title' | 'body' | 'caption' | 'teaser' | 'list' | 'boilerplate';

export type EventType =
  | 'arrival'
  | 'departure'
  | 'visit'
  | 'meeting'
  | 'talks'
  | 'call'
  | 'signing'
  | 'agreement'
  | 'announcement'
  | 'statement'
  | 'ceremony'
  | 'exchange'
  | 'attack'
  | 'election'
  | 'appointment'
  | 'death'
  | 'release'
  | 'vote'
  | 'report';

export type EventStatus = 'happened' | 'scheduled' | 'expected';

export interface LocalizedName {
  ar?: string;
  en?: string;
}

export interface Place {
  id: string;
  name: LocalizedName;
  timezone?: string;
  /** Ids of places that contain this one (a city's country), when known: merging treats them as compatible. */
  within?: string[];
}

export interface Actor {
  id: string;
  name: LocalizedName;
  /** A person acting for a state: the place id of that country ('place:russia' for Putin). */
  country?: string;
}

/** When an event happened, normalized. `start`/`end` are a half-open interval in local time. */
export interface EventTime {
  value: string;
  start: string;
  end: string;
  precision: Precision;
  approximate: boolean;
  timezone?: string;
  /** How the time was obtained: stated in the text, through another event, or only the article's date. */
  basis?: 'stated' | 'event' | 'reported-on';
}

/** One outlet's mention of an event, with its own claim about when. */
/** How many things a source says (15 agreements, about ten): its own claim, kept per source. */
export interface Count {
  value: number;
  approximate: boolean;
  /** The words that say it ("حوالى عشرة اتفاقات"). */
  text: string;
}

export interface Source {
  articleId: string;
  outlet?: string;
  quote: string;
  /** UTF-16 offsets of the quote into the text given to parseArticle/parseDocument. */
  start: number;
  end: number;
  claim: TemporalExpression | null;
  /** The count this source claims, when it gives one (sources of one event may disagree). */
  count?: Count;
  published?: string | null;
  url?: string;
}

export interface TimelineEvent {
  id: string;
  type: EventType;
  /**
   * A finer kind of the type, when the text tells it ('welcome', 'wreath', 'banquet' for a
   * ceremony): mentions of different kinds are different happenings.
   */
  kind?: string;
  title: string;
  titleEn?: string;
  summary?: string;
  when: EventTime;
  status: EventStatus;
  place?: Place;
  actors: Actor[];
  sources: Source[];
  disputed: boolean;
  /** Each distinct claim when sources disagree (kept, never dropped). */
  claims?: EventTime[];
  confidence: number;
}

export interface ArticleMeta {
  id: string;
  outlet?: string;
  title?: string | null;
  published?: string | null;
  url?: string;
  language?: string;
}

/** A named span of time drawn behind the events (TimelineJS calls these eras). */
export interface Era {
  title: string;
  start: string;
  end: string;
}

export interface Timeline {
  version: 1;
  title?: string;
  language: string;
  articles: ArticleMeta[];
  events: TimelineEvent[];
  /** Optional named spans (from TimelineJS eras, or set by hand). */
  eras?: Era[];
}

/** Something the parser could not settle, reported rather than guessed. */
export interface ParseWarning {
  /** Machine-readable: 'unresolved-relative', 'no-publication-date', 'article-not-found', … */
  code: string;
  message: string;
  articleId?: string;
  /** UTF-16 offset into the text given to the parser, and its 1-based line, when it has a place. */
  start?: number;
  line?: number;
}

/** A paragraph of a scraped page and the role it plays. Offsets index the page text. */
export interface Paragraph {
  start: number;
  end: number;
  role: ParagraphRole;
  /** The article it belongs to; absent for page-level boilerplate. */
  articleId?: string;
}

/** One article, parsed: its times and its candidate events (one source each, before merging). */
export interface ParsedArticle {
  id: string;
  meta: ArticleMeta;
  /** The text the offsets index: the article text given to parseArticle, or the whole page for parseDocument. */
  text: string;
  expressions: TemporalExpression[];
  events: TimelineEvent[];
  warnings: ParseWarning[];
}

/** A scraped page: its paragraphs with roles, and each article found in it, parsed. */
export interface ParsedDocument {
  id: string;
  text: string;
  paragraphs: Paragraph[];
  articles: ParsedArticle[];
  warnings: ParseWarning[];
}
