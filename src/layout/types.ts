/**
 * The Layout: everything a renderer needs to draw a timeline, as plain JSON-compatible numbers and
 * strings. Produced by `layout()` (pure, no DOM), drawn by `drawTimeline()` in the browser and in
 * Node alike. Coordinates are SVG user units (pixels) with the origin at the top-left.
 */
import type { EventStatus, Precision } from '../model/types.js';

export type Direction = 'rtl' | 'ltr';
export type LaneMode = 'none' | 'type' | 'actor' | 'place' | 'source';
export type Digits = 'arab' | 'latn';
export type CalendarName = 'gregory' | 'islamic-umalqura';
export type Orientation = 'horizontal' | 'vertical';
/** Which Arabic month names to write; 'auto' follows the locale's region (ar-SY → levant). */
export type MonthNamesOption = 'auto' | 'levant' | 'egypt' | 'maghreb' | 'morocco';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One tick of a time axis. */
export interface LayoutTick {
  /** Time in ms since the epoch (wall-clock time read as UTC, see `layout`). */
  value: number;
  /** Screen position of the tick (x when horizontal, y when vertical). */
  x: number;
  y: number;
  label: string;
  /**
   * Horizontal: centre of the label along the axis (the tick position, moved inward at the plot's
   * ends). Vertical: where the tick's label column starts (the axis, or for the second calendar
   * the start of its own column).
   */
  labelX: number;
  /** Major ticks start a larger unit (a new year on a month axis) and carry a longer label. */
  major: boolean;
}

export interface LayoutAxis {
  /** The axis line, screen coordinates. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  ticks: LayoutTick[];
  /** The optional second calendar's ticks (islamic-umalqura), drawn beside the main ones. */
  secondary: LayoutTick[];
  /** Calendar of the secondary ticks, or null when there is no second axis. */
  secondaryCalendar: CalendarName | null;
}

export interface LayoutLane {
  index: number;
  /** Grouping key (event type, actor id, place id, outlet); '' for lanes: 'none'. */
  key: string;
  label: string;
  box: Box;
  /** The line the marks of this lane sit on (y when horizontal, x when vertical). */
  track: number;
  /**
   * Where the lane's title is written (vertical timelines with lanes: a header row per lane above
   * the plot, starting at the lane's track and running away from the axis), its text shortened to
   * fit. Absent when the title sits at the start of the lane's box (horizontal) or is not drawn.
   */
  title?: { x: number; y: number; text: string };
}

/** A label placed next to its mark; never overlaps another label or cluster badge. */
export interface LabelBox extends Box {
  text: string;
  /** The label row: 0 nearest the track and up from there; 0 in a vertical timeline's label column. */
  row: number;
  /** Anchor point of the text: draw with `direction` = layout.textDirection and text-anchor 'start'. */
  textX: number;
  textY: number;
  /** Leader line from the mark to the label. */
  leader: { x1: number; y1: number; x2: number; y2: number };
}

/** A disputed event's claim: where one source puts it. */
export interface LayoutClaim {
  x: number;
  y: number;
  /** The claim written at its precision, in the layout's locale. */
  label: string;
}

export interface LayoutMark {
  /** The event id (drawn as data-event-id). */
  id: string;
  /** Index of the event in `timeline.events`. */
  index: number;
  lane: number;
  /** 'band' when the event's span is at least `minBandWidth` pixels wide at this zoom, else 'point'. */
  shape: 'point' | 'band';
  /** Screen coordinates of the start and end of the event's span (clamped to the plot). */
  x: number;
  x2: number;
  y: number;
  y2: number;
  /** Centre of the mark. */
  cx: number;
  cy: number;
  /** Extent of the span along the time axis, in pixels (0 for points). */
  width: number;
  /** Length of the event's time span in ms, whatever the zoom (bands are drawn longest first). */
  duration: number;
  /** The band's rectangle (for a point: the square around its centre). */
  rect: Box;
  /** Scheduled or expected events are drawn hollow. */
  hollow: boolean;
  /** Approximate dates are drawn with faded edges. */
  approximate: boolean;
  disputed: boolean;
  status: EventStatus;
  precision: Precision;
  /** Each source's claim when the event is disputed (empty otherwise), and the span between them. */
  claims: LayoutClaim[];
  claimSpan: { x1: number; y1: number; x2: number; y2: number } | null;
  label: LabelBox | null;
  /** Full title (the label may be truncated). */
  title: string;
  /** The date written at its precision: 'صباح الخميس ٢٠ حزيران ٢٠٢٤'. */
  dateText: string;
  /** Date and title, for aria-label. */
  ariaLabel: string;
}

/** Events that found no room for a label, counted in one badge; they open when zoomed in. */
export interface LayoutCluster {
  /** Stable key: lane and the first event id. */
  id: string;
  lane: number;
  cx: number;
  cy: number;
  r: number;
  count: number;
  /** The count written in the layout's digits. */
  countText: string;
  ariaLabel: string;
  eventIds: string[];
  /** Time span of the clustered events [start, end) in ms: zoom here to open the cluster. */
  domain: [number, number];
}

export interface Layout {
  width: number;
  height: number;
  orientation: Orientation;
  axisDirection: Direction;
  textDirection: Direction;
  locale: string;
  digits: Digits;
  calendar: CalendarName;
  timeZone: string;
  fontSize: number;
  /** Visible time span [start, end] in ms. */
  domain: [number, number];
  /** The span of all events, padded: the base domain zoom rescales. */
  fullDomain: [number, number];
  /** Screen positions of domain[0] and domain[1] (mirrored when the axis runs right to left). */
  range: [number, number];
  plot: Box;
  axis: LayoutAxis;
  lanes: LayoutLane[];
  /** Events with a mark and a label, in visual order along the time axis. */
  marks: LayoutMark[];
  clusters: LayoutCluster[];
  /** Ids of events outside the visible domain (zoomed away). */
  outside: string[];
  /** Number of events in the timeline: marks + clustered + outside. */
  eventCount: number;
  /** Accessible name and summary of the timeline. */
  title: string;
  description: string;
}
