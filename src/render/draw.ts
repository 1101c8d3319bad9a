import { select, type BaseType, type Selection } from 'd3-selection';
import type { Layout, LayoutCluster, LayoutLane, LayoutMark, LayoutTick } from '../layout/types.js';
import { normalizeOptions, type RenderOptions } from './options.js';
import { createMarkNode, drawLeaders, drawMark, set, type MarkContext } from './drawMark.js';
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
 * Drawing order of the marks: bands first, longest span first, so a shorter span is drawn over a
 * longer one (and takes the pointer there); then points. The order depends on time spans, not on
 * pixels, so it is the same at every zoom: a zoom step moves no node but those of arriving bands.
 */
function drawingOrder(a: LayoutMark, b: LayoutMark): number {
  return Number(b.shape === 'band') - Number(a.shape === 'band') || b.duration - a.duration || a.index - b.index;
}

/**
 * Puts the bands in drawing order (see drawingOrder), moving only the bands that are out of
 * place. Points are left where they are: they are all the same size, and moving a node makes the
 * browser rebuild its layout. (A fresh draw enters every mark in drawing order, so it needs no
 * move at all.)
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

/**
 * Sets an attribute on every node of a selection, as d3's `attr` does, but writes only values that
 * changed (see drawMark's `set`). A zoom frame redraws the whole tree, and rewriting an unchanged
 * inherited presentation attribute on the root (font-size, direction) or a gradient's stops would
 * make the browser restyle or repaint everything under it.
 */
function attr<E extends BaseType, D, P extends BaseType, PD>(sel: Selection<E, D, P, PD>, name: string, value: string | number | null | ((d: D, i: number) => string | number | null)): void {
  sel.each(function (d, i) {
    set(this as unknown as Element, name, typeof value === 'function' ? value(d, i) : value);
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
      .call((sel) => { if (!(sel.node() as Element).hasAttribute('xmlns')) sel.call(attr, 'xmlns', SVG_NS); }) // namespaced: d3 writes it with setAttributeNS
      .call(attr, 'width', layout.width)
      .call(attr, 'height', layout.height)
      .call(attr, 'viewBox', `0 0 ${layout.width} ${layout.height}`)
      .call(attr, 'direction', layout.textDirection)
      .call(attr, 'lang', layout.locale)
      .call(attr, 'font-size', layout.fontSize)
      .call(attr, 'font-family', '"Noto Sans Arabic","Noto Naskh Arabic","Noto Sans","Segoe UI",Tahoma,Arial,sans-serif')
      .call(attr, 'data-theme', o.theme)
      .call(attr, 'data-orientation', layout.orientation)
      .call(attr, 'data-axis-direction', layout.axisDirection);
    const cls = (container.getAttribute('class') ?? '').split(' ').filter((c) => c !== '' && c !== 'tarikh-svg' && c !== 'tarikh');
    root.call(attr, 'class', [...cls, 'tarikh-svg', ...(o.embedStyle ? ['tarikh'] : [])].join(' '));
    if (!o.interactive) root.call(attr, 'role', 'img').call(attr, 'aria-labelledby', `${p}-title`).call(attr, 'aria-describedby', `${p}-desc`);
    else root.call(attr, 'role', null).call(attr, 'aria-labelledby', null).call(attr, 'aria-describedby', null);
    const title = child(root as never, 'title', 'tarikh-title').call(attr, 'id', `${p}-title`).call(textOf, layout.title);
    const desc = child(root as never, 'desc', 'tarikh-desc').call(attr, 'id', `${p}-desc`).call(textOf, layout.description);
    // <title> and <desc> first, as SVG expects.
    container.insertBefore(desc.node() as Node, container.firstChild);
    container.insertBefore(title.node() as Node, container.firstChild);
  }
  if (o.embedStyle) child(root as never, 'style', 'tarikh-style').call(textOf, timelineCss());
  const defs = child(root as never, 'defs', 'tarikh-defs');
  for (const dir of ['h', 'v'] as const) {
    // A mask fading both ends of a band: approximate dates have soft edges.
    const grad = child(defs as never, 'linearGradient', `tarikh-fade-${dir}`)
      .call(attr, 'id', `${p}-fade-${dir}`)
      .call(attr, 'x1', 0)
      .call(attr, 'y1', 0)
      .call(attr, 'x2', dir === 'h' ? 1 : 0)
      .call(attr, 'y2', dir === 'h' ? 0 : 1);
    grad
      .selectAll('stop')
      .data([0, 0.3, 0.7, 1])
      .join('stop')
      .call(attr, 'offset', (d) => d)
      .call(attr, 'stop-color', '#fff')
      .call(attr, 'stop-opacity', (d) => (d === 0 || d === 1 ? 0 : 1));
    const mask = child(defs as never, 'mask', `tarikh-fade-mask-${dir}`).call(attr, 'id', `${p}-fade-mask-${dir}`).call(attr, 'maskContentUnits', 'objectBoundingBox');
    child(mask as never, 'rect', 'tarikh-fade-rect').call(attr, 'width', 1).call(attr, 'height', 1).call(attr, 'fill', `url(#${p}-fade-${dir})`);
  }
  child(root as never, 'rect', 'tarikh-bg').call(attr, 'width', layout.width).call(attr, 'height', layout.height).call(attr, 'fill', palette.bg);

  // Lanes.
  const lanesG = child(root as never, 'g', 'tarikh-lanes');
  lanesG
    .selectAll<SVGGElement, LayoutLane>('g.tarikh-lane')
    .data(layout.lanes, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').call(attr, 'class', 'tarikh-lane');
      g.append('rect').call(attr, 'class', 'tarikh-lane-bg');
      g.append('text').call(attr, 'class', 'tarikh-lane-label');
      return g;
    })
    .each(function (lane) {
      const g = select(this);
      const vertical = layout.orientation === 'vertical';
      g.select('rect')
        .call(attr, 'x', r3(lane.box.x))
        .call(attr, 'y', r3(lane.box.y))
        .call(attr, 'width', r3(lane.box.width))
        .call(attr, 'height', r3(lane.box.height))
        .call(attr, 'fill', lane.index % 2 === 0 && layout.lanes.length > 1 ? palette.lane : 'none')
        .call(attr, 'class', `tarikh-lane-bg${lane.index % 2 === 0 && layout.lanes.length > 1 ? '' : ' tarikh-lane-bg--plain'}`);
      const flowStartRight = layout.axisDirection === 'rtl';
      // Vertical lanes carry their title's place (a header row); horizontal ones start their box.
      const title = lane.title;
      g.select('text')
        .call(attr, 'x', r3(title !== undefined ? title.x : flowStartRight ? lane.box.x + lane.box.width - 4 : lane.box.x + 4))
        .call(attr, 'y', r3(title !== undefined ? title.y : lane.box.y + layout.fontSize * 1.2))
        .call(attr, 'text-anchor', title !== undefined || flowStartRight === (layout.textDirection === 'rtl') ? 'start' : 'end')
        .call(attr, 'fill', palette.muted)
        .call(attr, 'display', (vertical && title === undefined) || lane.label === '' ? 'none' : null)
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
      .call(attr, 'class', (d) => `tarikh-tick${d.major ? ' tarikh-tick--major' : ''}`)
      .each(function (d) {
        const t = select(this);
        if (!vertical) {
          t.select('line').call(attr, 'x1', r3(d.x)).call(attr, 'x2', r3(d.x)).call(attr, 'y1', r3(d.y)).call(attr, 'y2', r3(d.y + (secondary ? 4 : 6))).call(attr, 'stroke', palette.grid);
          t.select('text')
            .call(attr, 'x', r3(d.labelX))
            .call(attr, 'y', r3(d.y + (secondary ? 15 : 19)))
            .call(attr, 'text-anchor', 'middle')
            .call(attr, 'font-size', layout.fontSize - 1)
            .call(attr, 'fill', d.major ? palette.fg : palette.muted)
            .call(textOf, d.label);
        } else {
          const outward = rtl ? 6 : -6;
          t.select('line').call(attr, 'x1', r3(d.x)).call(attr, 'x2', r3(d.x + outward)).call(attr, 'y1', r3(d.y)).call(attr, 'y2', r3(d.y)).call(attr, 'stroke', palette.grid);
          t.select('text')
            .call(attr, 'x', r3(d.x + outward * 1.5))
            .call(attr, 'y', r3(d.y + layout.fontSize * 0.35))
            .call(attr, 'text-anchor', 'end')
            .call(attr, 'font-size', layout.fontSize - 1)
            .call(attr, 'fill', d.major ? palette.fg : palette.muted)
            .call(textOf, d.label);
        }
      });
  };
  const axisG = child(root as never, 'g', 'tarikh-axis');
  child(axisG as never, 'line', 'tarikh-axis-line')
    .call(attr, 'x1', r3(layout.axis.x1))
    .call(attr, 'y1', r3(layout.axis.y1))
    .call(attr, 'x2', r3(layout.axis.x2))
    .call(attr, 'y2', r3(layout.axis.y2))
    .call(attr, 'stroke', palette.grid);
  drawTicks(child(axisG as never, 'g', 'tarikh-ticks') as G, layout.axis.ticks, false);
  const secondG = child(axisG as never, 'g', 'tarikh-ticks-secondary') as G;
  secondG.call(attr, 'data-calendar', layout.axis.secondaryCalendar);
  drawTicks(secondG, layout.axis.secondary, true);

  // Leaders below the marks, so they pass behind labels; marks: one group per event, joined by id
  // so zoom frames update in place.
  const interactive = o.interactive;
  const markContext: MarkContext = { palette, prefix: p, vertical: layout.orientation === 'vertical', interactive };
  drawLeaders(child(root as never, 'g', 'tarikh-leaders').node() as Element, layout.marks, markContext);
  const marksG = child(root as never, 'g', 'tarikh-marks');
  const joined = marksG
    .selectAll<SVGGElement, LayoutMark>('g.tarikh-mark')
    .data(layout.marks.slice().sort(drawingOrder), (d) => d.id);
  // A zoom step hands labels to other events, so many marks leave and as many arrive: the
  // leaving groups are reused for the arriving ones (every attribute below is rewritten) rather
  // than destroyed and rebuilt, which halves the DOM work of a frame. The focused group is never
  // reused, so keyboard focus cannot silently move to another event.
  const active = container.ownerDocument.activeElement;
  const spare = joined.exit<LayoutMark>().nodes().filter((n) => active === null || !n.contains(active));
  const reused = new Set<SVGGElement>();
  const doc = container.ownerDocument;
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
      const g = enter.append('g').call(attr, 'class', 'tarikh-cluster');
      g.append('title');
      g.append('circle').call(attr, 'class', 'tarikh-focus-ring');
      g.append('circle').call(attr, 'class', 'tarikh-cluster-badge');
      g.append('text');
      return g;
    })
    .call(attr, 'data-count', (d) => d.count)
    // A badge at full view can count 100,000 events, and a zoom frame changes them: the live
    // timeline lists ids only for badges of up to LIVE_BADGE_IDS events (data-count always says
    // how many; the handle's layout() has them all). Static SVG lists every id.
    .call(attr, 'data-event-ids', (d) => (!interactive || d.eventIds.length <= LIVE_BADGE_IDS ? d.eventIds.join(' ') : null))
    .call(attr, 'tabindex', interactive ? -1 : null)
    .call(attr, 'role', interactive ? 'button' : null)
    .call(attr, 'aria-label', interactive ? (d) => d.ariaLabel : null)
    .each(function (d) {
      const g = select(this);
      g.select('title').call(textOf, d.ariaLabel);
      g.select('circle.tarikh-focus-ring').call(attr, 'cx', r3(d.cx)).call(attr, 'cy', r3(d.cy)).call(attr, 'r', r3(d.r + 4)).call(attr, 'fill', 'none');
      g.select('circle.tarikh-cluster-badge').call(attr, 'cx', r3(d.cx)).call(attr, 'cy', r3(d.cy)).call(attr, 'r', r3(d.r)).call(attr, 'fill', palette.cluster);
      g.select('text')
        .call(attr, 'x', r3(d.cx))
        .call(attr, 'y', r3(d.cy + 4))
        .call(attr, 'text-anchor', 'middle')
        .call(attr, 'font-size', 11)
        .call(attr, 'fill', palette.clusterText)
        .call(textOf, d.countText);
    });
}
