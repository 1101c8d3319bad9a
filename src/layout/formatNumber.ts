import type { Digits } from './types.js';

const cache = new Map<string, Intl.NumberFormat>();

/**
 * Writes an integer with the chosen digits, without grouping surprises between machines.
 *
 * @example
 * formatNumber(21, 'ar', 'arab') // '٢١'
 */
export function formatNumber(n: number, locale: string, digits: Digits): string {
  const key = `${locale}|${digits}`;
  let f = cache.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(`${locale}-u-nu-${digits}`, { maximumFractionDigits: 0 });
    cache.set(key, f);
  }
  return f.format(n);
}
