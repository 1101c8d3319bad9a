import type { EventTime, Timeline, TimelineEvent } from '../model/types.js';
import type { DisplayLabels } from '../locales/displayLabels.js';
import { labelsFor } from '../locales/labelsFor.js';
import { formatNumber } from './formatNumber.js';
import { formatWhen } from './formatWhen.js';
import { laneKey } from './laneKey.js';
import { normalizeLayoutOptions, type LayoutOptions, type NormalizedLayoutOptions } from './options.js';
import { parseTime } from './parseTime.js';
import { textWidth } from './textWidth.js';
import { axisTicks } from './ticks.js';
import { truncateText } from './truncateText.js';
import { labelPriority } from './labelPriority.js';
import { LaneSlots } from './laneSlots.js';
import type { Box, LabelBox, Layout, LayoutCluster, LayoutLane, LayoutMark, LayoutTick } from './types.js';

const DAY = 86_400_000;
const MARGIN = 12;
const AXIS_HEIGHT = 28;
const SECONDARY_HEIGHT = 20;
const MARK_R = 5;
const LABEL_GAP = 6;
const CLUSTER_ROW = 24;
const TICK_LABEL_WIDTH = 78;
/** Vertical lanes: spacing of the lane columns, a count badge of three digits wide (so the badges of neighbouring lanes do not touch), and the least width left for labels. */
const LANE_GAP = 30;
/** Vertical: from the outermost track to the label column, past its lane's column (half a gap). */
const LABEL_COLUMN_GAP = LANE_GAP / 2 + 1;
/** Vertical, one lane: the badge column's width, and how far the badges stand from the track. */
const BADGE_COLUMN = 28;
const MIN_LABEL_COLUMN = 120;

/** Everything about an event that does not depend on zoom: computed once per timeline and settings. */
interface PreparedEvent {
  index: number;
  id: string;
  event: TimelineEvent;
  t0: number;
  t1: number;
  lane: number;
  title: string;
  /** Width of the label as drawn: the title, or at most maxLabelWidth once shortened. */
  labelWidth: number;
  /** Filled on first use: only events that get a mark need their texts. */
  labelText: string | null;
  /** Width of the label box for labelText (padded), filled on first use (NaN until then, not null:
   * a field that changes from null to a number changes every event object's shape in V8). */
  exactWidth: number;
  dateText: string | null;
  claims: { t: number; label: string }[] | null;
  ariaLabel: string | null;
}
interface Prepared {
  /** Also the date settings (locale, digits, calendar, zone, month names). */
  options: NormalizedLayoutOptions;
  events: PreparedEvent[];
  lanes: { key: string; label: string }[];
  extent: [number, number];
  labels: DisplayLabels;
  /** Ids in the events' (start) order, and the running maximum of their ends: a zoom frame skips
   * the events wholly before or after its span with two binary searches and two slices. */
  ids: string[];
  maxEnd: Float64Array;
  /** The events' times and lanes in the same (start) order, for the passes over every event in
   * view: typed arrays read in one sweep, where event objects would each be a trip to memory. */
  t0: Float64Array;
  t1: Float64Array;
  lane: Int32Array;
  /** Positions into `events` in the order labels are handed out (see labelPriority), and those
   * events' times, lanes and label widths in the same order: the label pass reads them in one
   * sweep through memory instead of jumping between event objects. */
  priority: Int32Array;
  byPriority: { t0: Float64Array; t1: Float64Array; lane: Int32Array; width: Float64Array };
}

/** The first index from `lo` whose value exceeds x, in sorted values. (One function for both of
 * layout's searches: a full view takes only one branch in each.) */
function bisect(values: ArrayLike<number>, x: number, lo: number): number {
  for (let hi = values.length; lo < hi; ) {
    const m = (lo + hi) >>> 1;
    if ((values[m] as number) > x) hi = m;
    else lo = m + 1;
  }
  return lo;
}

/** A count badge's radius: digits are about 0.57 em wide in both scripts, and a badge fits its count. */
const badgeR = (count: number): number => Math.max(9, ((count < 10 ? 1 : count < 100 ? 2 : count < 1000 ? 3 : Math.floor(Math.log10(count)) + 1) * 11 * 0.58) / 2 + 5);

/** Whether a span [t0, t1] is outside the view, and where its mark leaves its leader (see layout). */
type Outside = (t0: number, t1: number) => boolean;
type UMark = (t0: number, t1: number) => number;

// The passes over every event in view are functions of their own, not loops inside layout: V8
// optimizes a function only after running a share of work that grows with its size, and layout
// as a whole was optimized only some twenty zoom steps into a page's first zoom.

/** Hands each event in view whose label might fit (see LaneSlots.fullAt) to `place`, in label priority order. */
function labelCandidates(p: Prepared, first: number, last: number, outside: Outside, uMark: UMark, laneAt: Int32Array, slots: LaneSlots[], place: (i: number, lane: number, u: number, width: number) => void): void {
  const bp = p.byPriority;
  for (let j = 0; j < p.priority.length; j++) {
    const i = p.priority[j] as number;
    const t0 = bp.t0[j] as number;
    const t1 = bp.t1[j] as number;
    if (i < first || i >= last || outside(t0, t1)) continue;
    const lane = laneAt[bp.lane[j] as number] as number;
    const u = uMark(t0, t1);
    // Most events of a dense view end here, before anything is computed for them (a lane too
    // low for a row of labels turns every event away: see fit).
    const w = bp.width[j] as number;
    if (!(slots[lane] as LaneSlots).fullAt(u, w)) place(i, lane, u, w);
  }
}

/** Walks the events in view along the axis: a labelled one goes to `mark`; the others of a lane gather into runs, each handed to `close` as it ends (those still open stay in `open`; `mark` may close its lane's run itself, as `open` is read afresh for every event). */
function sweep(p: Prepared, first: number, last: number, outside: Outside, uMark: UMark, laneAt: Int32Array, labelAt: Map<number, LabelBox>, open: Map<number, OpenCluster>, close: (c: OpenCluster) => void, mark: (i: number, lane: number, label: LabelBox) => void): void {
  for (let i = first; i < last; i++) {
    const t0 = p.t0[i] as number;
    const t1 = p.t1[i] as number;
    if (outside(t0, t1)) continue;
    const lane = laneAt[p.lane[i] as number] as number;
    const label = labelAt.get(i);
    if (label !== undefined) {
      mark(i, lane, label);
      continue;
    }
    const u = uMark(t0, t1);
    const c = open.get(lane);
    // A cluster spans at most its badge's width: a dense stretch becomes a row of badges that
    // show where the events are (each opens on its own span), not one badge for all of it.
    if (c !== undefined && u - c.uMin <= 2 * badgeR(c.n + 1) + 4) {
      c.n++;
      c.i1 = i;
      c.uMax = Math.max(c.uMax, u);
      c.uMin = Math.min(c.uMin, u);
      c.t0 = Math.min(c.t0, t0);
      c.t1 = Math.max(c.t1, t1);
    } else {
      if (c !== undefined) close(c);
      open.set(lane, { lane, uMin: u, uMax: u, n: 1, i0: i, i1: i, t0, t1 });
    }
  }
}

const preparedCache = new WeakMap<Timeline, Map<string, Prepared>>();

function checkTimeline(timeline: unknown): asserts timeline is Timeline {
  if (timeline === null || typeof timeline !== 'object') throw new TypeError(`timeline: expected a Timeline object, got ${String(timeline)}`);
  const events = (timeline as { events?: unknown }).events;
  if (!Array.isArray(events)) throw new TypeError(`timeline.events: expected an array, got ${typeof events}`);
}

function claimTimes(event: TimelineEvent): Pick<EventTime, 'start' | 'end' | 'precision' | 'approximate'>[] {
  if (!event.disputed) return [];
  if (event.claims !== undefined && event.claims.length > 0) return event.claims;
  const out: Pick<EventTime, 'start' | 'end' | 'precision' | 'approximate'>[] = [];
  const seen = new Set<string>();
  for (const s of event.sources) {
    const c = s.claim;
    if (c === null || c.interval === null || c.precision === null) continue;
    const key = c.interval.start + '/' + c.interval.end;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ start: c.interval.start, end: c.interval.end, precision: c.precision, approximate: c.approximate });
  }
  return out;
}

function prepare(timeline: Timeline, o: NormalizedLayoutOptions): Prepared {
  const key = [o.locale, o.digits, o.calendar, o.monthNames, o.timeZone, o.lanes, o.fontSize, o.maxLabelWidth, o.textDirection].join('|');
  let byKey = preparedCache.get(timeline);
  const hit = byKey?.get(key);
  if (hit !== undefined) return hit;
  const labels = labelsFor(o.locale);
  const english = !o.locale.toLowerCase().startsWith('ar');
  const laneIndex = new Map<string, number>();
  const lanes: { key: string; label: string }[] = [];
  const ids = new Set<string>();
  let lo = Infinity;
  let hi = -Infinity;
  const events: PreparedEvent[] = timeline.events.map((event, index) => {
    const where = `events[${index}]`;
    if (event === null || typeof event !== 'object') throw new TypeError(`${where}: expected an event object`);
    if (typeof event.id !== 'string' || event.id === '') throw new TypeError(`${where}.id: expected a non-empty string, got ${JSON.stringify(event.id)}`);
    if (ids.has(event.id)) throw new RangeError(`${where}.id: duplicate event id ${JSON.stringify(event.id)}`);
    ids.add(event.id);
    if (event.when === null || typeof event.when !== 'object') throw new TypeError(`${where}.when: expected an EventTime object`);
    const t0 = parseTime(event.when.start, `${where}.when.start`);
    const t1raw = parseTime(event.when.end, `${where}.when.end`);
    const t1 = t1raw > t0 ? t1raw : t0 + 1;
    const title = String((english ? (event.titleEn ?? event.title) : event.title) ?? '');
    const lk = laneKey(event, o.lanes, o.locale, labels);
    let lane = laneIndex.get(lk.key);
    if (lane === undefined) {
      lane = lanes.length;
      laneIndex.set(lk.key, lane);
      lanes.push(lk);
    }
    // Claims widen the extent (a disputed event is drawn across all of them); their texts come later.
    for (const [i, c] of claimTimes(event).entries()) {
      lo = Math.min(lo, parseTime(c.start, `${where}.claims[${i}].start`));
      hi = Math.max(hi, parseTime(c.end, `${where}.claims[${i}].end`));
    }
    lo = Math.min(lo, t0);
    hi = Math.max(hi, t1);
    const full = textWidth(title, o.fontSize);
    return { index, id: event.id, event, t0, t1, lane, title, labelWidth: Math.min(full, o.maxLabelWidth), labelText: full <= o.maxLabelWidth ? title : null, exactWidth: NaN, dateText: null, claims: null, ariaLabel: null };
  });
  if (!Number.isFinite(lo)) {
    // No events: show the week around the epoch of nothing, i.e. an empty axis of one day.
    lo = 0;
    hi = DAY;
  }
  const pad = Math.max((hi - lo) * 0.04, DAY / 2);
  events.sort((a, b) => a.t0 - b.t0 || a.index - b.index);
  const t1 = Float64Array.from(events, (e) => e.t1);
  let runningEnd = -Infinity;
  const maxEnd = t1.map((t) => (runningEnd = Math.max(runningEnd, t)));
  const priority = labelPriority(events);
  const prepared: Prepared = {
    options: o,
    events,
    lanes: lanes.length > 0 ? lanes : [{ key: '', label: '' }],
    extent: [lo - pad, hi + pad],
    labels,
    ids: events.map((e) => e.id),
    maxEnd,
    t0: Float64Array.from(events, (e) => e.t0),
    t1,
    lane: Int32Array.from(events, (e) => e.lane),
    priority,
    byPriority: {
      t0: Float64Array.from(priority, (i) => (events[i] as PreparedEvent).t0),
      t1: Float64Array.from(priority, (i) => (events[i] as PreparedEvent).t1),
      lane: Int32Array.from(priority, (i) => (events[i] as PreparedEvent).lane),
      width: Float64Array.from(priority, (i) => (events[i] as PreparedEvent).labelWidth + 8),
    },
  };
  if (byKey === undefined) {
    byKey = new Map();
    preparedCache.set(timeline, byKey);
  }
  byKey.set(key, prepared);
  return prepared;
}

/** A prepared event whose texts are written. */
type TextedEvent = PreparedEvent & { labelText: string; dateText: string; claims: { t: number; label: string }[] };

/** The texts of an event that gets a mark, computed once and kept on it. */
function texts(p: Prepared, e: PreparedEvent): TextedEvent {
  e.labelText ??= truncateText(e.title, p.options.maxLabelWidth, p.options.fontSize);
  dateOf(p, e);
  if (e.claims === null) {
    // (Built only here: texts() is asked for several times per mark and zoom step.)
    const where = `events[${e.index}]`;
    // Lists made by one literal, so empty and full ones look alike to V8 (see the marks' claims).
    const claims: TextedEvent['claims'] = [];
    claimTimes(e.event).forEach((c, i) => {
      const s = parseTime(c.start, `${where}.claims[${i}].start`);
      const end = parseTime(c.end, `${where}.claims[${i}].end`);
      claims.push({ t: s + Math.max(0, end - s) / 2, label: formatWhen(c, p.options, p.labels, `${where}.claims[${i}]`) });
    });
    // Kept only when complete: a claim that throws leaves nothing half-written in the cache.
    e.claims = claims;
  }
  return e as TextedEvent;
}

/** An event's date written at its precision, computed once and kept on it (the list of every event needs no more of its texts). */
function dateOf(p: Prepared, e: PreparedEvent): string {
  return (e.dateText ??= formatWhen(e.event.when, p.options, p.labels, `events[${e.index}].when`));
}

/**
 * The timeline's events, earliest first, each with its title in the layout's language and its date
 * written at its precision: the texts layout() writes, computed once and kept for it, so a list of
 * every event (createTimeline's, for screen readers) and the marks share the work.
 *
 * @example
 * datedEvents(timeline, { locale: 'ar-SY' })[0].date() // 'صباح الخميس ٢٠ حزيران ٢٠٢٤'
 */
export function datedEvents(timeline: Timeline, options?: LayoutOptions): { event: TimelineEvent; title: string; date(): string }[] {
  checkTimeline(timeline);
  const p = prepare(timeline, normalizeLayoutOptions(options, typeof timeline.language === 'string' ? timeline.language : 'ar'));
  return p.events.map((e) => ({ event: e.event, title: e.title, date: () => dateOf(p, e) }));
}

/** A cluster being gathered: a run of events of one lane, in view and without a label (positions i0…i1 in start order, n of them). */
interface OpenCluster {
  lane: number;
  uMin: number;
  uMax: number;
  n: number;
  i0: number;
  i1: number;
  t0: number;
  t1: number;
  /** The badge drawn for it, once closed. */
  cl?: LayoutCluster;
}

/**
 * Lays a timeline out: time scale, ticks, lanes, marks with positions, non-overlapping label boxes
 * and count badges for what does not fit. Pure (numbers in, numbers out, no DOM), deterministic
 * whatever the machine's zone, and shared by the browser renderer and `tarikh/node`.
 *
 * Every event ends up in exactly one of `marks`, a cluster's `eventIds`, or `outside` (when a
 * `domain` zooms it away). Zoom is a re-layout with `domain` = the zoomed scale's domain; the work
 * that does not depend on zoom (parsing dates, formatting, measuring labels) is cached per timeline
 * object, so a zoom frame is one pass over the events.
 *
 * @param timeline - the Timeline (see src/model/types.ts)
 * @param options - size, lanes, directions, locale, digits, calendar, domain… (see LayoutOptions)
 * @throws RangeError/TypeError naming the bad option or the event path and value
 * @example
 * const l = layout(timeline, { width: 900, height: 320, locale: 'ar-SY' });
 * l.axisDirection // 'rtl': the earliest event is on the right
 * l.marks[0].dateText // 'صباح الخميس ٢٠ حزيران ٢٠٢٤'
 */
export function layout(timeline: Timeline, options?: LayoutOptions): Layout {
  checkTimeline(timeline);
  const o = normalizeLayoutOptions(options, typeof timeline.language === 'string' ? timeline.language : 'ar');
  const p = prepare(timeline, o);
  const labels = p.labels;
  const vertical = o.orientation === 'vertical';
  const { width, height, fontSize } = o;
  const rowH = Math.round(fontSize * 1.7);
  const axisBlock = AXIS_HEIGHT + (o.secondaryCalendar !== null ? SECONDARY_HEIGHT : 0);
  const domain: [number, number] = o.domain ?? [p.extent[0], p.extent[1]];
  const rtlText = o.textDirection === 'rtl';

  // Events that all end by the domain's start form a prefix (the running maximum of their ends is
  // sorted), and those starting after its end a suffix: both are outside without a look.
  const evs = p.events;
  const first = bisect(p.maxEnd, domain[0], 0);
  const last = bisect(p.t0, domain[1], first);
  // (A span starting at the domain's end is outside, a point there inside. Written so that every
  // comparison runs in a full view too: V8 throws away layout code optimized without one.)
  const outsideSpan = (t0: number, t1: number): boolean => t1 <= domain[0] || (t1 - t0 > 1 ? t0 >= domain[1] : t0 > domain[1]);
  // Vertical: the tick labels' columns (two with a second calendar) between the axis and the edge.
  const tickRoom = TICK_LABEL_WIDTH * (o.secondaryCalendar !== null ? 2 : 1);
  const axisX = rtlText ? width - MARGIN - tickRoom : MARGIN + tickRoom;
  // Vertical: room for the lane columns, leaving the labels at least MIN_LABEL_COLUMN pixels.
  const room = width - 2 * MARGIN - tickRoom - 16 - LABEL_COLUMN_GAP - MIN_LABEL_COLUMN;
  // Lanes: those with an event in view (all, when none is), as many as fit — a row of labels each
  // when horizontal, a column a badge wide when vertical; the least told of the rest share one
  // "other" lane, last.
  const told = new Uint32Array(p.lanes.length);
  for (let i = first; i < last; i++) {
    const l = p.lane[i] as number;
    if (!outsideSpan(p.t0[i] as number, p.t1[i] as number)) told[l] = (told[l] as number) + 1;
  }
  if (!told.some(Boolean)) told.fill(1);
  const fit = Math.max(1, vertical ? Math.floor(room / LANE_GAP) + 1 : Math.floor((height - MARGIN - axisBlock) / (rowH + CLUSTER_ROW + MARK_R + LABEL_GAP)));
  const named = [...told.keys()].filter((i) => told[i] && (p.lanes[i] as { key: string }).key !== '');
  const other = p.lanes.findIndex((l) => l.key === '');
  const kept = new Set(named.length + Number(other >= 0 && told[other] !== 0) > fit ? named.sort((a, b) => (told[b] as number) - (told[a] as number) || a - b).slice(0, fit - 1) : named);
  const laneList = p.lanes.filter((_, i) => kept.has(i));
  /** The drawn lane of each of the timeline's lanes (-1: none has an event in view). */
  const laneAt = Int32Array.from(told, (n, i) => (kept.has(i) ? laneList.indexOf(p.lanes[i] as { key: string; label: string }) : n ? laneList.length : -1));
  // (When a single lane fits, it is every event's lane: no title.)
  if (laneAt.includes(laneList.length)) laneList.push(kept.size > 0 ? (p.lanes[other] ?? { key: '', label: p.labels.laneOther }) : { key: '', label: '' });

  // Plot box, time range and lanes.
  let plot: Box;
  let range: [number, number];
  let lanes: LayoutLane[];
  /** Vertical: where badges stand across the axis, from their lane's track. */
  let badgeShift = 0;
  if (!vertical) {
    plot = { x: MARGIN, y: MARGIN, width: Math.max(1, width - 2 * MARGIN), height: Math.max(1, height - MARGIN - axisBlock) };
    range = o.axisDirection === 'rtl' ? [plot.x + plot.width, plot.x] : [plot.x, plot.x + plot.width];
    const laneH = plot.height / laneList.length;
    // (Array.from, not map(), for the arrays the passes index: map() made arrays of one shape when
    // V8 ran it optimized and another when not, and layout code optimized for one was thrown
    // away on meeting the other, deep into a page's first zoom.)
    lanes = Array.from(laneList, (l, index) => {
      const box = { x: plot.x, y: plot.y + index * laneH, width: plot.width, height: laneH };
      return { index, key: l.key, label: l.label, box, track: box.y + laneH - CLUSTER_ROW };
    });
  } else {
    // Vertical: time runs down; ticks on the outer side of the axis, then one narrow column per
    // lane, then the labels of all lanes in one column. With lanes, each lane's title gets a header
    // row above the plot, written from its column away from the axis (a staircase: no title
    // crosses another lane's column).
    const n = laneList.length;
    const laned = n > 1;
    const header = laned ? n * rowH + 4 : 0;
    plot = { x: MARGIN, y: MARGIN + header + rowH / 2, width: Math.max(1, width - 2 * MARGIN), height: Math.max(1, height - 2 * MARGIN - rowH - header) };
    range = [plot.y, plot.y + plot.height];
    const inward = rtlText ? -1 : 1;
    // Columns as far apart as a count badge is wide (as many as fit: see laneList). A single lane
    // has its badges in a column of their own between the axis and the track, as horizontal
    // badges sit between the track and the axis: dense views give a badge every few rows, and on
    // the track they would cover the labelled marks.
    const gap = laned ? Math.min(LANE_GAP, room / (n - 1)) : 0;
    badgeShift = laned ? 0 : -inward * BADGE_COLUMN;
    lanes = Array.from(laneList, (l, index) => {
      const track = axisX + inward * (16 + (laned ? 0 : BADGE_COLUMN) + index * gap);
      if (!laned) return { index, key: l.key, label: l.label, box: { ...plot }, track };
      const top = MARGIN + index * rowH;
      const box = { x: track - gap / 2, y: top + rowH, width: gap, height: plot.y + plot.height - top - rowH };
      // The title runs from just past the column to the drawing's edge.
      const titleRoom = Math.max(0, rtlText ? track + 4 - MARGIN : width - MARGIN - (track - 4));
      return { index, key: l.key, label: l.label, box, track, title: { x: track - inward * 4, y: top + rowH / 2 + fontSize * 0.35, text: truncateText(l.label, titleRoom, fontSize) } };
    });
  }
  // A linear time scale (what d3's scaleUtc maps), inlined so layout needs no scale module.
  const pxPerMs = (range[1] - range[0]) / (domain[1] - domain[0]);
  const pos = (t: number): number => range[0] + (t - domain[0]) * pxPerMs;
  const len = Math.abs(range[1] - range[0]);
  const flowSign = !vertical && o.axisDirection === 'rtl' ? -1 : 1;
  // Flow coordinate u: distance from the earliest end of the visible axis, in pixels.
  const flow = (t: number): number => (flowSign === 1 ? pos(t) - range[0] : range[0] - pos(t));
  const fromFlow = (u: number): number => (flowSign === 1 ? range[0] + u : range[0] - u);

  // Axis.
  const tickCount = Math.max(2, Math.floor(len / (vertical ? 48 : 110)));
  /** Ticks at `offset` across the axis; vertical ones write their labels from `labelOffset`. */
  const placeTicks = (specs: { value: number; label: string; major: boolean }[], offset: number, labelOffset = offset): LayoutTick[] => {
    const out: LayoutTick[] = [];
    let lastEnd = -Infinity;
    for (const s of specs) {
      if (s.value < domain[0] || s.value > domain[1]) continue;
      const u = flow(s.value);
      const extent = vertical ? rowH : textWidth(s.label, fontSize - 1) + 12;
      const start = u - extent / 2;
      if (start < lastEnd) continue;
      lastEnd = start + extent;
      const c = fromFlow(u);
      // Keep the label inside the drawing: shift it inward at the plot's ends.
      const half = extent / 2 - 6;
      const labelX = vertical ? labelOffset : Math.min(Math.max(c, half + 2), width - half - 2);
      out.push({ value: s.value, x: vertical ? offset : c, y: vertical ? c : offset, label: s.label, labelX, major: s.major });
    }
    return out;
  };
  // Horizontal: the axis under the plot, a second calendar's ticks in a row below. Vertical: the
  // axis beside the plot, the second calendar's labels in a column outside the first's.
  const second = o.secondaryCalendar;
  const at = vertical ? axisX : plot.y + plot.height;
  const axis: Layout['axis'] = {
    x1: vertical ? at : plot.x,
    y1: vertical ? plot.y : at,
    x2: vertical ? at : plot.x + plot.width,
    y2: vertical ? plot.y + plot.height : at,
    ticks: placeTicks(axisTicks(domain, tickCount, o.calendar, o), at),
    secondary: second !== null ? placeTicks(axisTicks(domain, tickCount, second, o), vertical ? at : at + AXIS_HEIGHT, at + (rtlText ? TICK_LABEL_WIDTH : -TICK_LABEL_WIDTH)) : [],
    secondaryCalendar: second,
  };

  // Label rows per lane (horizontal), or one label column (vertical).
  const laneRows = lanes.map((lane) => {
    if (vertical) return 1;
    return Math.max(0, Math.floor((lane.track - MARK_R - LABEL_GAP - lane.box.y) / rowH));
  });
  // Vertical: the label column starts past the outermost lane column.
  const outerTrack = lanes[lanes.length - 1]?.track ?? 0;
  const labelColumnStart = vertical ? (rtlText ? MARGIN : outerTrack + LABEL_COLUMN_GAP) : 0;
  const labelColumnWidth = vertical ? Math.max(0, rtlText ? outerTrack - LABEL_COLUMN_GAP - MARGIN : width - MARGIN - labelColumnStart) : 0;

  const marks: LayoutMark[] = [];
  const clusters: LayoutCluster[] = [];
  const open = new Map<number, OpenCluster>();
  const lastBadgeEnd = new Map<number, number>();
  const lastCluster = new Map<number, OpenCluster>();
  /** The ids a cluster counts, written when first read (a zoomed-out frame would copy nearly every id): the events of its lane from its first to its last that are in view and have no label — a cluster is a run of them. */
  const idsIn = (c: OpenCluster): string[] => {
    const out: string[] = [];
    for (let i = c.i0; i <= c.i1; i++) if (laneAt[p.lane[i] as number] === c.lane && !labelAt.has(i) && !outsideSpan(p.t0[i] as number, p.t1[i] as number)) out.push(p.ids[i] as string);
    return out;
  };
  /** Closes a run of unlabelled events into a badge (ending before `limit` when there is room). */
  const closeCluster = (c: OpenCluster, limit = Infinity): void => {
    const lane = lanes[c.lane] as LayoutLane;
    const r = badgeR(c.n);
    const prevEnd = lastBadgeEnd.get(c.lane) ?? -Infinity;
    // Centred on its events, or just past the badge (or mark) before it, inside the plot.
    const u = Math.min(Math.max(Math.min((c.uMin + c.uMax) / 2, limit - 2 - r), prevEnd + 2 + r, r), len - r);
    const last = lastCluster.get(c.lane);
    const prev = last?.cl;
    if (u - r < prevEnd + 2 && last !== undefined && prev !== undefined) {
      // No room left before the plot's end: fold into the previous cluster of this lane (the run
      // continues: no event of the lane lies between the two).
      last.n += c.n;
      last.i1 = c.i1;
      prev.count = last.n;
      prev.domain = [Math.min(prev.domain[0], c.t0), Math.max(prev.domain[1], c.t1)];
      const pu = (vertical ? prev.cy - range[0] : flowSign === 1 ? prev.cx - range[0] : range[0] - prev.cx);
      const pr = badgeR(prev.count);
      // A badge grown by a digit keeps its start: pulled back inside the plot, it would cover the
      // badge before it (it may stand out into the margin by the few pixels it grew).
      const nu = Math.max(Math.min(Math.max((pu + c.uMax) / 2, pr), len - pr), pu - prev.r + pr);
      setBadge(prev, nu, pr, lane);
      lastBadgeEnd.set(c.lane, nu + pr);
      return;
    }
    let ids: string[] | undefined;
    const cl: LayoutCluster = {
      id: `${c.lane}:${p.ids[c.i0] as string}`,
      lane: c.lane,
      cx: 0,
      cy: 0,
      r,
      count: c.n,
      countText: '',
      ariaLabel: '',
      get eventIds(): string[] {
        return (ids ??= idsIn(c));
      },
      domain: [c.t0, c.t1],
    };
    setBadge(cl, u, r, lane);
    clusters.push(cl);
    c.cl = cl;
    lastCluster.set(c.lane, c);
    lastBadgeEnd.set(c.lane, u + r);
  };
  const setBadge = (cl: LayoutCluster, u: number, r: number, lane: LayoutLane): void => {
    const c = fromFlow(u);
    if (vertical) {
      cl.cx = lane.track + badgeShift;
      cl.cy = c;
    } else {
      cl.cx = c;
      cl.cy = lane.track + 14;
    }
    cl.r = r;
    cl.countText = formatNumber(cl.count, o.locale, o.digits);
    cl.ariaLabel = labels.cluster(cl.countText);
  };

  /** Where the mark of a span [t0, t1) leaves its leader: a band's start, a point's centre. */
  const uMarkAt = (t0: number, t1: number): number => {
    const a = flow(Math.max(t0, domain[0]));
    const b = flow(Math.min(t1, domain[1]));
    return Math.abs(b - a) >= o.minBandWidth ? Math.min(a, b) : (a + b) / 2;
  };

  // Labels are handed out in a fixed priority order (see labelPriority), not along the axis: an
  // event keeps its label as the reader zooms in, so a zoom step redraws few labels, and the most
  // told events are labelled first.
  const labelAt = new Map<number, LabelBox>();
  const labelBox = (x: number, y: number, w: number, text: string, row: number, leader: LabelBox['leader']): LabelBox => ({ x, y, width: w, height: rowH, text, row, textX: rtlText ? x + w - 4 : x + 4, textY: y + rowH / 2 + fontSize * 0.35, leader });
  if (!vertical) {
    const slots = Array.from(lanes, (lane, i) => new LaneSlots(laneRows[i] ?? 0, len, LABEL_GAP, lane.label !== '' ? textWidth(lane.label, fontSize) + 8 : 0));
    labelCandidates(p, first, last, outsideSpan, uMarkAt, laneAt, slots, (i, laneIndex, u, width) => {
      const laneSlots = slots[laneIndex] as LaneSlots;
      const e = evs[i] as PreparedEvent;
      const lane = lanes[laneIndex] as LayoutLane;
      // The slot fits the widest the label can be; the box takes the shortened text's width.
      const slot = laneSlots.findRow(u, width, o.previousRows.get(e.id) ?? -1);
      if (slot === null) return;
      // The box's width as drawn (the shortened text, padded; never 0), kept on the event.
      const text = texts(p, e).labelText;
      const w = (e.exactWidth ||= textWidth(text, fontSize) + 8);
      const s0 = Math.max(0, Math.min(u, len - w));
      laneSlots.take(slot.row, s0, w);
      const y = lane.track - MARK_R - LABEL_GAP - (slot.row + 1) * rowH;
      const bx = Math.min(fromFlow(s0), fromFlow(s0 + w));
      const mx = fromFlow(u);
      labelAt.set(i, labelBox(bx, y, w, text, slot.row, { x1: mx, y1: lane.track - MARK_R, x2: mx, y2: y + rowH }));
    });
  } else {
    // One label column: labels keep the marks' order (leaders never cross), each at its mark or
    // pushed down at most a row and a half by the one before it.
    const us: number[] = [];
    const tops: number[] = [];
    for (const i of p.priority) {
      if (i < first || i >= last) continue;
      const e = evs[i] as PreparedEvent;
      if (outsideSpan(e.t0, e.t1)) continue;
      const uMark = uMarkAt(e.t0, e.t1);
      const k = bisect(us, uMark, 0);
      const ideal = uMark - rowH / 2;
      const top = k > 0 ? Math.max(ideal, (tops[k - 1] as number) + rowH + 2) : ideal;
      if (top - ideal > rowH * 1.5 || top + rowH > len + rowH / 2) continue;
      if (k < tops.length && top + rowH + 2 > (tops[k] as number)) continue;
      us.splice(k, 0, uMark);
      tops.splice(k, 0, top);
      const lane = lanes[laneAt[e.lane] as number] as LayoutLane;
      const text = e.labelWidth + 8 <= labelColumnWidth ? texts(p, e).labelText : truncateText(e.title, Math.max(0, labelColumnWidth - 8), fontSize);
      const w = Math.min(labelColumnWidth, textWidth(text, fontSize) + 8);
      const y = fromFlow(top);
      const bx = rtlText ? labelColumnStart + labelColumnWidth - w : labelColumnStart;
      const my = fromFlow(uMark);
      labelAt.set(i, labelBox(bx, y, w, text, 0, { x1: lane.track + (rtlText ? -MARK_R : MARK_R), y1: my, x2: rtlText ? bx + w : bx, y2: y + rowH / 2 }));
    }
  }

  // Marks and count badges, along the axis.
  sweep(p, first, last, outsideSpan, uMarkAt, laneAt, labelAt, open, closeCluster, (i, laneIdx, label) => {
    const e = evs[i] as PreparedEvent;
    const lane = lanes[laneIdx] as LayoutLane;
    // Where the mark sits along the axis: its span [a, b] in flow pixels, a band or a point (as uMarkAt).
    const a = flow(Math.max(e.t0, domain[0]));
    const b = flow(Math.min(e.t1, domain[1]));
    const spanPx = Math.abs(b - a);
    const band = spanPx >= o.minBandWidth;
    const uMark = band ? Math.min(a, b) : (a + b) / 2;
    // Vertical lanes have their badges on the marks' track: a point (opaque, where a band lets a
    // badge's count show through) ends its lane's run of unlabelled events when their badge fits
    // before it (else the run goes on past it), and the next badge starts past it.
    if (vertical && lanes.length > 1 && !band) {
      const c = open.get(laneIdx);
      const r = c === undefined ? 0 : badgeR(c.n);
      // Room for the badge between the one (or point) before it and this point?
      if (c !== undefined && uMark - MARK_R - 2 - r >= Math.max((lastBadgeEnd.get(laneIdx) ?? -Infinity) + 2, 0) + r) {
        open.delete(laneIdx);
        closeCluster(c, uMark - MARK_R);
      }
      lastBadgeEnd.set(laneIdx, Math.max(lastBadgeEnd.get(laneIdx) ?? -Infinity, uMark + MARK_R));
    }
    // The mark itself.
    const x = vertical ? lane.track : fromFlow(a);
    const x2 = vertical ? lane.track : fromFlow(b);
    const y = vertical ? fromFlow(a) : lane.track;
    const y2 = vertical ? fromFlow(b) : lane.track;
    const c = fromFlow(band ? (a + b) / 2 : uMark);
    const cx = vertical ? lane.track : c;
    const cy = vertical ? c : lane.track;
    const rect: Box = band
      ? vertical
        ? { x: lane.track - MARK_R, y: Math.min(y, y2), width: 2 * MARK_R, height: spanPx }
        : { x: Math.min(x, x2), y: lane.track - MARK_R, width: spanPx, height: 2 * MARK_R }
      : { x: cx - MARK_R, y: cy - MARK_R, width: 2 * MARK_R, height: 2 * MARK_R };
    const t = texts(p, e);
    // A loop into a literal, not map(): most claim lists are empty, and V8 gives an empty list
    // made by map() another shape than a full one; layout code optimized for one was thrown away
    // at each zoom step that met the other.
    const claims: LayoutMark['claims'] = [];
    for (const cl of t.claims) {
      const pc = fromFlow(flow(Math.min(Math.max(cl.t, domain[0]), domain[1])));
      claims.push({ x: vertical ? lane.track : pc, y: vertical ? pc : lane.track, label: cl.label });
    }
    let claimSpan: LayoutMark['claimSpan'] = null;
    if (claims.length > 1) {
      const along = claims.map((q) => (vertical ? q.y : q.x));
      const mn = Math.min(...along);
      const mx = Math.max(...along);
      claimSpan = vertical ? { x1: lane.track, y1: mn, x2: lane.track, y2: mx } : { x1: mn, y1: lane.track, x2: mx, y2: lane.track };
    }
    marks.push({
      id: e.id,
      index: e.index,
      lane: laneIdx,
      shape: band ? 'band' : 'point',
      x,
      x2,
      y,
      y2,
      cx,
      cy,
      width: band ? spanPx : 0,
      duration: e.t1 - e.t0,
      rect,
      hollow: e.event.status === 'scheduled' || e.event.status === 'expected',
      approximate: e.event.when.approximate === true,
      disputed: e.event.disputed === true,
      status: e.event.status,
      precision: e.event.when.precision,
      claims,
      claimSpan,
      label,
      title: e.title,
      dateText: t.dateText,
      // Kept on the event: a zoom step would otherwise write a new one for every mark.
      ariaLabel: (e.ariaLabel ??= [t.dateText, labels.status[e.event.status] ?? '', e.title].filter((s) => s !== '').join(rtlText ? '، ' : ', ')),
    });
  });
  for (const c of open.values()) closeCluster(c);
  // (Not when empty: an array that never held an object has another shape, and layout code
  // optimized for the other would be thrown away.)
  if (clusters.length > 1) clusters.sort((a, b) => a.lane - b.lane || (vertical ? a.cy - b.cy : a.cx - b.cx));

  let outside: string[] | undefined;
  const count = p.events.length;
  const title = o.title ?? (typeof timeline.title === 'string' && timeline.title !== '' ? timeline.title : labels.timeline);
  return {
    width,
    height,
    orientation: o.orientation,
    axisDirection: o.axisDirection,
    textDirection: o.textDirection,
    locale: o.locale,
    digits: o.digits,
    calendar: o.calendar,
    timeZone: o.timeZone,
    fontSize,
    domain,
    fullDomain: [p.extent[0], p.extent[1]],
    range,
    plot,
    axis,
    lanes,
    marks,
    clusters,
    // Written when read: a zoomed-in frame would otherwise copy the ids of nearly every event.
    get outside(): string[] {
      return (outside ??= [...p.ids.slice(0, first), ...p.ids.slice(first, last).filter((_, k) => outsideSpan(p.t0[first + k] as number, p.t1[first + k] as number)), ...p.ids.slice(last)]);
    },
    eventCount: count,
    title,
    description: labels.events(formatNumber(count, o.locale, o.digits)),
  };
}
