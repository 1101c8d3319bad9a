import { layout } from '../layout/layout.js';
import type { Timeline } from '../model/types.js';
import { validateTimeline } from '../model/validateTimeline.js';
import { drawTimeline } from '../render/draw.js';
import { normalizeOptions } from '../render/options.js';
import type { StaticRenderOptions } from './renderSVG.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const STATIC_ONLY = new Set(['interactive', 'embedStyle', 'motion', 'zoomExtent']);
/** Height of a vertical timeline given no height: createTimeline's for a host without one. */
const VERTICAL_HEIGHT = 560;

/**
 * Validates the timeline, normalizes the options once (errors name the option and value), lays the
 * timeline out and draws it, with its stylesheet, into a new `<svg>` of `document`.
 *
 * @example
 * ```ts
 * const svg = drawStaticSvg(createNodeDocument(), timeline, { digits: 'arab' });
 * svg.querySelectorAll('[data-event-id]').length; // one per drawn event
 * ```
 */
export function drawStaticSvg(document: Document, timeline: Timeline, options?: StaticRenderOptions): SVGSVGElement {
  const tl = validateTimeline(timeline);
  if (options !== undefined && options !== null && typeof options === 'object') {
    for (const k of Object.keys(options)) {
      if (STATIC_ONLY.has(k)) throw new RangeError(`option ${JSON.stringify(k)} does not apply to a static render`);
    }
  }
  const o = normalizeOptions(options, tl.language);
  const svg = document.createElementNS(SVG_NS, 'svg');
  // Without a height, a vertical timeline is as high as the live one makes it (360 would leave its
  // time axis a few rows long).
  const input = o.layout.orientation === 'vertical' && o.layoutInput.height === undefined ? { ...o.layoutInput, height: VERTICAL_HEIGHT } : o.layoutInput;
  drawTimeline({ document }, svg, layout(tl, input), {
    theme: o.theme,
    idPrefix: o.idPrefix,
    embedStyle: true,
    interactive: false,
  });
  return svg;
}
