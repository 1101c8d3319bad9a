function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/iu.exec(hex);
  if (m === null) throw new RangeError(`invalid colour: ${JSON.stringify(hex)} (expected #rrggbb)`);
  const n = Number.parseInt(m[1] as string, 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/**
 * WCAG 2.1 contrast ratio of two #rrggbb colours, from 1 (same) to 21 (black on white).
 *
 * @example
 * contrastRatio('#595959', '#ffffff') // ≈ 7.0 (AA for text needs 4.5)
 */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
