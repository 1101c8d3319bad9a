/**
 * Returns the URL if it is an absolute http(s) URL, else null: links taken from article data
 * (source URLs) can never become `javascript:`, `data:` or relative links. Control and bidi
 * characters are refused rather than stripped.
 *
 * @param value - a URL from the timeline data
 * @returns the normalized href, or null when it must not be linked
 * @example
 * safeUrl('https://aawsat.com/عربي') // 'https://aawsat.com/%D8%B9%D8%B1%D8%A8%D9%8A'
 * safeUrl('javascript:alert(1)') // null
 */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 4096) return null;
  // Control characters, and bidi overrides that could disguise the host.
  if (/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}
