import type { Source, Timeline, TimelineEvent } from '../types.js';
import { validateTimeline } from '../validateTimeline.js';
import { granularityOf, toTimelineJSDates } from './dates.js';
import { escapeHtml } from './html.js';
import type { TimelineJSDocument, TimelineJSSlide } from './types.js';

export interface ToTimelineJSOptions {
  /**
   * What TimelineJS groups slides by (one row per group): the event's place (its name in the
   * timeline's language, else the other), its type, or nothing. Default 'place'.
   */
  group?: 'place' | 'type' | 'none';
}

const GROUPS = ['place', 'type', 'none'] as const;

function sourceLine(s: Source, articles: Map<string, { outlet?: string; published?: string | null }>): string {
  const meta = articles.get(s.articleId);
  const who = s.outlet ?? meta?.outlet ?? s.articleId;
  const when = s.published ?? meta?.published;
  const label = escapeHtml(when ? `${who}, ${when}` : who);
  // Only http(s) links reach here (the schema enforces it); escaped all the same.
  const cite = s.url ? `<a href="${escapeHtml(s.url)}" rel="noopener noreferrer">${label}</a>` : label;
  return `<li><q>${escapeHtml(s.quote)}</q> — ${cite}</li>`;
}

function slideOf(e: TimelineEvent, timeline: Timeline, group: ToTimelineJSOptions['group'], articles: Map<string, { outlet?: string; published?: string | null }>): TimelineJSSlide {
  const dates = toTimelineJSDates(e.when.start, e.when.end, granularityOf[e.when.precision]);
  const parts: string[] = [];
  if (e.summary) parts.push(`<p>${escapeHtml(e.summary)}</p>`);
  if (e.sources.length > 0) parts.push(`<ul>${e.sources.map((s) => sourceLine(s, articles)).join('')}</ul>`);
  const slide: TimelineJSSlide = {
    ...dates,
    text: { headline: escapeHtml(e.title), ...(parts.length > 0 ? { text: parts.join('') } : {}) },
    unique_id: e.id,
  };
  if (group === 'type') slide.group = e.type;
  else if (group === 'place' && e.place) {
    const name = timeline.language.startsWith('en') ? (e.place.name.en ?? e.place.name.ar) : (e.place.name.ar ?? e.place.name.en);
    if (name) slide.group = name;
  }
  // A copy, so editing the TimelineJS document never edits the timeline it came from.
  slide.tarikh = structuredClone(e);
  return slide;
}

/**
 * Converts a tarikh {@link Timeline} to TimelineJS3 JSON, the format many newsrooms already embed.
 * Each event becomes a slide: its interval as start_date/end_date (end_date is the last unit
 * included, as TimelineJS reads it), its title as the headline, its summary and every source's
 * quote as the slide text. All text is HTML-escaped — TimelineJS renders these fields as HTML, and
 * article text is data. Everything TimelineJS cannot carry (types, claims, offsets, actors…) stays
 * under the `tarikh` key of each slide and of the document, so {@link fromTimelineJS} gets the
 * same timeline back.
 *
 * @throws {TimelineValidationError} when `timeline` is not a valid Timeline.
 * @throws {RangeError} on an unknown option value.
 *
 * @example
 * ```ts
 * const tjs = toTimelineJS(timeline);
 * tjs.events[0].start_date;    //=> { year: 2024, month: 6, day: 20 }
 * tjs.events[0].text.headline; //=> 'وصل بوتين إلى هانوي'
 * tjs.events[0].group;         //=> 'هانوي'
 * ```
 */
export function toTimelineJS(timeline: Timeline, options: ToTimelineJSOptions = {}): TimelineJSDocument {
  const group = options.group ?? 'place';
  if (!(GROUPS as readonly unknown[]).includes(group)) {
    throw new RangeError(`invalid option group: ${JSON.stringify(group)} (expected ${GROUPS.join(', ')})`);
  }
  validateTimeline(timeline);
  const articles = new Map(timeline.articles.map((a) => [a.id, a]));
  const doc: TimelineJSDocument = {
    events: timeline.events.map((e) => slideOf(e, timeline, group, articles)),
  };
  if (timeline.title !== undefined) {
    const outlets = [...new Set(timeline.articles.map((a) => a.outlet ?? a.id))];
    doc.title = {
      text: {
        headline: escapeHtml(timeline.title),
        ...(outlets.length > 0 ? { text: `<p>${outlets.map(escapeHtml).join(' · ')}</p>` } : {}),
      },
    };
  }
  if (timeline.eras && timeline.eras.length > 0) {
    doc.eras = timeline.eras.map((era) => {
      const withTime = era.start.includes('T') || era.end.includes('T');
      const dates = toTimelineJSDates(era.start, era.end, withTime ? 'minute' : 'day');
      return { start_date: dates.start_date, end_date: dates.end_date ?? dates.start_date, text: { headline: escapeHtml(era.title) } };
    });
  }
  doc.tarikh = {
    version: 1,
    language: timeline.language,
    ...(timeline.title !== undefined ? { title: timeline.title } : {}),
    articles: structuredClone(timeline.articles),
    ...(timeline.eras ? { eras: structuredClone(timeline.eras) } : {}),
  };
  return doc;
}
