const SVG_NS = 'http://www.w3.org/2000/svg';

// Characters XML 1.0 forbids (C0 controls other than tab and newlines, U+FFFE/U+FFFF, lone
// surrogates), which scraped text can carry, become U+FFFD so the file always parses. With the u
// flag a surrogate pair is one code point, so the surrogate range matches lone ones only.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
const TEXT_SPECIAL = /[&<>\u00A0]/gu;
// In attributes also the quote, and tab/newlines, which an XML parser would otherwise fold to spaces.
const ATTR_SPECIAL = /[&<>"\u00A0\t\n\r]/gu;
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\u00A0': '&#160;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
const entity = (c: string): string => ENTITY[c]!;

// One test per string first: almost every value (numbers, class names) needs no change, and a
// test is much cheaper than two replace passes.
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[&<>"\u00A0\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;

function text(value: string): string {
  return NEEDS_WORK.test(value) ? value.replace(FORBIDDEN, '\uFFFD').replace(TEXT_SPECIAL, entity) : value;
}

function attr(value: string): string {
  return NEEDS_WORK.test(value) ? value.replace(FORBIDDEN, '\uFFFD').replace(ATTR_SPECIAL, entity) : value;
}

function element(el: Element, out: string[], xmlns?: string): void {
  out.push('<', el.localName);
  if (xmlns !== undefined) out.push(' xmlns="', xmlns, '"');
  // Attributes in name order: the bytes then depend on what was drawn, not on the order a DOM
  // implementation happens to keep them in.
  const names = el.getAttributeNames().filter((n) => n !== 'xmlns').sort();
  for (const name of names) out.push(' ', name, '="', attr(el.getAttribute(name) ?? ''), '"');
  out.push('>');
  for (let node = el.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === 1) element(node as Element, out);
    else if (node.nodeType === 3) out.push(text(node.nodeValue ?? ''));
    // Comments and processing instructions are never drawn; nothing else can appear.
  }
  out.push('</', el.localName, '>');
}

/**
 * Serializes a drawn `<svg>` element as a standalone XML document, on any standards DOM (the one
 * renderSVG draws into, or jsdom's). Everything is escaped here, by construction: `& < >` in text,
 * `& < > "` in attributes, U+00A0 as a character reference (HTML's `&nbsp;` is not XML), forbidden
 * characters replaced; attributes are written in name order after the SVG namespace.
 *
 * @example
 * ```ts
 * serializeSvg(svg); //=> '<svg xmlns="http://www.w3.org/2000/svg" aria-describedby="…" …><title …>بوتين في هانوي</title>…</svg>\n'
 * ```
 */
export function serializeSvg(svg: Element): string {
  const out: string[] = [];
  // The namespace declaration goes first, whether or not the DOM stored it as an attribute.
  element(svg, out, SVG_NS);
  return out.join('') + '\n';
}
