import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { renderHTML } from '../../src/node/renderHTML.js';
import { renderSVG } from '../../src/node/renderSVG.js';
import { hostileStrings, hostileTimeline } from '../support/hostileTimeline.js';

const bundle = 'var Tarikh={};';

/** Every element, attribute and link of a parsed document that could run code or navigate unsafely. */
function dangers(doc: Document, allowedScripts: string[]): string[] {
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    const name = el.localName.toLowerCase();
    if (name === 'script' && !allowedScripts.includes(el.textContent ?? '') && el.getAttribute('type') !== 'application/json') found.push(`script: ${el.outerHTML.slice(0, 80)}`);
    if (['iframe', 'object', 'embed', 'foreignobject', 'img', 'image', 'use', 'animate', 'set', 'handler'].includes(name)) found.push(`element <${name}>`);
    for (const attr of el.attributes) {
      if (/^on/iu.test(attr.name)) found.push(`${name}[${attr.name}]`);
      if (/href$/iu.test(attr.name) && !/^(https?:\/\/|#)/iu.test(attr.value)) found.push(`${name}[${attr.name}=${attr.value}]`);
      if (/^\s*(javascript|data|vbscript):/iu.test(attr.value)) found.push(`${name}[${attr.name}=${attr.value}]`);
    }
  }
  return found;
}

describe('hostile article text', () => {
  it('refuses javascript:, data: and vbscript: links before drawing, naming each path', () => {
    for (const render of [() => renderSVG(hostileTimeline({ unsafeUrls: true })), () => renderHTML(hostileTimeline({ unsafeUrls: true }), { bundle })]) {
      expect(render).toThrow(/\/articles\/0\/url: must be an http or https URL \(got "javascript:alert\(1\)"\)/);
      expect(render).toThrow(/\/events\/1\/sources\/0\/url/);
      expect(render).toThrow(/\/events\/2\/sources\/0\/url/);
    }
  });

  it('SVG: no script, no handler attribute, no unsafe link; the text is kept as text', () => {
    const svg = renderSVG(hostileTimeline());
    const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(dangers(doc, [])).toEqual([]);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('title')?.textContent).toBe(hostileTimeline().title);
    const titles = [...doc.querySelectorAll('[data-event-id] > title')].map((t) => t.textContent ?? '');
    expect(titles.some((t) => t.includes(hostileStrings.imgOnerror))).toBe(true);
    // Also as an HTML fragment (the way pages inline an SVG).
    const asHtml = new JSDOM(`<!doctype html><body>${svg}</body>`).window.document;
    expect(dangers(asHtml, [])).toEqual([]);
  });

  it('HTML: only its own scripts; data, credits and links are inert', () => {
    const html = renderHTML(hostileTimeline(), { bundle, pageTitle: hostileStrings.closeScript });
    const doc = new JSDOM(html).window.document;
    const own = [...doc.querySelectorAll('script:not([type])')].map((s) => s.textContent ?? '');
    expect(own).toHaveLength(2);
    expect(own[0]).toBe(bundle);
    expect(dangers(doc, own)).toEqual([]);
    expect(doc.querySelectorAll('script')).toHaveLength(3);
    expect(doc.title).toBe(hostileStrings.closeScript);
    // The embedded JSON holds every string unchanged, and no raw '<' that could close the element.
    const raw = doc.getElementById('tarikh-data')?.textContent ?? '';
    expect(raw).not.toMatch(/</u);
    expect(JSON.parse(raw).timeline).toEqual(hostileTimeline());
    // The one safe article URL is linked; javascript: is not.
    const links = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://example.org/%22%3E%3Cscript%3Ealert(1)%3C/script%3E', 'https://example.org/ok?a=1&b=%3C2%3E']);
    const credits = doc.querySelector('.tarikh-credits')?.textContent ?? '';
    expect(credits).toContain(hostileStrings.attrBreakout);
    expect(credits).toContain(hostileStrings.styleBreak);
  });

  it('HTML: article text in the credits is bidi-isolated, so a stray control cannot reorder the line', () => {
    const tl = hostileTimeline();
    // An unterminated right-to-left override in the outlet, a Latin title.
    tl.articles[0]!.outlet = '\u202Eهانوي';
    tl.articles[0]!.title = 'Putin <b>in</b> Hanoi';
    const doc = new JSDOM(renderHTML(tl, { bundle })).window.document;
    const first = doc.querySelector('.tarikh-credits li')!;
    const isolated = [...first.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(isolated).toEqual(['\u202Eهانوي', 'Putin <b>in</b> Hanoi']);
    // Everything else on the line is the page's own words: separators, quotes, the date.
    const own = [...first.querySelectorAll('a')].flatMap((a) => [...a.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent));
    expect(own.join('')).toMatch(/^، «»، نُشر /u);
  });
});
