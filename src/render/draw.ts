import { select, type BaseType, type Selection } from 'd3-selection';
import type { Layout, LayoutCluster, LayoutLane, LayoutMark, LayoutTick } from '../layout/types.js';
import { normalizeOptions, type RenderOptions } from './options.js';
import { createMarkNode, drawMark, leaderPath, placeAt, set, text, type MarkContext } from './drawMark.js';
import { FONT_STACK, timelineCss } from './styles.js';
import { themes } from './themes.js';

/** What drawing needs from its environment: the document elements are created through. */
export interface DrawContext {
  document: Document;
}

/** Options of drawTimeline (a subset of RenderOptions; layout options are already in the Layout). */
export type DrawOptions = Pick<RenderOptions, 'theme' | 'idPrefix' | 'embedStyle' | 'interactive'>;

const SVG_NS = 'http://www.w3.org/2000/svg';

type G = Selection<SVGGElement, unknown, null, undefined>;

/**
 * Drawing order of the marks: bands first, longest span first, so a shorter span is drawn over a
 * longer one (and takes the pointer there); then points. The order depends on time spans, not on
 * pixels, so it is the same at every zoom: a zoom step moves no node but those of arriving bands.
 */
function drawingOrder(a: LayoutMark, b: LayoutMark): number {
  return Number(b.shape === 'band') - Number(a.shape === 'band') || b.duration - a.duration || a.index - b.index;
}

type Group = SVGGElement & { __data__?: LayoutMark };

/**
 * Puts the marks in drawing order — bands (see drawingOrder) before every point — moving as few
 * groups as can be: a moved group costs the browser a new layout of its label. Points need no
 * order among themselves (they are all the same size): they are wanted in the order they are in.
 * The groups that stay are the longest run already in the wanted order. (A fresh draw moves
 * nothing.)
 */
function orderMarks(layer: Element, nodes: Group[]): void {
  const dom = Array.from(layer.children) as Group[];
  const point = (g: Group): boolean => g.__data__?.shape !== 'band';
  const want = [...nodes.filter((g) => !point(g)), ...dom.filter(point)];
  const rank = new Map(want.map((g, i) => [g, i]));
  // Patience sorting: tails[j] is the least rank ending a run of j + 1 (its group at dom[ends[j]]),
  // from[i] the group before dom[i] in its run.
  const tails: number[] = [];
  const ends: number[] = [];
  const from: number[] = [];
  dom.forEach((g, i) => {
    const r = rank.get(g) as number;
    let lo = 0;
    for (let hi = tails.length; lo < hi; ) {
      const m = (lo + hi) >>> 1;
      if ((tails[m] as number) < r) lo = m + 1;
      else hi = m;
    }
    tails[lo] = r;
    ends[lo] = i;
    from[i] = ends[lo - 1] ?? -1;
  });
  const stay = new Set<Element>();
  for (let i = ends[tails.length - 1] ?? -1; i >= 0; i = from[i] as number) stay.add(dom[i] as Element);
  // The others, last first, go right before the group after them.
  let next: Element | null = null;
  for (let i = want.length - 1; i >= 0; i--) {
    const g = want[i] as Group;
    if (!stay.has(g)) layer.insertBefore(g, next);
    next = g;
  }
}

/** Sets the text of every node in a selection — as text, never markup — where it changed (see drawMark's `text`). */
function textOf<E extends BaseType, D, P extends BaseType, PD>(sel: Selection<E, D, P, PD>, value: string | ((d: D) => string)): void {
  sel.each(function (d) {
    text(this as unknown as Element, typeof value === 'function' ? value(d) : value);
  });
}

/**
 * Sets attributes on every node of a selection, as d3's `attr` does (a value may be a function of
 * the datum), but writes only values that changed (see drawMark's `set`, which also rounds
 * numbers). A zoom frame redraws the whole tree, and rewriting an unchanged inherited presentation
 * attribute on the root (font-size, direction) or a gradient's stops would make the browser
 * restyle or repaint everything under it.
 */
function attrs<E extends BaseType, D, P extends BaseType, PD>(sel: Selection<E, D, P, PD>, values: Record<string, string | number | null | ((d: D, i: number) => string | number | null)>): void {
  sel.each(function (d, i) {
    for (const name in values) {
      const v = values[name] as string | number | null | ((d: D, i: number) => string | number | null);
      set(this as unknown as Element, name, typeof v === 'function' ? v(d, i) : v);
    }
  });
}

/** The single child `<tag class=cls>` of a parent, created through the parent's document when missing. */
function child<K extends keyof SVGElementTagNameMap>(parent: Selection<Element, unknown, null, undefined>, tag: K, cls: string): Selection<SVGElementTagNameMap[K], unknown, null, undefined> {
  const node = parent.node() as Element;
  for (const c of Array.from(node.children)) {
    if (c.localName === tag && c.classList.contains(cls)) return select(c as SVGElementTagNameMap[K]);
  }
  const doc = node.ownerDocument;
  const el = doc.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  el.setAttribute('class', cls);
  node.appendChild(el);
  return select(el);
}

/**
 * Draws a Layout into an SVG element: lanes, axis (and the second calendar's ticks), one
 * `<g class="tarikh-mark" data-event-id>` per event with its shape, claims and label, the leader
 * lines in a layer below them, and one `<g class="tarikh-cluster">` per count badge. Every element is made through the container's
 * document — the one in `context` — so Node passes a jsdom document and sets no globals. Text from
 * articles goes in only as text (d3 `.text()` → textContent): a title of `<img src=x onerror=…>`
 * stays a string.
 *
 * Calling it again on the same container with a new Layout (a zoom frame) updates the elements in
 * place, joined by event id, instead of rebuilding the tree.
 *
 * @param context - `{ document }`: the document of `container`
 * @param container - an `<svg>` element (its size, viewBox, title and desc are set) or a `<g>`
 * @param layout - the result of `layout(timeline, options)`
 * @param options - theme, idPrefix, embedStyle, interactive
 * @param until - optional `performance.now()` time: marks arriving in view are drawn until then
 *   and the rest left for another call with the same Layout (the live timeline spreads a zoom step
 *   over frames this way). Without it everything is drawn.
 * @returns true when everything is drawn
 * @example
 * const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
 * drawTimeline({ document }, svg, layout(timeline, { width: 800, locale: 'ar-SY' }), { embedStyle: true });
 * svg.querySelector('[data-event-id="hanoi-arrival"]').getAttribute('aria-label');
 * // 'صباح الخميس ٢٠ حزيران ٢٠٢٤، بوتين يصل إلى هانوي'
 */
export function drawTimeline(context: DrawContext, container: SVGSVGElement | SVGGElement, layout: Layout, options?: DrawOptions, until?: number): boolean {
  if (context === null || typeof context !== 'object' || context.document === undefined || context.document === null) {
    throw new TypeError('drawTimeline: context must be { document }');
  }
  if (container === null || typeof container !== 'object' || container.namespaceURI !== SVG_NS) {
    throw new TypeError('drawTimeline: container must be an SVG <svg> or <g> element');
  }
  if (container.ownerDocument !== context.document) throw new TypeError('drawTimeline: container belongs to another document than context.document');
  const o = normalizeOptions(options ?? {});
  const palette = themes[o.theme === 'dark' ? 'dark' : 'light'];
  const p = o.idPrefix;
  const root = select(container as Element);
  const isSvg = container.localName === 'svg';
  if (isSvg) {
    root
      .call((sel) => { if (!(sel.node() as Element).hasAttribute('xmlns')) sel.call(attrs, { xmlns: SVG_NS }); }) // namespaced: d3 writes it with setAttributeNS
      .call(attrs, { width: layout.width, height: layout.height, viewBox: `0 0 ${layout.width} ${layout.height}`, direction: layout.textDirection, lang: layout.locale, 'font-size': layout.fontSize, 'font-family': FONT_STACK, 'data-theme': o.theme, 'data-orientation': layout.orientation, 'data-axis-direction': layout.axisDirection });
    const cls = (container.getAttribute('class') ?? '').split(' ').filter((c) => c !== '' && c !== 'tarikh-svg' && c !== 'tarikh');
    root.call(attrs, { class: [...cls, 'tarikh-svg', ...(o.embedStyle ? ['tarikh'] : [])].join(' ') });
    if (!o.interactive) root.call(attrs, { role: 'img', 'aria-labelledby': `${p}-title`, 'aria-describedby': `${p}-desc` });
    else root.call(attrs, { role: null, 'aria-labelledby': null, 'aria-describedby': null });
    const title = child(root as never, 'title', 'tarikh-title').call(attrs, { id: `${p}-title` }).call(textOf, layout.title);
    const desc = child(root as never, 'desc', 'tarikh-desc').call(attrs, { id: `${p}-desc` }).call(textOf, layout.description);
    // <title> and <desc> first, as SVG expects.
    container.prepend(desc.node() as Node);
    container.prepend(title.node() as Node);
  }
  if (o.embedStyle) child(root as never, 'style', 'tarikh-style').call(textOf, timelineCss());
  const defs = child(root as never, 'defs', 'tarikh-defs');
  for (const dir of ['h', 'v'] as const) {
    // A mask fading both ends of a band: approximate dates have soft edges.
    const grad = child(defs as never, 'linearGradient', `tarikh-fade-${dir}`)
      .call(attrs, { id: `${p}-fade-${dir}`, x1: 0, y1: 0, x2: dir === 'h' ? 1 : 0, y2: dir === 'h' ? 0 : 1 });
    grad
      .selectAll('stop')
      .data([0, 0.3, 0.7, 1])
      .join('stop')
      .call(attrs, { offset: (d) => d, 'stop-color': '#fff', 'stop-opacity': (d) => (d === 0 || d === 1 ? 0 : 1) });
    const mask = child(defs as never, 'mask', `tarikh-fade-mask-${dir}`).call(attrs, { id: `${p}-fade-mask-${dir}`, maskContentUnits: 'objectBoundingBox' });
    child(mask as never, 'rect', 'tarikh-fade-rect').call(attrs, { width: 1, height: 1, fill: `url(#${p}-fade-${dir})` });
  }
  child(root as never, 'rect', 'tarikh-bg').call(attrs, { width: layout.width, height: layout.height, fill: palette.bg });

  // Lanes.
  const lanesG = child(root as never, 'g', 'tarikh-lanes');
  lanesG
    .selectAll<SVGGElement, LayoutLane>('g.tarikh-lane')
    .data(layout.lanes, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').call(attrs, { class: 'tarikh-lane' });
      g.append('rect').call(attrs, { class: 'tarikh-lane-bg' });
      g.append('text').call(attrs, { class: 'tarikh-lane-label' });
      return g;
    })
    .each(function (lane) {
      const g = select(this);
      const vertical = layout.orientation === 'vertical';
      g.select('rect')
        .call(attrs, { x: lane.box.x, y: lane.box.y, width: lane.box.width, height: lane.box.height, fill: lane.index % 2 === 0 && layout.lanes.length > 1 ? palette.lane : 'none', class: `tarikh-lane-bg${lane.index % 2 === 0 && layout.lanes.length > 1 ? '' : ' tarikh-lane-bg--plain'}` });
      const flowStartRight = layout.axisDirection === 'rtl';
      // Vertical lanes carry their title's place (a header row); horizontal ones start their box.
      const title = lane.title;
      g.select('text')
        .call(attrs, { x: title !== undefined ? title.x : flowStartRight ? lane.box.x + lane.box.width - 4 : lane.box.x + 4, y: title !== undefined ? title.y : lane.box.y + layout.fontSize * 1.2, 'text-anchor': title !== undefined || flowStartRight === (layout.textDirection === 'rtl') ? 'start' : 'end', fill: palette.muted, display: (vertical && title === undefined) || lane.label === '' ? 'none' : null })
        .call(textOf, title !== undefined ? title.text : lane.label);
    });

  // Axis.
  const drawTicks = (g: G, ticks: LayoutTick[], secondary: boolean): void => {
    const vertical = layout.orientation === 'vertical';
    const out = layout.textDirection === 'rtl' ? 6 : -6;
    g.selectAll<SVGGElement, LayoutTick>('g.tarikh-tick')
      .data(ticks, (d) => String(d.value))
      .join((enter) => {
        const t = enter.append('g');
        t.append('line');
        t.append('text');
        return t;
      })
      .call(attrs, { class: (d) => `tarikh-tick${d.major ? ' tarikh-tick--major' : ''}` })
      .each(function (d) {
        const t = select(this);
        // Vertical ticks run outward from the axis, or (a second calendar) from the start of its
        // label column.
        t.select('line').call(attrs, vertical ? { x1: d.labelX, x2: d.labelX + out, y1: d.y, y2: d.y, stroke: palette.grid } : { x1: d.x, x2: d.x, y1: d.y, y2: d.y + (secondary ? 4 : 6), stroke: palette.grid });
        t.select('text')
          .call(attrs, {
            x: vertical ? d.labelX + out * 1.5 : d.labelX,
            y: vertical ? d.y + layout.fontSize * 0.35 : d.y + (secondary ? 15 : 19),
            'text-anchor': vertical ? 'end' : 'middle',
            'font-size': layout.fontSize - 1,
            fill: d.major ? palette.fg : palette.muted,
          })
          .call(textOf, d.label);
      });
  };
  const axisG = child(root as never, 'g', 'tarikh-axis');
  child(axisG as never, 'line', 'tarikh-axis-line')
    .call(attrs, { x1: layout.axis.x1, y1: layout.axis.y1, x2: layout.axis.x2, y2: layout.axis.y2, stroke: palette.grid });
  drawTicks(child(axisG as never, 'g', 'tarikh-ticks') as G, layout.axis.ticks, false);
  const secondG = child(axisG as never, 'g', 'tarikh-ticks-secondary') as G;
  secondG.call(attrs, { 'data-calendar': layout.axis.secondaryCalendar });
  drawTicks(secondG, layout.axis.secondary, true);

  // Layers, bottom to top: the leader lines in one path (they pass behind the labels), the count
  // badges (a mark beside a badge stays in sight; in vertical lanes badges sit on the marks'
  // track), and the marks, one group per event, matched by id so zoom frames update in place.
  const interactive = o.interactive;
  const markContext: MarkContext = { palette, prefix: p, vertical: layout.orientation === 'vertical', interactive };
  const leaders = child(root as never, 'path', 'tarikh-leaders');
  const clustersG = child(root as never, 'g', 'tarikh-clusters');
  const marksNode = child(root as never, 'g', 'tarikh-marks').node() as Element;
  const complete = drawMarks(marksNode, layout.marks.slice().sort(drawingOrder), markContext, until);
  leaders.call(attrs, { d: leaderPath(complete.done ? layout.marks : layout.marks.filter((m) => complete.drawn.has(m)), markContext.vertical), fill: 'none', stroke: palette.grid });
  drawClusters(clustersG.node() as Element, layout.clusters, { palette, vertical: markContext.vertical, interactive });
  return complete.done;
}

type Badge = SVGGElement & { __data__?: LayoutCluster };

/** Makes an empty badge group (title, circle, count) through `doc`. */
function createBadgeNode(doc: Document): Badge {
  const g = doc.createElementNS(SVG_NS, 'g') as Badge;
  set(g, 'class', 'tarikh-cluster');
  g.appendChild(doc.createElementNS(SVG_NS, 'title'));
  set(g.appendChild(doc.createElementNS(SVG_NS, 'circle')), 'class', 'tarikh-cluster-badge');
  g.appendChild(doc.createElementNS(SVG_NS, 'text'));
  return g;
}

/**
 * Draws the count badges into `layer`. A zoom step moves nearly every badge and changes what most
 * of them count, and a count that changes is text the browser lays out again: each badge takes a
 * group that already shows its count where one is left (a third to a half fewer new counts per
 * step than joining by place in the list), then any group left over, then a new one. A focused
 * badge keeps its group only while its cluster stays (reused for another, it would keep the focus
 * but point elsewhere). A fresh draw creates the groups in the clusters' order.
 */
function drawClusters(layer: Element, clusters: readonly LayoutCluster[], c: Pick<MarkContext, 'palette' | 'vertical' | 'interactive'>): void {
  const doc = layer.ownerDocument;
  const active = doc.activeElement;
  const focusedId = (active?.closest('g.tarikh-cluster') as Badge | null)?.__data__?.id;
  let focused: Badge | undefined;
  const byCount = new Map<string, Badge[]>();
  for (const g of Array.from(layer.children) as Badge[]) {
    const d = g.__data__;
    if (active !== null && g.contains(active)) {
      if (d !== undefined && d.id === focusedId) focused = g;
      else g.remove();
      continue;
    }
    const key = d?.countText ?? '';
    const same = byCount.get(key);
    if (same === undefined) byCount.set(key, [g]);
    else same.push(g);
  }
  const groups: (Badge | undefined)[] = clusters.map((d) => {
    if (focused !== undefined && d.id === focusedId) {
      const g = focused;
      focused = undefined;
      return g;
    }
    return byCount.get(d.countText)?.pop();
  });
  // The focused badge's cluster is gone: so is its group (createTimeline hands the focus on).
  focused?.remove();
  const spare = [...byCount.values()].flat();
  clusters.forEach((d, i) => {
    const g = groups[i] ?? spare.pop() ?? (layer.appendChild(createBadgeNode(doc)) as Badge);
    g.__data__ = d;
    drawBadge(g, d, c);
  });
  for (const g of spare) g.remove();
}

/**
 * Draws one badge into its group (made by createBadgeNode). Static SVG lists every id a badge
 * counts; the live timeline does not: a badge at full view can count 100,000 events and a zoom
 * frame changes them (data-count says how many; the handle's layout() has the ids).
 */
function drawBadge(g: Badge, d: LayoutCluster, c: Pick<MarkContext, 'palette' | 'vertical' | 'interactive'>): void {
  // Read by index, not copied: every badge is redrawn in every zoom frame.
  const parts = g.children;
  const title = parts[0] as Element;
  const circle = parts[1] as Element;
  const count = parts[2] as Element;
  set(g, 'data-count', d.count);
  set(g, 'data-event-ids', c.interactive ? null : d.eventIds.join(' '));
  set(g, 'tabindex', c.interactive ? '-1' : null);
  set(g, 'role', c.interactive ? 'button' : null);
  set(g, 'aria-label', c.interactive ? d.ariaLabel : null);
  // Placed by the group, as marks are: a badge that moves keeps its count's text where it is in
  // the group, and the browser moves its drawing instead of laying the text out again.
  placeAt(g, d.cx, d.cy, c.vertical);
  text(title, d.ariaLabel);
  set(circle, 'r', d.r);
  set(circle, 'fill', c.palette.cluster);
  set(count, 'y', 4);
  set(count, 'text-anchor', 'middle');
  set(count, 'font-size', 11);
  set(count, 'fill', c.palette.clusterText);
  text(count, d.countText);
}

/** Arriving marks drawn in a frame however late it is, so a slow machine still finishes. */
const MIN_ARRIVING = 8;

/**
 * Draws the marks, in drawing order, into `layer`. A group whose event stays is updated in place;
 * groups of events that left are reused for those that arrive (every attribute is rewritten where
 * it differs) rather than destroyed and rebuilt, which halves the DOM work of a zoom step. The
 * focused group is never reused, so keyboard focus cannot silently move to another event.
 *
 * With `until` (a performance.now() time), arriving marks are drawn only until then (at least
 * MIN_ARRIVING): the rest wait for another call with the same marks, in a later frame. Marks
 * that stay are always drawn, so what a frame shows is the new layout, some labels short.
 */
function drawMarks(layer: Element, marks: LayoutMark[], c: MarkContext, until?: number): { done: boolean; drawn: Set<LayoutMark> } {
  const wanted = new Set(marks.map((m) => m.id));
  const active = layer.ownerDocument.activeElement;
  const kept = new Map<string, Group>();
  const spare: Group[] = [];
  for (const g of Array.from(layer.children) as Group[]) {
    const id = g.__data__?.id;
    if (id !== undefined && wanted.has(id) && !kept.has(id)) kept.set(id, g);
    else if (active !== null && g.contains(active)) g.remove();
    else spare.push(g);
  }
  const order: Group[] = [];
  const drawn = new Set<LayoutMark>();
  let arrived = 0;
  let done = true;
  for (const m of marks) {
    let g = kept.get(m.id);
    if (g === undefined) {
      if (until !== undefined && arrived >= MIN_ARRIVING && performance.now() > until) {
        done = false;
        continue;
      }
      g = spare.pop() ?? (layer.appendChild(createMarkNode(layer.ownerDocument)) as Group);
      arrived++;
    }
    g.__data__ = m;
    drawMark(g, m, c);
    order.push(g);
    drawn.add(m);
  }
  for (const g of spare) g.remove();
  orderMarks(layer, order);
  return { done, drawn };
}
