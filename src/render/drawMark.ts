import type { LabelBox, LayoutMark } from '../layout/types.js';
import type { ThemePalette } from './themes.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const r3 = (n: number): number => Math.round(n * 1000) / 1000;

/** The parts of every mark group, in drawing order: tag, class, and 1 for the label's parts (in the group before them). */
const MARK_PARTS: readonly (readonly [string, string, 1?])[] = [
  ['title', ''],
  ['line', 'tarikh-claim-span'],
  ['rect', 'tarikh-shape'],
  ['g', 'tarikh-claims'],
  ['g', 'tarikh-label-box'],
  ['rect', 'tarikh-label-bg', 1],
  ['text', 'tarikh-label', 1],
];

/** What drawing a mark needs besides the mark: colours, id prefix, orientation, interactivity. */
export interface MarkContext {
  palette: ThemePalette;
  /** Prefix of the fade masks' ids. */
  prefix: string;
  vertical: boolean;
  interactive: boolean;
}

/**
 * The attribute values (numbers rounded, not yet written out) an element was last given. A Map,
 * not an object: an object would take the hidden classes V8 gives the layout's objects of the same
 * first fields ({ x1, … } is a leader line too), and the first zoom step rewriting a value would
 * mark those fields as changing, throwing away the optimized layout and drawing code built on them.
 */
type Written = Element & { __tarikh?: Map<string, string | number | null> };

function written(el: Element): Map<string, string | number | null> {
  let seen = (el as Written).__tarikh;
  if (seen === undefined) (el as Written).__tarikh = seen = new Map();
  return seen;
}

/**
 * Sets (or, for null, removes) an attribute unless drawMark already wrote that value to it. A zoom
 * frame redraws every visible mark, and in a browser each write costs style and layout work even
 * when the value is unchanged; comparing with what was written is cheaper than reading the DOM,
 * and comparing numbers is cheaper than turning them into strings first (the DOM does that, as
 * String() would, only for what is written).
 */
export function set(el: Element, name: string, v: string | number | null): void {
  const seen = written(el);
  const value = typeof v === 'number' ? r3(v) : v;
  if (seen.get(name) === value) return;
  seen.set(name, value);
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value as string);
}

/**
 * Sets an element's text — as text, never markup — unless this function already wrote that text
 * to it: replacing an SVG label's text makes the browser shape it again. Like `set`, it compares
 * with what it wrote, not with the DOM (a zoom frame would otherwise read the text of every drawn
 * mark back), so text changed by other code is not restored.
 */
export function text(el: Element, value: string): void {
  const seen = written(el);
  if (seen.get('#text') === value) return;
  seen.set('#text', value);
  if (el.textContent !== value) el.textContent = value;
}

/**
 * Where a mark's group stands (its parts are drawn relative to it): a point's centre, a band's
 * start. Not rounded: parts that keep their place relative to the mark then keep their written
 * values exactly through a zoom step.
 */
export function markOrigin(d: LayoutMark, vertical: boolean): [number, number] {
  const point = d.shape === 'point';
  return [vertical ? 0 : point ? d.cx : d.x, vertical ? (point ? d.cy : d.y) : 0];
}

/** Writes a group's transform: a translation to (x, y), moved `by` pixels along the time axis (a zoom gesture's frame). */
export function placeAt(g: Element, x: number, y: number, vertical: boolean, by = 0): void {
  set(g, 'transform', `translate(${r3(vertical ? x : x + by)},${r3(vertical ? y + by : y)})`);
}

/** Writes a mark group's transform: its origin (see placeAt). */
export function placeMark(g: Element, d: LayoutMark, vertical: boolean, by = 0): void {
  placeAt(g, ...markOrigin(d, vertical), vertical, by);
}

/** Makes an empty mark group (its parts, no attributes yet) through `doc`. */
export function createMarkNode(doc: Document): SVGGElement {
  const g = doc.createElementNS(SVG_NS, 'g') as SVGGElement;
  for (const [tag, cls, inLabel] of MARK_PARTS) {
    const el = (inLabel ? (g.lastElementChild as Element) : g).appendChild(doc.createElementNS(SVG_NS, tag));
    if (cls !== '') set(el, 'class', cls);
  }
  return g;
}

type Parts = [title: Element, span: Element, shape: Element, claims: Element, box: Element, labelBg: Element, label: Element];

/** A mark group's parts (see MARK_PARTS), found once: a zoom frame draws every visible mark. */
function partsOf(g: SVGGElement & { __parts?: Parts }): Parts {
  if (g.__parts !== undefined) return g.__parts;
  const [title, spanEl, shape, claimsG, box] = Array.from(g.children);
  const [labelBg, labelEl] = Array.from(box?.children ?? []);
  // The last part present means all are (createMarkNode makes them together).
  if (labelEl === undefined) throw new Error('drawMark: not a group made by createMarkNode');
  return (g.__parts = [title, spanEl, shape, claimsG, box, labelBg, labelEl] as Parts);
}

function markClass(d: LayoutMark): string {
  let c = `tarikh-mark tarikh-mark--${d.shape} tarikh-mark--${d.status}`;
  if (d.hollow) c += ' tarikh-mark--hollow';
  if (d.approximate) c += ' tarikh-mark--approximate';
  if (d.disputed) c += ' tarikh-mark--disputed';
  return c;
}

/**
 * Draws one event into its group (made by createMarkNode): title, claim span, shape (its outline
 * is the focus ring, see styles), claims and label (its leader line is drawn apart, see
 * leaderPath). Only what changed since the group's last draw is written, so a group that keeps
 * its event through a zoom frame gets its moved coordinates and nothing else, and a group reused
 * for another event keeps whatever the two share. A fresh group gets every attribute in a fixed
 * order, so static SVG output does not depend on history. Article text goes in only as textContent.
 */
export function drawMark(g: SVGGElement, d: LayoutMark, c: MarkContext): void {
  const [title, spanEl, shape, claimsG, box, labelBg, labelEl] = partsOf(g);
  const { palette, interactive } = c;
  const label = d.label;
  const point = d.shape === 'point';
  // The group sits where the mark leaves its leader (a point's centre, a band's start); its parts
  // are drawn relative to it. A zoom step then moves a mark that keeps its label by one write, and
  // the browser moves its drawing instead of laying its text out again.
  const [ox, oy] = markOrigin(d, c.vertical);
  set(g, 'class', markClass(d));
  set(g, 'data-event-id', d.id);
  set(g, 'tabindex', interactive ? '-1' : null);
  set(g, 'role', interactive ? 'button' : null);
  set(g, 'aria-label', interactive ? d.ariaLabel : null);
  placeMark(g, d, c.vertical);
  // A live mark has its aria-label and a details panel on hover: a native tooltip would repeat them.
  text(title, interactive ? '' : d.ariaLabel);
  const span = d.claimSpan;
  set(spanEl, 'display', span === null ? 'none' : null);
  set(spanEl, 'x1', span === null ? null : span.x1 - ox);
  set(spanEl, 'y1', span === null ? null : span.y1 - oy);
  set(spanEl, 'x2', span === null ? null : span.x2 - ox);
  set(spanEl, 'y2', span === null ? null : span.y2 - oy);
  set(spanEl, 'stroke', palette.disputed);
  set(shape, 'x', d.rect.x - ox);
  set(shape, 'y', d.rect.y - oy);
  set(shape, 'width', d.rect.width);
  set(shape, 'height', d.rect.height);
  set(shape, 'rx', point ? d.rect.width / 2 : 2);
  set(shape, 'fill', d.hollow ? palette.bg : palette.accent);
  set(shape, 'stroke', palette.accent);
  set(shape, 'mask', d.approximate && !point ? `url(#${c.prefix}-fade-mask-${c.vertical ? 'v' : 'h'})` : null);
  set(shape, 'fill-opacity', d.hollow ? null : point ? (d.approximate ? 0.5 : null) : 0.45);
  // One circle per claim.
  while (claimsG.children.length > d.claims.length) claimsG.lastElementChild?.remove();
  while (claimsG.children.length < d.claims.length) {
    const circle = claimsG.appendChild(g.ownerDocument.createElementNS(SVG_NS, 'circle'));
    set(circle, 'class', 'tarikh-claim');
    set(circle, 'r', 3.5);
  }
  d.claims.forEach((claim, i) => {
    const circle = claimsG.children[i] as Element;
    set(circle, 'cx', claim.x - ox);
    set(circle, 'cy', claim.y - oy);
    set(circle, 'fill', palette.bg);
    set(circle, 'stroke', palette.disputed);
  });
  // The label stands in a group at its box's corner: a label that changes rows moves by that
  // group alone (moving an SVG text or re-placing it makes the browser lay it out again). Its box
  // is in the background colour: leader lines, drawn in a layer below, pass behind it.
  set(box, 'display', label === null ? 'none' : null);
  // A hidden label keeps its place and colours (nothing is written for it until it comes back),
  // not its text: the group may be another event's next.
  text(labelEl, label?.text ?? '');
  if (label === null) return;
  set(box, 'transform', `translate(${r3(label.x - ox)},${r3(label.y - oy)})`);
  set(labelBg, 'y', 2);
  set(labelBg, 'width', label.width);
  set(labelBg, 'height', label.height - 4);
  set(labelBg, 'fill', palette.bg);
  set(labelEl, 'x', label.textX - label.x);
  set(labelEl, 'y', label.textY - label.y);
  set(labelEl, 'fill', palette.fg);
  // A halo in the background colour keeps the text clear of the leader lines passing behind it.
  set(labelEl, 'stroke', palette.bg);
  set(labelEl, 'stroke-width', 3);
  set(labelEl, 'paint-order', 'stroke');
  set(labelEl, 'stroke-linejoin', 'round');
}

/**
 * The leader lines of the marks that have a label, from each mark to its label, as one path's
 * `d`: a zoom step changes one attribute instead of writing the ends of a line per label. With
 * `by`, each line is moved along the time axis by what it gives for its mark's position (a zoom
 * gesture's frame, see createTimeline).
 */
export function leaderPath(marks: readonly LayoutMark[], vertical: boolean, by?: (position: number) => number): string {
  let d = '';
  for (const m of marks) {
    const l = m.label?.leader;
    if (l === undefined) continue;
    const s = by === undefined ? 0 : by(vertical ? m.cy : m.cx);
    const [dx, dy] = vertical ? [0, s] : [s, 0];
    d += `M${r3(l.x1 + dx)} ${r3(l.y1 + dy)}L${r3(l.x2 + dx)} ${r3(l.y2 + dy)}`;
  }
  return d;
}
