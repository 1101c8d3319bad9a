import { JSDOM } from 'jsdom';

// One script-less jsdom window for the process, made on first use. Building a window costs ~10 ms
// (its interfaces are set up anew); a document from its DOMImplementation costs microseconds and
// shares nothing with the previous one but the (read-only) interface objects.
let window: JSDOM['window'] | undefined;

/**
 * A fresh, script-less HTML document for one render. Nothing is put on `globalThis`: the drawing
 * code receives this document and creates every element through it.
 *
 * @example
 * ```ts
 * const document = createNodeDocument();
 * document.createElementNS('http://www.w3.org/2000/svg', 'svg'); // an SVGSVGElement, in Node
 * ```
 */
export function createNodeDocument(): Document {
  // No url, no runScripts, no resources: nothing in the data can execute or fetch while we draw.
  window ??= new JSDOM('<!doctype html><html><head></head><body></body></html>').window;
  return window.document.implementation.createHTMLDocument('');
}
