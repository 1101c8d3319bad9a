import type { Timeline } from '../model/types.js';
import type { RenderOptions } from '../render/options.js';
import { drawStaticSvg } from './drawStaticSvg.js';
import { createNodeDocument } from './createNodeDocument.js';
import { serializeSvg } from './serializeSvg.js';

/** Options of renderSVG and renderHTML: the browser renderer's, without the interactive ones. */
export type StaticRenderOptions = Omit<RenderOptions, 'interactive' | 'embedStyle' | 'motion' | 'zoomExtent'>;

/**
 * Renders a timeline to one standalone SVG document: the same pure layout and the same D3 drawing
 * code as the browser, run on a jsdom document made for the call (no globals are set). The SVG
 * carries its namespace, an inline stylesheet, `<title>` and `<desc>`, an Arabic-capable font
 * stack, direction and language, and `data-event-id` on every mark. The same input gives the same
 * bytes on any machine, whatever its time zone or locale.
 *
 * @param timeline - a Timeline (validated first; a bad one throws TimelineValidationError with paths)
 * @param options - width, height, lanes, axisDirection, locale, digits, calendar, theme, … as for createTimeline
 * @example
 * ```ts
 * import { renderSVG } from 'tarikh/node';
 * const svg = renderSVG(timeline, { width: 900, locale: 'ar-SY', digits: 'arab' });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'); //=> true
 * // aria-label of a mark: 'صباح الخميس ٢٠ حزيران ٢٠٢٤، بوتين يصل إلى هانوي'
 * ```
 */
export function renderSVG(timeline: Timeline, options?: StaticRenderOptions): string {
  const document = createNodeDocument();
  const svg = drawStaticSvg(document, timeline, options);
  return serializeSvg(svg);
}
