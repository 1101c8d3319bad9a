const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a quoted attribute: article text is data, never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ESCAPES[c] ?? c);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const BLOCK_END = /^<(?:br|\/p|\/li|\/div|\/h[1-6])\b/i;
const ENTITY = /&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,6});/giu;

/**
 * Plain text from a TimelineJS HTML fragment: tags dropped (block ends become line breaks),
 * common entities decoded. The result is data; it is never put back into a page as markup.
 */
export function htmlToText(html: string): string {
  const decoded = stripTags(html).replace(ENTITY, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
  return tidyLines(decoded).trim();
}

// Scanned with indexOf rather than /<[^>]*>/: on a text full of unclosed '<' the regex retries the
// rest of the text at every '<', which is quadratic.
function stripTags(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    out += html.slice(i, lt);
    if (BLOCK_END.test(html.slice(lt, Math.min(gt + 1, lt + 8)))) out += '\n';
    i = gt + 1;
  }
  return out + html.slice(i);
}

// Spaces and tabs around a line break, and blank lines, collapse to one break. Done per line
// because /[ \t]*\n/ is quadratic on a long run of spaces with no break after it.
function tidyLines(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    let s = 0;
    let e = line.length;
    while (s < e && (line[s] === ' ' || line[s] === '\t')) s++;
    while (e > s && (line[e - 1] === ' ' || line[e - 1] === '\t')) e--;
    if (e > s) lines.push(line.slice(s, e));
  }
  return lines.join('\n');
}
