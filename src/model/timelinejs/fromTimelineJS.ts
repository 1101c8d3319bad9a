import type { Era, Precision, Timeline, TimelineEvent } from '../types.js';
import { validateTimeline } from '../validateTimeline.js';
import { fromTimelineJSDates } from './dates.js';
import type { Granularity } from './dates.js';
import { htmlToText } from './html.js';
import type { TimelineJSDate } from './types.js';

export interface FromTimelineJSOptions {
  /** Language of a timeline that does not say (plain TimelineJS files do not). Default 'und'. */
  language?: string;
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

const RANGES: Record<Exclude<keyof TimelineJSDate, 'display_date'>, [number, number]> = {
  year: [0, 9999],
  month: [1, 12],
  day: [1, 31],
  hour: [0, 23],
  minute: [0, 59],
  second: [0, 59],
  millisecond: [0, 999],
};

/** Reads a TimelineJS date object; fields may be numbers or numeric strings, as TimelineJS allows. */
function readDate(v: unknown, path: string): TimelineJSDate {
  if (!isObj(v)) throw new TypeError(`${path} must be an object with a year (got ${describe(v)})`);
  const out: Partial<TimelineJSDate> = {};
  for (const [field, [min, max]] of Object.entries(RANGES) as [keyof typeof RANGES, [number, number]][]) {
    const raw = v[field];
    if (raw === undefined || raw === null || raw === '') {
      if (field === 'year') throw new TypeError(`${path}/year is required`);
      continue;
    }
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*-?\d+\s*$/u.test(raw) ? Number(raw) : NaN;
    if (!Number.isInteger(n)) throw new TypeError(`${path}/${field} must be an integer (got ${describe(raw)})`);
    if (n < min || n > max) throw new RangeError(`${path}/${field} must be between ${min} and ${max} (got ${n})`);
    out[field] = n;
  }
  // TimelineJS fills coarser fields down; a day without a month means nothing.
  if (out.day !== undefined && out.month === undefined) throw new TypeError(`${path}/month is required when day is given`);
  if (out.hour !== undefined && out.day === undefined) throw new TypeError(`${path}/day is required when hour is given`);
  if (out.minute !== undefined && out.hour === undefined) throw new TypeError(`${path}/hour is required when minute is given`);
  return out as TimelineJSDate;
}

function readText(v: unknown, path: string): { headline: string; text: string } {
  if (v === undefined || v === null) return { headline: '', text: '' };
  if (!isObj(v)) throw new TypeError(`${path} must be an object with headline and text (got ${describe(v)})`);
  for (const k of ['headline', 'text'] as const) {
    if (v[k] !== undefined && v[k] !== null && typeof v[k] !== 'string') throw new TypeError(`${path}/${k} must be a string (got ${describe(v[k])})`);
  }
  return { headline: htmlToText((v.headline as string | undefined) ?? ''), text: htmlToText((v.text as string | undefined) ?? '') };
}

const PRECISION: Record<Granularity, Precision> = { year: 'year', month: 'month', day: 'day', hour: 'hour', minute: 'minute' };

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The TIMEX3 value of a TimelineJS start date, as precise as its fields. */
function timexOf(d: TimelineJSDate): string {
  let v = pad(d.year, 4);
  if (d.month !== undefined) v += `-${pad(d.month)}`;
  if (d.day !== undefined) v += `-${pad(d.day)}`;
  if (d.hour !== undefined) v += `T${pad(d.hour)}`;
  if (d.minute !== undefined) v += `:${pad(d.minute)}`;
  return v;
}

function foreignEvent(slide: Obj, i: number): TimelineEvent {
  const path = `/events/${i}`;
  const start = readDate(slide.start_date, `${path}/start_date`);
  const end = slide.end_date === undefined || slide.end_date === null ? undefined : readDate(slide.end_date, `${path}/end_date`);
  const { headline, text } = readText(slide.text, `${path}/text`);
  const when = fromTimelineJSDates(start, end);
  if (slide.unique_id !== undefined && (typeof slide.unique_id !== 'string' || slide.unique_id === '')) {
    throw new TypeError(`${path}/unique_id must be a non-empty string (got ${describe(slide.unique_id)})`);
  }
  return {
    id: (slide.unique_id as string | undefined) ?? `tjs-${i + 1}`,
    type: 'report',
    title: headline,
    ...(text ? { summary: text } : {}),
    when: { value: timexOf(start), start: when.start, end: when.end, precision: PRECISION[when.granularity], approximate: false, basis: 'stated' },
    status: 'happened',
    actors: [],
    sources: [],
    disputed: false,
    // Slides are written by editors, not extracted by tarikh.
    confidence: 1,
  };
}

/**
 * Reads TimelineJS3 JSON into a tarikh {@link Timeline}. A document written by
 * {@link toTimelineJS} comes back exactly (its `tarikh` keys hold the original events and
 * articles, and win over the slide fields). A plain TimelineJS file becomes events of type
 * 'report' with no sources: dates from start_date/end_date (the finest field given sets the
 * precision; end_date is inclusive), the headline as title and the text as summary, both reduced to
 * plain text.
 *
 * @throws {TypeError} when the input is not TimelineJS JSON, naming the path (`/events/2/start_date/year is required`).
 * @throws {RangeError} when a date field is out of range (`/events/0/start_date/month must be between 1 and 12 (got 13)`).
 * @throws {TimelineValidationError} when the result is not a valid Timeline (duplicate ids, an end before its start…).
 *
 * @example
 * ```ts
 * const timeline = fromTimelineJS({
 *   events: [{ start_date: { year: 2023, month: 3, day: 14 }, text: { headline: 'الوفد في القاهرة' } }],
 * }, { language: 'ar' });
 * timeline.events[0].when; //=> { value: '2023-03-14', start: '2023-03-14', end: '2023-03-15', precision: 'day', … }
 * ```
 */
export function fromTimelineJS(json: unknown, options: FromTimelineJSOptions = {}): Timeline {
  if (!isObj(json)) throw new TypeError(`a TimelineJS document must be an object with an events array (got ${describe(json)})`);
  if (!Array.isArray(json.events)) throw new TypeError(`/events must be an array (got ${describe(json.events)})`);
  if (options.language !== undefined && typeof options.language !== 'string') {
    throw new RangeError(`invalid option language: ${describe(options.language)}`);
  }
  const ns = json.tarikh;
  if (ns !== undefined && !isObj(ns)) throw new TypeError(`/tarikh must be an object (got ${describe(ns)})`);

  const events = json.events.map((slide: unknown, i: number): TimelineEvent => {
    if (!isObj(slide)) throw new TypeError(`/events/${i} must be an object (got ${describe(slide)})`);
    if (slide.tarikh !== undefined) {
      if (!isObj(slide.tarikh)) throw new TypeError(`/events/${i}/tarikh must be an object (got ${describe(slide.tarikh)})`);
      return structuredClone(slide.tarikh) as unknown as TimelineEvent;
    }
    return foreignEvent(slide, i);
  });

  let eras: Era[] | undefined;
  if (ns?.eras !== undefined) eras = structuredClone(ns.eras) as Era[];
  else if (json.eras !== undefined) {
    if (!Array.isArray(json.eras)) throw new TypeError(`/eras must be an array (got ${describe(json.eras)})`);
    eras = json.eras.map((era: unknown, i: number): Era => {
      const path = `/eras/${i}`;
      if (!isObj(era)) throw new TypeError(`${path} must be an object (got ${describe(era)})`);
      const span = fromTimelineJSDates(readDate(era.start_date, `${path}/start_date`), readDate(era.end_date, `${path}/end_date`));
      return { title: readText(era.text, `${path}/text`).headline, start: span.start, end: span.end };
    });
  }

  let title: string | undefined;
  if (ns && typeof ns.title === 'string') title = ns.title;
  else if (isObj(json.title)) title = readText(json.title.text, '/title/text').headline || undefined;

  const timeline: Timeline = {
    version: 1,
    ...(title !== undefined ? { title } : {}),
    language: typeof ns?.language === 'string' ? ns.language : (options.language ?? 'und'),
    articles: ns?.articles !== undefined ? (structuredClone(ns.articles) as Timeline['articles']) : [],
    events,
    ...(eras !== undefined ? { eras } : {}),
  };
  return validateTimeline(timeline);
}
