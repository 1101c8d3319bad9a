// `tarikh/node`: static SVG and standalone HTML rendering on jsdom (no globals set).
// Re-exports only; each function lives in a module named for it.
export { renderSVG } from './renderSVG.js';
export type { StaticRenderOptions } from './renderSVG.js';
export { renderHTML } from './renderHTML.js';
export type { RenderHTMLOptions } from './renderHTML.js';
export { readBrowserBundle } from './readBrowserBundle.js';
export { scriptSafeJson } from './scriptSafeJson.js';
