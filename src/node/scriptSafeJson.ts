/**
 * JSON for an inline `<script type="application/json">`: `<`, `>` and `&` become `\u003c`,
 * `\u003e`, `\u0026`, so no text in the data (`</script>`, `<!--`) can end the element or open a
 * comment, and U+2028/U+2029 are escaped for older JavaScript parsers. `JSON.parse` reads it back
 * unchanged.
 *
 * @example
 * ```ts
 * scriptSafeJson({ title: 'بوتين </script><script>alert(1)</script>' });
 * //=> '{"title":"بوتين \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}'
 * ```
 */
export function scriptSafeJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError(`scriptSafeJson: value is not serializable as JSON (got ${typeof value})`);
  return json.replace(/[<>&\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
