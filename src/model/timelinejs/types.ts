import type { ArticleMeta, Era, TimelineEvent } from '../types.js';

/**
 * The TimelineJS3 JSON format (https://timeline.knightlab.com/docs/json-format.html), the parts
 * tarikh reads and writes. Date fields are numbers here; TimelineJS also accepts numeric strings,
 * and {@link fromTimelineJS} reads both.
 */
export interface TimelineJSDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
  display_date?: string;
}

/** Headline and body of a slide. TimelineJS renders both as HTML: tarikh escapes what it writes. */
export interface TimelineJSText {
  headline?: string;
  text?: string;
}

export interface TimelineJSMedia {
  url: string;
  caption?: string;
  credit?: string;
  thumbnail?: string;
}

export interface TimelineJSSlide {
  start_date: TimelineJSDate;
  end_date?: TimelineJSDate;
  text?: TimelineJSText;
  media?: TimelineJSMedia;
  group?: string;
  display_date?: string;
  unique_id?: string;
  /** tarikh's own event, kept whole so a round trip through TimelineJS loses nothing. */
  tarikh?: TimelineEvent;
}

export interface TimelineJSEra {
  start_date: TimelineJSDate;
  end_date: TimelineJSDate;
  text?: TimelineJSText;
}

/** Timeline-level data TimelineJS has no place for, kept under the `tarikh` key. */
export interface TimelineJSTarikhData {
  version: 1;
  language: string;
  title?: string;
  articles: ArticleMeta[];
  eras?: Era[];
}

export interface TimelineJSDocument {
  title?: { text?: TimelineJSText; media?: TimelineJSMedia; unique_id?: string };
  events: TimelineJSSlide[];
  eras?: TimelineJSEra[];
  scale?: 'human' | 'cosmological';
  tarikh?: TimelineJSTarikhData;
}
