import { textWidth } from './textWidth.js';

const ELLIPSIS = '…';

/**
 * Shortens text to fit a width (by the pure {@link textWidth} estimate), cutting at a word
 * boundary when one is near and ending with an ellipsis. Text that fits is returned unchanged.
 *
 * @param text - one line of text
 * @param maxWidth - the room in pixels
 * @param fontSize - font size in pixels
 * @example
 * truncateText('بوتين يصل إلى هانوي في زيارة دولة', 60, 12) // 'بوتين يصل…'
 */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const room = maxWidth - textWidth(ELLIPSIS, fontSize);
  if (room <= 0) return '';
  const chars = Array.from(text);
  // Binary search on the number of characters kept: width grows with the prefix length.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (textWidth(chars.slice(0, mid).join(''), fontSize) <= room) lo = mid;
    else hi = mid - 1;
  }
  let kept = chars.slice(0, lo).join('');
  const space = kept.lastIndexOf(' ');
  if (space > kept.length * 0.6) kept = kept.slice(0, space);
  kept = kept.trimEnd();
  return kept.length > 0 ? kept + ELLIPSIS : '';
}
