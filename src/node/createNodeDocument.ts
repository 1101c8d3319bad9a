import { JSDOM } from 'jsdom';

/**
 * A fresh, script-less jsdom HTML document for one render. Nothing is put on `globalThis`: the
 * drawing code receives this document and creates every element through it.
 *
 * @example
 * ```ts
 * const document = createNodeDocument();
 * document.createElementNS('http://www.w3.org/2000/svg', 'svg'); // an SVGSVGElement, in Node
 * ```
 */
export function createNodeDocument(): Document {
  // No url, no runScripts, no resources: nothing in the data can execute or fetch while we draw.
  return new JSDOM('<!doctype html><html><head></head><body></body></html>').window.document;
}
