import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { createNodeDocument } from '../../src/node/createNodeDocument.js';
import { serializeSvg } from '../../src/node/serializeSvg.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The same small drawing in a given document: attributes set out of name order, hostile text. */
function draw(document: Document): Element {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '10');
  svg.setAttribute('class', 'tarikh');
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('data-event-id', '"><svg onload=alert(1)>&amp;');
  g.setAttribute('aria-label', 'a\tb\nc\u00A0d <e>');
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = '<script>alert(1)</script> & \u0001\uFFFF\uD800 \u202Eعربي \u00A0 😀';
  g.appendChild(title);
  const grad = document.createElementNS(SVG_NS, 'linearGradient');
  grad.setAttribute('id', 'f');
  svg.append(g, grad);
  return svg;
}

describe('serializeSvg', () => {
  const ours = serializeSvg(draw(createNodeDocument()));
  const viaJsdom = serializeSvg(draw(new JSDOM('<!doctype html><html><body></body></html>').window.document));

  it('writes the namespace first, then attributes in name order, whatever the DOM', () => {
    expect(ours).toBe(viaJsdom);
    expect(ours.startsWith('<svg xmlns="http://www.w3.org/2000/svg" class="tarikh" width="10"><g aria-label=')).toBe(true);
    expect(ours).toContain('<linearGradient id="f"></linearGradient></svg>\n');
  });

  it('escapes by construction: the result parses as XML and gives back every value', () => {
    expect(ours).not.toMatch(/<script|<svg onload|&nbsp;/u);
    const doc = new JSDOM(ours, { contentType: 'image/svg+xml' }).window.document;
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const g = doc.querySelector('g')!;
    expect(g.getAttribute('data-event-id')).toBe('"><svg onload=alert(1)>&amp;');
    // Tabs and newlines survive attribute-value normalization because they are written as references.
    expect(g.getAttribute('aria-label')).toBe('a\tb\nc\u00A0d <e>');
    // Characters XML forbids become U+FFFD; everything else, bidi controls and astral ones, is kept.
    expect(doc.querySelector('title')?.textContent).toBe('<script>alert(1)</script> & \uFFFD\uFFFD\uFFFD \u202Eعربي \u00A0 😀');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });
});
