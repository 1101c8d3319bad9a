import type { LayoutMark } from '../layout/types.js';
import type { ThemePalette } from './themes.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const r3 = (n: number): number => Math.round(n * 1000) / 1000;

/** The children of every mark group, in drawing order: tag and class. */
const MARK_PARTS: readonly (readonly [string, string])[] = [
  ['title', ''],
  ['line', 'tarikh-leader'],
  ['line', 'tarikh-claim-span'],
  ['rect', 'tarikh-focus-ring'],
  ['rect', 'tarikh-shape'],
  ['g', 'tarikh-claims'],
  ['text', 'tarikh-label'],
];

/** What drawing a mark needs besides the mark: colours, id prefix, orientation, interactivity. */
export interface MarkContext {
  palette: ThemePalette;
  /** Prefix of the fade masks' ids. */
  prefix: string;
  vertical: boolean;
  interactive: boolean;
}

/** The attribute values and text an element was last given by drawMark. */
type Written = Element & { __tarikh?: Record<string, string | null> };

/**
 * Sets (or, for null, removes) an attribute unless drawMark already wrote that value to it. A zoom
 * frame redraws every visible mark, and in a browser each write costs style and layout work even
 * when the value is unchanged; comparing with what was written is cheaper than reading the DOM.
 */
function set(el: Element, name: string, v: string | number | null): void {
  const seen = ((el as Written).__tarikh ??= {});
  const value = v === null ? null : typeof v === 'number' ? String(r3(v)) : v;
  if (seen[name] === value) return;
  seen[name] = value;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/** Sets an element's text — as text, never markup — unless it already has it. */
function text(el: Element, value: string): void {
  if (el.textContent !== value) el.textContent = value;
}

/** Makes an empty mark group (its parts, no attributes yet) through `doc`. */
export function createMarkNode(doc: Document): SVGGElement {
  const g = doc.createElementNS(SVG_NS, 'g') as SVGGElement;
  for (const [tag, cls] of MARK_PARTS) {
    const el = g.appendChild(doc.createElementNS(SVG_NS, tag));
    if (cls !== '') set(el, 'class', cls);
  }
  return g;
}

function markClass(d: LayoutMark): string {
  let c = `tarikh-mark tarikh-mark--${d.shape} tarikh-mark--${d.status}`;
  if (d.hollow) c += ' tarikh-mark--hollow';
  if (d.approximate) c += ' tarikh-mark--approximate';
  if (d.disputed) c += ' tarikh-mark--disputed';
  return c;
}

/**
 * Draws one event into its group (made by createMarkNode): title, leader, claim span, focus ring,
 * shape, claims and label. Only what changed since the group's last draw is written, so a group
 * that keeps its event through a zoom frame gets its moved coordinates and nothing else, and a
 * group reused for another event keeps whatever the two share. A fresh group gets every attribute
 * in a fixed order, so static SVG output does not depend on history. Article text goes in only as
 * textContent.
 */
export function drawMark(g: SVGGElement, d: LayoutMark, c: MarkContext): void {
  const [title, leaderEl, spanEl, ring, shape, claimsG, labelEl] = Array.from(g.children) as Element[];
  if (title === undefined || leaderEl === undefined || spanEl === undefined || ring === undefined || shape === undefined || claimsG === undefined || labelEl === undefined) {
    throw new Error('drawMark: the group was not made by createMarkNode');
  }
  const { palette, interactive } = c;
  const label = d.label;
  const point = d.shape === 'point';
  set(g, 'class', markClass(d));
  set(g, 'data-event-id', d.id);
  set(g, 'data-precision', d.precision);
  set(g, 'tabindex', interactive ? '-1' : null);
  set(g, 'role', interactive ? 'button' : null);
  set(g, 'aria-label', interactive ? d.ariaLabel : null);
  text(title, d.ariaLabel);
  for (const [el, line, stroke] of [
    [leaderEl, label?.leader ?? null, palette.grid],
    [spanEl, d.claimSpan, palette.disputed],
  ] as const) {
    set(el, 'display', line === null ? 'none' : null);
    set(el, 'x1', line?.x1 ?? null);
    set(el, 'y1', line?.y1 ?? null);
    set(el, 'x2', line?.x2 ?? null);
    set(el, 'y2', line?.y2 ?? null);
    set(el, 'stroke', stroke);
  }
  const rx = point ? d.rect.width / 2 : 2;
  set(shape, 'x', d.rect.x);
  set(shape, 'y', d.rect.y);
  set(shape, 'width', d.rect.width);
  set(shape, 'height', d.rect.height);
  set(shape, 'rx', rx);
  set(shape, 'fill', d.hollow ? palette.bg : palette.accent);
  set(shape, 'stroke', palette.accent);
  set(shape, 'mask', d.approximate && !point ? `url(#${c.prefix}-fade-mask-${c.vertical ? 'v' : 'h'})` : null);
  set(shape, 'fill-opacity', d.hollow ? null : point ? (d.approximate ? 0.5 : null) : 0.45);
  set(ring, 'x', d.rect.x - 4);
  set(ring, 'y', d.rect.y - 4);
  set(ring, 'width', d.rect.width + 8);
  set(ring, 'height', d.rect.height + 8);
  set(ring, 'rx', rx + 4);
  set(ring, 'fill', 'none');
  // One circle per claim.
  while (claimsG.children.length > d.claims.length) claimsG.lastElementChild?.remove();
  while (claimsG.children.length < d.claims.length) {
    const circle = claimsG.appendChild(g.ownerDocument.createElementNS(SVG_NS, 'circle'));
    set(circle, 'class', 'tarikh-claim');
    set(circle, 'r', 3.5);
  }
  d.claims.forEach((claim, i) => {
    const circle = claimsG.children[i] as Element;
    set(circle, 'cx', claim.x);
    set(circle, 'cy', claim.y);
    set(circle, 'fill', palette.bg);
    set(circle, 'stroke', palette.disputed);
  });
  set(labelEl, 'display', label === null ? 'none' : null);
  set(labelEl, 'x', label?.textX ?? null);
  set(labelEl, 'y', label?.textY ?? null);
  set(labelEl, 'text-anchor', 'start');
  set(labelEl, 'fill', palette.fg);
  // A halo in the background colour keeps text readable where leader lines cross it.
  set(labelEl, 'stroke', palette.bg);
  set(labelEl, 'stroke-width', 3);
  set(labelEl, 'paint-order', 'stroke');
  set(labelEl, 'stroke-linejoin', 'round');
  text(labelEl, label?.text ?? '');
}
