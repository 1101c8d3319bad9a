import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Timeline, TimelineEvent } from '../model/types.js';
import { datedEvents, layout } from '../layout/layout.js';
import { timeValue } from '../layout/options.js';
import type { Layout, LayoutCluster, LayoutMark } from '../layout/types.js';
import { parseTime } from '../layout/parseTime.js';
import type { DateFormatSettings } from '../layout/formatDate.js';
import { labelsFor } from '../locales/labelsFor.js';
import { keyAction } from '../interact/keyboard.js';
import { transformFor, zoomedDomain } from '../interact/zoom.js';
import { drawTimeline } from './draw.js';
import { leaderPath, placeAt, placeMark, set } from './drawMark.js';
import { fillDetails } from './details.js';
import { normalizeOptions, type RenderOptions } from './options.js';
import { liveCss, timelineCss } from './styles.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Screen-reader list entries made per step (see buildList). */
const LIST_CHUNK = 1000;
/**
 * The narrowest span (ms) a zoom shows. Event times are whole milliseconds and layout needs a span
 * of at least 1; ten keep a zoom's rounding (a span is the full span divided by the scale) well
 * clear of that floor.
 */
const MIN_SPAN_MS = 10;
/** A zoom gesture that pauses this long (ms) gets its full relayout before it ends. */
const SETTLE_MS = 120;
/**
 * Script time (ms) a zoom frame gives to drawing, layout included. The browser's style, layout and
 * paint follow, and cost more than the script for what arrives (new text to shape and lay out): on
 * a slow 2-core machine a 6 ms slice made frames of 16 ms on average, 3 ms ones of 11 ms, the
 * arriving marks then coming in over a few more frames (npm run bench:browser).
 */
const SLICE_MS = 3;
/**
 * Script time (ms) an idle callback gives to the marks still to arrive. No more than a zoom frame's
 * slice: in a run of zoomTo steps (an animation) the view stays between steps, so idle callbacks
 * run between them and the browser styles and lays out what they drew in the next step's frame
 * (6 ms here made those frames 0.5 ms slower on average; the marks arrive a few frames later).
 */
const IDLE_SLICE_MS = SLICE_MS;

export type TimelineEventName = 'select' | 'focus' | 'zoom';
export interface SelectDetail {
  id: string;
  event: TimelineEvent;
}
export interface ZoomDetail {
  /** Visible span [start, end] in ms. */
  domain: [number, number];
  /** Zoom factor relative to the full view. */
  k: number;
}
export interface TimelineHandle {
  /** Replace the data and redraw (zoom is reset). */
  update(timeline: Timeline): void;
  /**
   * Show the span [start, end] (ms, Date or ISO date). A span the zoom extent (options.zoomExtent,
   * and never under 10 ms) does not allow shows the nearest one it does, around the same middle;
   * the view stays inside the data, as a wheel or drag keeps it.
   */
  zoomTo(start: number | string | Date, end: number | string | Date): void;
  /** Select an event by id: zooms to it if it is clustered or out of view, opens its details. */
  select(id: string): void;
  on(name: 'select', fn: (detail: SelectDetail) => void): TimelineHandle;
  on(name: 'focus', fn: (detail: SelectDetail) => void): TimelineHandle;
  on(name: 'zoom', fn: (detail: ZoomDetail) => void): TimelineHandle;
  /** The current layout (plain data), e.g. for tests; during a zoom gesture, the last full one. */
  layout(): Layout;
  /** Remove every element and listener this timeline added. */
  destroy(): void;
}

let instances = 0;

/**
 * Draws an interactive timeline into an element: wheel/drag/pinch zoom with semantic re-layout
 * (clusters open as you zoom; during a gesture frames only move what is drawn, and the relayout
 * runs when it pauses or ends), keyboard navigation (Tab in, ←/→ along the axis — mirrored on a
 * right-to-left axis —, +/-, Home/End, Enter for details, Escape), a details panel on hover, focus
 * and tap, a visually hidden list of every event for screen readers, and a ResizeObserver that
 * relays out on resize (vertical below 480 px). Text direction and locale default from the
 * element's `dir` and `lang`.
 *
 * @param element - the host element (its content is left alone; the timeline is appended)
 * @param timeline - a Timeline
 * @param options - layout and render options (see RenderOptions); errors name the bad option
 * @returns a handle: update, zoomTo, select, on, layout, destroy
 * @example
 * const t = createTimeline(document.querySelector('#tl'), timeline, { locale: 'ar-SY' });
 * t.on('select', ({ event }) => console.log(event.title)); // 'بوتين يصل إلى هانوي'
 * t.zoomTo('2023-03-12', '2023-03-15');
 */
export function createTimeline(element: Element, timeline: Timeline, options?: RenderOptions): TimelineHandle {
  if (element === null || typeof element !== 'object' || typeof (element as Element).appendChild !== 'function') {
    throw new TypeError(`createTimeline: element must be a DOM element, got ${String(element)}`);
  }
  const doc = element.ownerDocument;
  const win = doc.defaultView;
  // Direction and language from the page, unless given.
  const given: RenderOptions = { ...(options ?? {}) };
  const dirAttr = element.closest('[dir]')?.getAttribute('dir');
  const langAttr = element.closest('[lang]')?.getAttribute('lang');
  if (given.textDirection === undefined && (dirAttr === 'rtl' || dirAttr === 'ltr')) given.textDirection = dirAttr;
  if (given.locale === undefined && langAttr !== undefined && langAttr !== null && langAttr !== '') {
    try {
      given.locale = Intl.getCanonicalLocales(langAttr)[0] ?? langAttr;
    } catch {
      // An invalid lang attribute on the page is ignored; the timeline's language is used.
    }
  }
  let data = timeline;
  const o = normalizeOptions({ ...given, interactive: true, idPrefix: given.idPrefix ?? `tarikh${++instances}` }, typeof timeline?.language === 'string' ? timeline.language : 'ar');
  const fixedWidth = options?.width !== undefined;
  const fixedHeight = options?.height !== undefined;
  const labels = labelsFor(o.layout.locale);
  // The normalized layout options carry the date settings (locale, digits, calendar, zone, month names).
  const settings: DateFormatSettings = o.layout;
  const prefix = o.idPrefix;
  const reducedMotion = win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

  // DOM skeleton.
  const root = doc.createElement('div');
  root.className = 'tarikh';
  root.setAttribute('data-theme', o.theme);
  root.setAttribute('role', 'region');
  root.setAttribute('dir', o.layout.textDirection);
  root.setAttribute('lang', o.layout.locale);
  if (reducedMotion || !o.motion) root.setAttribute('data-reduced-motion', '');
  const style = doc.createElement('style');
  style.textContent = timelineCss() + '\n' + liveCss();
  const svg = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  // Chromium makes the svg itself a Tab stop; the marks carry the one tab stop instead.
  svg.setAttribute('tabindex', '-1');
  const listId = `${prefix}-list`;
  const list = doc.createElement('ul');
  list.className = 'tarikh-sr';
  list.id = listId;
  list.setAttribute('aria-label', labels.listLabel);
  const panel = doc.createElement('div');
  panel.className = 'tarikh-details';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-modal', 'false');
  panel.setAttribute('aria-labelledby', `${prefix}-details-title`);
  panel.tabIndex = -1;
  root.append(style, svg, panel, list);
  element.appendChild(root);

  const measure = (): { width: number; height: number } => {
    const w = fixedWidth ? o.layout.width : element.clientWidth > 0 ? element.clientWidth : o.layout.width;
    const orientation = options?.orientation ?? 'auto';
    const vertical = orientation === 'vertical' || (orientation === 'auto' && w < (options?.verticalBelow ?? 480));
    // The host's own height, not the one our drawing gives it: a host whose height comes from its
    // content would otherwise keep whatever the last drawing (or an unsized svg's 150 px) was.
    let own = 0;
    if (!fixedHeight) {
      root.hidden = true;
      own = element.clientHeight;
      root.hidden = false;
    }
    const h = fixedHeight ? o.layout.height : own > 40 ? own : vertical ? Math.max(o.layout.height, 560) : o.layout.height;
    return { width: w, height: h };
  };

  let size = measure();
  let transform: ZoomTransform = zoomIdentity;
  let base: Layout = layout(data, { ...o.layoutInput, width: size.width, height: size.height, domain: null });
  let current: Layout = base;
  let focusedId: string | null = null;
  let selectedId: string | null = null;
  let pinned = false;
  const handlers: { [K in TimelineEventName]: ((d: never) => void)[] } = { select: [], focus: [], zoom: [] };
  const emit = (name: TimelineEventName, detail: unknown): void => {
    for (const fn of handlers[name].slice()) (fn as (d: unknown) => void)(detail);
  };
  const eventById = (id: string): TimelineEvent | undefined => data.events.find((e) => e.id === id);

  /** The cluster a badge draws: drawTimeline binds it to the badge's group (d3's __data__). */
  const clusterOf = (item: Element): LayoutCluster | undefined => {
    const d = (item as Element & { __data__?: LayoutCluster }).__data__;
    return d !== undefined && current.clusters.includes(d) ? d : undefined;
  };
  const focusables = (): Element[] => Array.from(svg.querySelectorAll('g.tarikh-mark, g.tarikh-cluster'));
  const unselect = (): void => svg.querySelectorAll('.tarikh-selected').forEach((e) => e.classList.remove('tarikh-selected'));
  /** The drawn mark of an event, among `items` (ids are compared as strings: no selector is built from them). */
  const markOf = (id: string | null, items = focusables()): Element | undefined => (id === null ? undefined : items.find((e) => e.getAttribute('data-event-id') === id));

  /** The span the current zoom shows, [start, end] in ms. */
  const viewDomain = (): [number, number] => zoomedDomain(base.fullDomain, base.range, transform.k, base.orientation === 'vertical' ? transform.y : transform.x);
  /**
   * Draws the current zoom. After a zoom step, labels keep the rows they had (`previous`), and
   * the step is spread over frames: the marks that stay move in this frame, and those arriving in
   * view are drawn for SLICE_MS at most, the rest in the next frames (see drawTimeline's `until`).
   */
  const render = (previous: Layout | null = current): void => {
    const start = performance.now();
    const domain = transform.k === 1 && transform.x === 0 && transform.y === 0 ? null : viewDomain();
    current = domain === null && previous === null ? base : layout(data, { ...o.layoutInput, width: size.width, height: size.height, domain, previous });
    drawnAt = transform;
    fullPending = false;
    for (const el of shifted) el.removeAttribute('transform');
    shifted.clear();
    draw(previous !== null && win?.requestAnimationFrame !== undefined ? start + SLICE_MS : undefined);
  };
  /** Draws `current` (or what is left of it, see render) and keeps focus and selection with it. */
  const draw = (until?: number): void => {
    const hadFocus = svg.contains(doc.activeElement);
    drawPending = !drawTimeline({ document: doc }, svg, current, { theme: o.theme, idPrefix: prefix, interactive: true }, until);
    drawJob?.();
    // The rest when the page is idle: while zoom steps come every frame, the marks that stay move
    // and the arriving ones wait until the steps pause.
    drawJob = drawPending ? later((deadline) => {
      drawJob = null;
      if (transform === drawnAt) draw(performance.now() + Math.min(IDLE_SLICE_MS, deadline?.timeRemaining() ?? IDLE_SLICE_MS));
    }) : null;
    root.setAttribute('aria-label', current.title);
    root.setAttribute('data-orientation', current.orientation);
    // Roving tabindex: one tab stop into the timeline — the focused mark or badge, or the first in
    // time — and the focus back on it when the mark or badge that had it is gone.
    const items = focusables();
    const keep = items.find((e) => e === doc.activeElement) ?? markOf(focusedId, items) ?? markOf(current.marks[0]?.id ?? null, items) ?? items[0];
    // Written through drawMark's `set`, as every tabindex is: only what changed is touched (every
    // attribute write costs the browser style work in a zoom frame).
    for (const e of items) {
      set(e, 'tabindex', e === keep ? '0' : '-1');
      if (e.classList.contains('tarikh-mark')) set(e, 'aria-describedby', listId);
    }
    // The selection ring follows the selected event (a group drawn for another event before may
    // still carry the class: drawTimeline writes only classes that changed).
    unselect();
    markOf(selectedId, items)?.classList.add('tarikh-selected');
    if (hadFocus && !svg.contains(doc.activeElement)) focusItem(keep, true);
  };

  // The screen-reader list has an entry per event; formatting and creating 100,000 of them would
  // hold up the first paint, so the first LIST_CHUNK go in at once (all of a news timeline) and
  // the rest in idle-time chunks right after.
  let listJob: (() => void) | null = null;
  const listItem = ({ event, title, date }: ReturnType<typeof datedEvents>[number]): HTMLLIElement => {
    const li = doc.createElement('li');
    const button = doc.createElement('button');
    button.type = 'button';
    // Reachable in a screen reader's browse mode, but no invisible Tab stops for sighted users.
    button.tabIndex = -1;
    button.setAttribute('data-event-id', event.id);
    let when = '';
    try {
      when = date();
    } catch {
      when = event.when.start;
    }
    button.textContent = `${when}: ${title}`;
    li.appendChild(button);
    return li;
  };
  const buildList = (): void => {
    listJob?.();
    listJob = null;
    // Earliest first; the dates are the layout's, written once for the list and the marks.
    const events = datedEvents(data, o.layoutInput);
    list.replaceChildren();
    let next = 0;
    // Fills until the idle period runs out (a deadline), or one chunk when there is no idle API.
    const fill = (deadline?: { timeRemaining(): number }): void => {
      listJob = null;
      // Marks still to be drawn go first: the list waits for the next idle moment. An idle moment
      // gives it 10 ms at most, so a wheel or key that comes meanwhile is not held up.
      const stop = Math.min(events.length, next + LIST_CHUNK);
      const until = performance.now() + (deadline === undefined ? Infinity : Math.min(10, deadline.timeRemaining()));
      const part = doc.createDocumentFragment();
      while (!drawPending && next < stop && (part.childNodes.length === 0 || performance.now() < until)) {
        part.appendChild(listItem(events[next] as ReturnType<typeof datedEvents>[number]));
        next++;
      }
      list.appendChild(part);
      if (next < events.length) listJob = later(fill);
    };
    fill();
  };
  /**
   * Runs fn when the page is idle — never in the middle of a zoom gesture's frames — or on the next
   * task where there is no idle API. Returns a cancel function.
   */
  const later = (fn: (deadline?: { timeRemaining(): number }) => void): (() => void) => {
    const w = win as (Window & { requestIdleCallback?: (f: (d: { timeRemaining(): number }) => void) => number; cancelIdleCallback?: (h: number) => void }) | null;
    if (w?.requestIdleCallback !== undefined && w.cancelIdleCallback !== undefined) {
      const h = w.requestIdleCallback((d) => fn(d));
      return () => w.cancelIdleCallback?.(h);
    }
    const h = setTimeout(() => fn(), 0);
    return () => clearTimeout(h);
  };

  // During a user gesture (wheel, drag, pinch) a frame only moves the drawn marks, badges and
  // ticks to where the new zoom puts them: a full relayout re-places labels, and the ~100 marks
  // that trade labels each step cost more DOM work than a 60 Hz frame has. The relayout runs once
  // the gesture pauses (SETTLE_MS without a zoom event) and always when it ends.
  let drawnAt: ZoomTransform = zoomIdentity;
  let drawPending = false;
  let drawJob: (() => void) | null = null;
  let gesture = false;
  let fullPending = false;
  let settleTimer: ReturnType<typeof setTimeout> | null = null;
  const shifted = new Set<Element>();
  const shift = (): void => {
    const vertical = current.orientation === 'vertical';
    const k = transform.k / drawnAt.k;
    const t0 = vertical ? drawnAt.y : drawnAt.x;
    const t1 = vertical ? transform.y : transform.x;
    /** How far the new zoom moves what was drawn at position p along the axis. */
    const by = (p: number): number => Math.round(((p - t0) * k + t1 - p) * 10) / 10;
    type At = { __data__?: { x?: number; y?: number } };
    // A mark's group already stands at its origin (see markOrigin): the shift adds to it, written
    // through drawMark's cache so that the relayout's own write is not skipped.
    const drawn: LayoutMark[] = [];
    for (const el of Array.from(svg.querySelectorAll('g.tarikh-mark'))) {
      const d = (el as Element & { __data__?: LayoutMark }).__data__;
      if (d === undefined) continue;
      placeMark(el, d, vertical, by(vertical ? d.cy : d.cx));
      drawn.push(d);
    }
    // So does a badge's group, at the badge's centre.
    for (const el of Array.from(svg.querySelectorAll('g.tarikh-cluster'))) {
      const d = (el as Element & { __data__?: LayoutCluster }).__data__;
      if (d !== undefined) placeAt(el, d.cx, d.cy, vertical, by(vertical ? d.cy : d.cx));
    }
    // Ticks are drawn where their data says: a transform moves them.
    for (const el of Array.from(svg.querySelectorAll('g.tarikh-tick'))) {
      const d = (el as Element & At).__data__;
      const p = vertical ? d?.y : d?.x;
      if (p === undefined) continue;
      el.setAttribute('transform', vertical ? `translate(0,${by(p)})` : `translate(${by(p)},0)`);
      shifted.add(el);
    }
    const leaders = svg.querySelector('path.tarikh-leaders');
    if (leaders !== null) set(leaders, 'd', leaderPath(drawn, vertical, by));
  };
  const settle = (): void => {
    if (settleTimer !== null) clearTimeout(settleTimer);
    settleTimer = null;
  };

  let frame = 0;
  const request = (): void => {
    if (frame !== 0 || win?.requestAnimationFrame === undefined) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (fullPending) render();
      else shift();
    });
  };
  const schedule = (): void => {
    if (win?.requestAnimationFrame === undefined) return render();
    fullPending = true;
    request();
  };

  // Zoom: d3-zoom handles wheel, drag and pinch; each change re-lays out over the base scale.
  const zoomBehavior: ZoomBehavior<SVGSVGElement, unknown> = d3zoom<SVGSVGElement, unknown>()
    .on('start', (ev: D3ZoomEvent<SVGSVGElement, unknown>) => {
      // Only user input has a source event; zoomTo, select and +/- relayout at once.
      gesture = ev.sourceEvent !== null && ev.sourceEvent !== undefined && win?.requestAnimationFrame !== undefined;
    })
    .on('zoom', (ev: D3ZoomEvent<SVGSVGElement, unknown>) => {
      transform = ev.transform;
      if (gesture) {
        request();
        settle();
        settleTimer = setTimeout(() => {
          settleTimer = null;
          schedule();
        }, SETTLE_MS);
      } else schedule();
      emit('zoom', { domain: viewDomain(), k: transform.k } satisfies ZoomDetail);
    });
  zoomBehavior.on('end', () => {
    if (!gesture) return;
    gesture = false;
    settle();
    // A click is a gesture too (mousedown → mouseup) that zoomed nothing: no relayout for it.
    if (transform !== drawnAt || shifted.size > 0) schedule();
  });
  /** The plot's box, where zooming happens and what a zoom keeps in view. */
  let box: [[number, number], [number, number]] = [[0, 0], [0, 0]];
  const setExtents = (): void => {
    const lo = Math.min(base.range[0], base.range[1]);
    const hi = Math.max(base.range[0], base.range[1]);
    box = base.orientation === 'vertical' ? [[0, lo], [size.width, hi]] : [[lo, 0], [hi, size.height]];
    const [kMin, kMax] = o.zoomExtent;
    zoomBehavior.extent(box).translateExtent(box).scaleExtent([kMin, Math.max(kMin, Math.min(kMax, deepest()))]);
  };
  const fullSpan = (): number => base.fullDomain[1] - base.fullDomain[0];
  /** The deepest zoom: event times are whole milliseconds, so no view is narrower than MIN_SPAN_MS whatever zoomExtent allows. */
  const deepest = (): number => fullSpan() / MIN_SPAN_MS;
  setExtents();
  const svgSel = select(svg);
  svgSel.call(zoomBehavior);
  // Double-click zoom would fight with opening details.
  svgSel.on('dblclick.zoom', null);

  const applyTransform = (t: ZoomTransform): void => {
    svgSel.call(zoomBehavior.transform, t);
  };

  const zoomBy = (factor: number, aroundId: string | null): void => {
    const m = current.marks.find((x) => x.id === aroundId);
    svgSel.call(zoomBehavior.scaleBy, factor, m !== undefined ? [m.cx, m.cy] : [size.width / 2, size.height / 2]);
  };

  /**
   * Shows [a, b] — or the nearest span the zoom extent allows, around the same middle, kept inside
   * the data as a wheel or drag keeps it (d3-zoom's transform applies neither). `anyDepth` lets the
   * view go past the extent's deepest zoom, down to MIN_SPAN_MS: select() must reach the event's
   * own mark even where zoomExtent stops a reader's wheel.
   */
  const zoomToDomain = (a: number, b: number, anyDepth = false): void => {
    const kMin = zoomBehavior.scaleExtent()[0];
    const kMax = anyDepth ? Math.max(kMin, deepest()) : zoomBehavior.scaleExtent()[1];
    const span = Math.min(fullSpan() / kMin, Math.max(fullSpan() / kMax, b - a));
    const mid = a / 2 + b / 2;
    const t = transformFor(base.fullDomain, base.range, [mid - span / 2, mid + span / 2], base.orientation);
    applyTransform(zoomBehavior.constrain()(t, box, box));
  };

  // Details panel.
  const showDetails = (id: string, pin: boolean): void => {
    const ev = eventById(id);
    const mark = current.marks.find((m) => m.id === id);
    if (ev === undefined) return;
    fillDetails(panel, ev, data, settings, labels, `${prefix}-details-title`);
    panel.hidden = false;
    pinned = pin;
    panel.setAttribute('data-event-id', id);
    // Place the panel beside the mark, inside the timeline box (numbers from the layout: no measuring).
    const x = mark?.cx ?? size.width / 2;
    const y = mark?.cy ?? size.height / 2;
    const rightHalf = x > size.width / 2;
    // Above the mark when it sits in the lower half (marks usually do), else below it.
    const lower = y > size.height / 2;
    panel.style.top = lower ? '' : `${Math.round(y + 14)}px`;
    panel.style.bottom = lower ? `${Math.round(Math.max(4, size.height - y + 14))}px` : '';
    panel.style.left = rightHalf ? '' : `${Math.round(Math.max(4, x - 20))}px`;
    panel.style.right = rightHalf ? `${Math.round(Math.max(4, size.width - x - 20))}px` : '';
  };
  const hideDetails = (): void => {
    panel.hidden = true;
    pinned = false;
    panel.removeAttribute('data-event-id');
    // Closing the details ends the selection (and its ring).
    selectedId = null;
    unselect();
  };

  let quietFocus = false;
  const focusItem = (item: Element | undefined, quiet = false): void => {
    if (item === undefined) return;
    for (const e of focusables()) set(e, 'tabindex', e === item ? '0' : '-1');
    // Returning focus after Escape must not pop the preview open again.
    quietFocus = quiet;
    (item as SVGElement).focus?.();
    quietFocus = false;
  };
  /** Closes the details and gives focus back to the event's mark. */
  const closeDetails = (): void => {
    hideDetails();
    focusItem(markOf(focusedId), true);
  };

  const selectId = (id: string): void => {
    const ev = eventById(id);
    if (ev === undefined) throw new RangeError(`select: no event with id ${JSON.stringify(id)}`);
    if (!current.marks.some((m) => m.id === id)) {
      // Clustered or out of view: zoom in around it until it has a label of its own.
      const mid = (parseTime(ev.when.start, 'when.start') + parseTime(ev.when.end, 'when.end')) / 2;
      let span = (base.fullDomain[1] - base.fullDomain[0]) / 4;
      for (let i = 0; i < 40 && !current.marks.some((m) => m.id === id); i++) {
        const before = transform;
        zoomToDomain(mid - span / 2, mid + span / 2, true);
        // At the deepest zoom a narrower span shows the same view: another relayout would not help.
        if (transform.k === before.k && transform.x === before.x && transform.y === before.y && i > 0) break;
        render();
        span /= 2;
      }
    }
    // The selected event's mark must be there now, not in a later frame.
    if (drawPending) draw();
    unselect();
    const item = markOf(id);
    item?.classList.add('tarikh-selected');
    selectedId = id;
    focusedId = id;
    showDetails(id, true);
    emit('select', { id, event: ev } satisfies SelectDetail);
  };

  // Listeners (all removed by destroy).
  const itemOf = (target: EventTarget | null): Element | null => (target as Element | null)?.closest?.('g.tarikh-mark, g.tarikh-cluster') ?? null;
  const onClick = (e: Event): void => {
    const item = itemOf(e.target);
    if (item === null) return;
    const id = item.getAttribute('data-event-id');
    if (id !== null) selectId(id);
    else {
      const cl = clusterOf(item);
      if (cl !== undefined) openCluster(cl.domain);
    }
  };
  const openCluster = (domain: [number, number]): void => {
    const pad = Math.max((domain[1] - domain[0]) * 0.25, 3_600_000);
    zoomToDomain(domain[0] - pad, domain[1] + pad, true);
  };
  const onOver = (e: Event): void => {
    const item = itemOf(e.target);
    const id = item?.getAttribute('data-event-id');
    if (id !== null && id !== undefined && !pinned) showDetails(id, false);
  };
  const onOut = (e: Event): void => {
    const item = itemOf(e.target);
    // Leaving a mark for anything but another mark (or for nothing: out of the window).
    if (item !== null && !pinned && itemOf((e as MouseEvent).relatedTarget) === null) hideDetails();
  };
  const onFocusIn = (e: Event): void => {
    const item = itemOf(e.target);
    const id = item?.getAttribute('data-event-id');
    if (id === null || id === undefined) return;
    focusedId = id;
    if (!pinned && !quietFocus) showDetails(id, false);
    const ev = eventById(id);
    if (ev !== undefined) emit('focus', { id, event: ev } satisfies SelectDetail);
  };
  const onKey = (e: Event): void => {
    const ke = e as KeyboardEvent;
    const items = focusables();
    const active = itemOf(ke.target);
    const index = active === null ? -1 : items.indexOf(active);
    const vertical = current.orientation === 'vertical';
    // Each mark and badge carries what it draws (d3's __data__): a LayoutMark or LayoutCluster.
    const positions = items.map((it) => {
      const d = (it as Element & { __data__?: { cx: number; cy: number } }).__data__;
      return d === undefined ? 0 : vertical ? d.cy : d.cx;
    });
    const flow = vertical || current.axisDirection === 'ltr' ? 1 : -1;
    const timeOrder = positions.map((p, i) => [p * flow, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((x) => x[1]);
    const action = keyAction(ke.key, positions, index, current.orientation, timeOrder);
    switch (action.kind) {
      case 'none':
        return;
      case 'focus':
        focusItem(items[action.index]);
        break;
      case 'zoom':
        zoomBy(action.factor, focusedId);
        break;
      case 'open':
        if (active !== null) {
          const id = active.getAttribute('data-event-id');
          if (id !== null) {
            selectId(id);
            panel.focus();
          } else onClick({ target: active } as unknown as Event);
        }
        break;
      case 'close':
        if (!panel.hidden) closeDetails();
        break;
    }
    ke.preventDefault();
  };
  const onPanelKey = (e: Event): void => {
    if ((e as KeyboardEvent).key === 'Escape') {
      closeDetails();
      e.preventDefault();
    }
  };
  const onPanelClick = (e: Event): void => {
    if ((e.target as Element | null)?.closest?.('.tarikh-close') !== null) closeDetails();
  };
  const onListClick = (e: Event): void => {
    const id = (e.target as Element | null)?.closest?.('button')?.getAttribute('data-event-id');
    if (id !== null && id !== undefined) selectId(id);
  };
  const listeners: [EventTarget, string, (e: Event) => void][] = [
    [svg, 'click', onClick],
    [svg, 'mouseover', onOver],
    [svg, 'mouseout', onOut],
    [svg, 'focusin', onFocusIn],
    [svg, 'keydown', onKey],
    [panel, 'keydown', onPanelKey],
    [panel, 'click', onPanelClick],
    [list, 'click', onListClick],
  ];
  for (const [target, name, fn] of listeners) target.addEventListener(name, fn);

  // Responsive: relayout on resize when the size was not fixed.
  let observer: ResizeObserver | null = null;
  const RO = (win as (Window & { ResizeObserver?: typeof ResizeObserver }) | null)?.ResizeObserver;
  if (RO !== undefined && (!fixedWidth || !fixedHeight)) {
    observer = new RO(() => {
      const next = measure();
      if (next.width === size.width && next.height === size.height) return;
      size = next;
      base = layout(data, { ...o.layoutInput, width: size.width, height: size.height, domain: null });
      setExtents();
      transform = zoomIdentity;
      svgSel.property('__zoom', zoomIdentity);
      render(null);
    });
    observer.observe(element);
  }

  buildList();
  render(null);

  const handle: TimelineHandle = {
    update(next: Timeline) {
      base = layout(next, { ...o.layoutInput, width: size.width, height: size.height, domain: null });
      data = next;
      transform = zoomIdentity;
      svgSel.property('__zoom', zoomIdentity);
      setExtents();
      hideDetails();
      buildList();
      render(null);
    },
    zoomTo(start, end) {
      const a = timeValue('zoomTo start', start);
      const b = timeValue('zoomTo end', end);
      if (!(b > a)) throw new RangeError(`zoomTo: the end must come after the start, got ${JSON.stringify([start, end])}`);
      zoomToDomain(a, b);
      if (win?.requestAnimationFrame === undefined) return;
      // Lay the new view out at once for callers that read layout() right away (its marks that
      // stay are drawn now, arriving ones over the next idle moments); the frame the zoom event
      // scheduled would only draw the same view again.
      if (frame !== 0) win.cancelAnimationFrame(frame);
      frame = 0;
      render();
    },
    select(id: string) {
      selectId(id);
    },
    on(name: TimelineEventName, fn: (d: never) => void) {
      if (!(name in handlers)) throw new RangeError(`on: unknown event ${JSON.stringify(name)} (expected 'select', 'focus' or 'zoom')`);
      if (typeof fn !== 'function') throw new TypeError(`on('${name}'): expected a function`);
      handlers[name].push(fn);
      return handle;
    },
    layout: () => current,
    destroy() {
      settle();
      if (frame !== 0) win?.cancelAnimationFrame?.(frame);
      frame = 0;
      listJob?.();
      listJob = null;
      drawJob?.();
      drawJob = null;
      observer?.disconnect();
      observer = null;
      svgSel.on('.zoom', null);
      for (const [target, name, fn] of listeners) target.removeEventListener(name, fn);
      for (const fns of Object.values(handlers)) fns.length = 0;
      root.remove();
    },
  } as TimelineHandle;
  return handle;
}

