/**
 * A stable event id: FNV-1a (32 bit) of the article id, the quote's span and the type. The same
 * article parsed twice gives the same ids; two events of one article never share one.
 *
 * @example
 * eventId('001', 120, 180, 'arrival') // 'ev-…' (8 hex digits)
 */
export function eventId(articleId: string, start: number, end: number, type: string): string {
  const key = `${articleId}|${start}|${end}|${type}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return 'ev-' + h.toString(16).padStart(8, '0');
}
