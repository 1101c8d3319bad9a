import { select, type BaseType, type Selection } from 'd3-selection';
import type { Layout, LayoutCluster, LayoutLane, LayoutMark, LayoutTick } from '../layout/types.js';
import { normalizeOptions, type RenderOptions } from './options.js';
import { createMarkNode, drawMark, type MarkContext } from './drawMark.js';
import { timelineCss } from './styles.js';
import { themes } from './themes.js';

/** What drawing needs from its environment: the document elements are created through. */
export interface DrawContext {
  document: Document;
}

/** Options of drawTimeline (a subset of RenderOptions; layout options are already in the Layout). */
export type DrawOptions = Pick<RenderOptions, 'theme' | 'idPrefix' | 'embedStyle' | 'interactive'>;

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The most event ids a live (interactive) badge lists in data-event-ids. */
const LIVE_BADGE_IDS = 500;
const r3 = (n: number): number => Math.round(n * 1000) / 1000;

type G = Selection<SVGGElement, unknown, null, undefined>;

/**
 * Puts the bands in drawing order — widest first, so a narrower span is drawn over a wider one —
 * moving only the bands that are out of place. Points are left where they are: they are all the
 * same size, and moving a node makes the browser rebuild its layout, which a zoom frame cannot
 * afford for the ~100 marks that change hands each frame. (A fresh draw enters every mark in data
 * order, points after bands, so it needs no move at all.)
 */
function orderBands(nodes: SVGGElement[]): void {
  const bands = nodes.filter((n) => (n as unknown as { __data__?: LayoutMark }).__data__?.shape === 'band');
  for (let i = bands.length - 2; i >= 0; i--) {
    const a = bands[i] as SVGGElement;
    const b = bands[i + 1] as SVGGElement;
    // 2 = DOCUMENT_POSITION_PRECEDING: b comes before a, so a must move in front of b.
    if (a.compareDocumentPosition(b) & 2) b.parentNode?.insertBefore(a, b);
  }
}

/**
 * Sets the text of every node in a selection — as text, never markup — but only where it changed:
 * replacing an SVG label's text node makes the browser shape it again, and a zoom frame redraws
 * every visible label, so unchanged texts must stay untouched.
 */
function textOf<E extends BaseType, D, P extends BaseType, PD>(sel: Selection<E, D, P, PD>, value: string | ((d: D) => string)): void {
  sel.each(function (d) {
    const v = typeof value === 'function' ? value(d) : value;
    const node = this as unknown as Node | null;
    if (node !== null && node.textContent !== v) node.textContent = v;
  });
}

/** The single child `<tag class=cls>` of a parent, created through the parent's document when missing. */
function child<K extends keyof SVGElementTagNameMap>(parent: Selection<Element, unknown, null, undefined>, tag: K, cls: string): Selection<SVGElementTagNameMap[K], unknown, null, undefined> {
  const node = parent.node() as Element;
  for (const c of Array.from(node.children)) {
    if (c.localName === tag && c.getAttribute('class')?.split(' ').includes(cls)) return select(c as SVGElementTagNameMap[K]);
  }
  const doc = node.ownerDocument;
  const el = doc.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  el.setAttribute('class', cls);
  node.appendChild(el);
  return select(el);
}

/**
 * Draws a Layout into an SVG element: lanes, axis (and the second calendar's ticks), one
 * `<g class="tarikh-mark" data-event-id>` per event with its shape, claims, leader and label, and
 * one `<g class="tarikh-cluster">` per count badge. Every element is made through the container's
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
 * @example
 * const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
 * drawTimeline({ document }, svg, layout(timeline, { width: 800, locale: 'ar-SY' }), { embedStyle: true });
 * svg.querySelector('[data-event-id="hanoi-arrival"]').getAttribute('aria-label');
 * // 'صباح الخميس ٢٠ حزيران ٢٠٢٤، بوتين يصل إلى هانوي'
 */
export function drawTimeline(context: DrawContext, container: SVGSVGElement | SVGGElement, layout: Layout, options?: DrawOptions): void {
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
      .attr('xmlns', SVG_NS) // namespaced: d3 writes it with setAttributeNS
      .attr('width', layout.width)
      .attr('height', layout.height)
      .attr('viewBox', `0 0 ${layout.width} ${layout.height}`)
      .attr('direction', layout.textDirection)
      .attr('lang', layout.locale)
      .attr('font-size', layout.fontSize)
      .attr('font-family', '"Noto Sans Arabic","Noto Naskh Arabic","Noto Sans","Segoe UI",Tahoma,Arial,sans-serif')
      .attr('data-theme', o.theme)
      .attr('data-orientation', layout.orientation)
      .attr('data-axis-direction', layout.axisDirection);
    const cls = (container.getAttribute('class') ?? '').split(' ').filter((c) => c !== '' && c !== 'tarikh-svg' && c !== 'tarikh');
    root.attr('class', [...cls, 'tarikh-svg', ...(o.embedStyle ? ['tarikh'] : [])].join(' '));
    if (!o.interactive) root.attr('role', 'img').attr('aria-labelledby', `${p}-title`).attr('aria-describedby', `${p}-desc`);
    else root.attr('role', null).attr('aria-labelledby', null).attr('aria-describedby', null);
    const title = child(root as never, 'title', 'tarikh-title').attr('id', `${p}-title`).call(textOf, layout.title);
    const desc = child(root as never, 'desc', 'tarikh-desc').attr('id', `${p}-desc`).call(textOf, layout.description);
    // <title> and <desc> first, as SVG expects.
    container.insertBefore(desc.node() as Node, container.firstChild);
    container.insertBefore(title.node() as Node, container.firstChild);
  }
  if (o.embedStyle) child(root as never, 'style', 'tarikh-style').call(textOf, timelineCss());
  const defs = child(root as never, 'defs', 'tarikh-defs');
  for (const dir of ['h', 'v'] as const) {
    // A mask fading both ends of a band: approximate dates have soft edges.
    const grad = child(defs as never, 'linearGradient', `tarikh-fade-${dir}`)
      .attr('id', `${p}-fade-${dir}`)
      .attr('x1', 0)
      .attr('y1', 0)
      .attr('x2', dir === 'h' ? 1 : 0)
      .attr('y2', dir === 'h' ? 0 : 1);
    grad
      .selectAll('stop')
      .data([0, 0.3, 0.7, 1])
      .join('stop')
      .attr('offset', (d) => d)
      .attr('stop-color', '#fff')
      .attr('stop-opacity', (d) => (d === 0 || d === 1 ? 0 : 1));
    const mask = child(defs as never, 'mask', `tarikh-fade-mask-${dir}`).attr('id', `${p}-fade-mask-${dir}`).attr('maskContentUnits', 'objectBoundingBox');
    child(mask as never, 'rect', 'tarikh-fade-rect').attr('width', 1).attr('height', 1).attr('fill', `url(#${p}-fade-${dir})`);
  }
  child(root as never, 'rect', 'tarikh-bg').attr('width', layout.width).attr('height', layout.height).attr('fill', palette.bg);

  // Lanes.
  const lanesG = child(root as never, 'g', 'tarikh-lanes');
  lanesG
    .selectAll<SVGGElement, LayoutLane>('g.tarikh-lane')
    .data(layout.lanes, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'tarikh-lane');
      g.append('rect').attr('class', 'tarikh-lane-bg');
      g.append('text').attr('class', 'tarikh-lane-label');
      return g;
    })
    .each(function (lane) {
      const g = select(this);
      const vertical = layout.orientation === 'vertical';
      g.select('rect')
        .attr('x', r3(lane.box.x))
        .attr('y', r3(lane.box.y))
        .attr('width', r3(lane.box.width))
        .attr('height', r3(lane.box.height))
        .attr('fill', lane.index % 2 === 0 && layout.lanes.length > 1 ? palette.lane : 'none')
        .attr('class', `tarikh-lane-bg${lane.index % 2 === 0 && layout.lanes.length > 1 ? '' : ' tarikh-lane-bg--plain'}`);
      const flowStartRight = layout.axisDirection === 'rtl';
      // Vertical lanes carry their title's place (a header row); horizontal ones start their box.
      const title = lane.title;
      g.select('text')
        .attr('x', r3(title !== undefined ? title.x : flowStartRight ? lane.box.x + lane.box.width - 4 : lane.box.x + 4))
        .attr('y', r3(title !== undefined ? title.y : lane.box.y + layout.fontSize * 1.2))
        .attr('text-anchor', title !== undefined || flowStartRight === (layout.textDirection === 'rtl') ? 'start' : 'end')
        .attr('fill', palette.muted)
        .attr('display', (vertical && title === undefined) || lane.label === '' ? 'none' : null)
        .call(textOf, title !== undefined ? title.text : lane.label);
    });

  // Axis.
  const drawTicks = (g: G, ticks: LayoutTick[], secondary: boolean): void => {
    const vertical = layout.orientation === 'vertical';
    const rtl = layout.textDirection === 'rtl';
    g.selectAll<SVGGElement, LayoutTick>('g.tarikh-tick')
      .data(ticks, (d) => String(d.value))
      .join((enter) => {
        const t = enter.append('g');
        t.append('line');
        t.append('text');
        return t;
      })
      .attr('class', (d) => `tarikh-tick${d.major ? ' tarikh-tick--major' : ''}`)
      .each(function (d) {
        const t = select(this);
        if (!vertical) {
          t.select('line').attr('x1', r3(d.x)).attr('x2', r3(d.x)).attr('y1', r3(d.y)).attr('y2', r3(d.y + (secondary ? 4 : 6))).attr('stroke', palette.grid);
          t.select('text')
            .attr('x', r3(d.labelX))
            .attr('y', r3(d.y + (secondary ? 15 : 19)))
            .attr('text-anchor', 'middle')
            .attr('font-size', layout.fontSize - 1)
            .attr('fill', d.major ? palette.fg : palette.muted)
            .call(textOf, d.label);
        } else {
          const outward = rtl ? 6 : -6;
          t.select('line').attr('x1', r3(d.x)).attr('x2', r3(d.x + outward)).attr('y1', r3(d.y)).attr('y2', r3(d.y)).attr('stroke', palette.grid);
          t.select('text')
            .attr('x', r3(d.x + outward * 1.5))
            .attr('y', r3(d.y + layout.fontSize * 0.35))
            .attr('text-anchor', 'end')
            .attr('font-size', layout.fontSize - 1)
            .attr('fill', d.major ? palette.fg : palette.muted)
            .call(textOf, d.label);
        }
      });
  };
  const axisG = child(root as never, 'g', 'tarikh-axis');
  child(axisG as never, 'line', 'tarikh-axis-line')
    .attr('x1', r3(layout.axis.x1))
    .attr('y1', r3(layout.axis.y1))
    .attr('x2', r3(layout.axis.x2))
    .attr('y2', r3(layout.axis.y2))
    .attr('stroke', palette.grid);
  drawTicks(child(axisG as never, 'g', 'tarikh-ticks') as G, layout.axis.ticks, false);
  const secondG = child(axisG as never, 'g', 'tarikh-ticks-secondary') as G;
  secondG.attr('data-calendar', layout.axis.secondaryCalendar);
  drawTicks(secondG, layout.axis.secondary, true);

  // Marks: one group per event, joined by id so zoom frames update in place.
  const interactive = o.interactive;
  const marksG = child(root as never, 'g', 'tarikh-marks');
  const joined = marksG
    .selectAll<SVGGElement, LayoutMark>('g.tarikh-mark')
    // Widest bands first in the DOM, so shorter spans and points are drawn over them.
    .data(
      layout.marks.slice().sort((a, b) => b.width - a.width),
      (d) => d.id,
    );
  // A zoom step hands labels to other events, so many marks leave and as many arrive: the
  // leaving groups are reused for the arriving ones (every attribute below is rewritten) rather
  // than destroyed and rebuilt, which halves the DOM work of a frame. The focused group is never
  // reused, so keyboard focus cannot silently move to another event.
  const active = container.ownerDocument.activeElement;
  const spare = joined.exit<LayoutMark>().nodes().filter((n) => active === null || !n.contains(active));
  const reused = new Set<SVGGElement>();
  const doc = container.ownerDocument;
  const markContext: MarkContext = { palette, prefix: p, vertical: layout.orientation === 'vertical', interactive };
  // No d3 join: it would reorder every node (see orderBands).
  const entered = joined.enter().select<SVGGElement>(function (): SVGGElement {
    const node = spare.pop();
    if (node !== undefined) {
      reused.add(node);
      return node;
    }
    return this.appendChild(createMarkNode(doc)) as SVGGElement;
  });
  joined
    .exit()
    .filter((_, i, nodes) => !reused.has(nodes[i] as SVGGElement))
    .remove();
  const all = entered.merge(joined);
  all.each(function (d) {
    drawMark(this, d, markContext);
  });
  orderBands(all.nodes());

  // Clusters.
  const clustersG = child(root as never, 'g', 'tarikh-clusters');
  clustersG
    .selectAll<SVGGElement, LayoutCluster>('g.tarikh-cluster')
    .data(layout.clusters, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'tarikh-cluster');
      g.append('title');
      g.append('circle').attr('class', 'tarikh-focus-ring');
      g.append('circle').attr('class', 'tarikh-cluster-badge');
      g.append('text');
      return g;
    })
    .attr('data-count', (d) => d.count)
    // A badge at full view can count 100,000 events, and a zoom frame changes them: the live
    // timeline lists ids only for badges of up to LIVE_BADGE_IDS events (data-count always says
    // how many; the handle's layout() has them all). Static SVG lists every id.
    .attr('data-event-ids', (d) => (!interactive || d.eventIds.length <= LIVE_BADGE_IDS ? d.eventIds.join(' ') : null))
    .attr('tabindex', interactive ? -1 : null)
    .attr('role', interactive ? 'button' : null)
    .attr('aria-label', interactive ? (d) => d.ariaLabel : null)
    .each(function (d) {
      const g = select(this);
      g.select('title').call(textOf, d.ariaLabel);
      g.select('circle.tarikh-focus-ring').attr('cx', r3(d.cx)).attr('cy', r3(d.cy)).attr('r', r3(d.r + 4)).attr('fill', 'none');
      g.select('circle.tarikh-cluster-badge').attr('cx', r3(d.cx)).attr('cy', r3(d.cy)).attr('r', r3(d.r)).attr('fill', palette.cluster);
      g.select('text')
        .attr('x', r3(d.cx))
        .attr('y', r3(d.cy + 4))
        .attr('text-anchor', 'middle')
        .attr('font-size', 11)
        .attr('fill', palette.clusterText)
        .call(textOf, d.countText);
    });
}
