import { parseHTML } from 'linkedom';

/**
 * A fresh, script-less HTML document for one render, from linkedom: a standards DOM (createElementNS,
 * attributes, text, querySelector) several times faster than jsdom for drawing, which is all a
 * static render needs. Nothing is put on `globalThis`: the drawing code receives this document and
 * creates every element through it. Nothing can execute or fetch: linkedom runs no scripts and
 * loads no resources.
 *
 * @example
 * ```ts
 * const document = createNodeDocument();
 * document.createElementNS('http://www.w3.org/2000/svg', 'svg'); // an SVG element, in Node
 * ```
 */
export function createNodeDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}
