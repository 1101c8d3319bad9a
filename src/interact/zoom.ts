import { zoomIdentity, type ZoomTransform } from 'd3-zoom';

/**
 * The visible time domain under a zoom transform: the base scale (full domain → range) rescaled,
 * as d3's `transform.rescaleX` does, computed directly so layout stays the one pure function.
 * Works for mirrored (right-to-left) ranges.
 *
 * @param full - the base domain [start, end] in ms (Layout.fullDomain)
 * @param range - screen positions of full[0] and full[1] (Layout.range of the unzoomed layout)
 * @param k - zoom scale; @param t - translation along the time axis (x, or y when vertical)
 * @example
 * zoomedDomain([0, 100], [800, 0], 2, -800) // [0, 50]: zoomed ×2 on the right half of an rtl axis
 */
export function zoomedDomain(full: readonly [number, number], range: readonly [number, number], k: number, t: number): [number, number] {
  const [d0, d1] = full;
  const [r0, r1] = range;
  const toTime = (screen: number): number => {
    const base = (screen - t) / k;
    return d0 + ((base - r0) / (r1 - r0)) * (d1 - d0);
  };
  const a = toTime(r0);
  const b = toTime(r1);
  return a <= b ? [a, b] : [b, a];
}

/**
 * The zoom transform that shows [start, end] (the inverse of {@link zoomedDomain}).
 *
 * @example
 * transformFor([0, 100], [0, 800], [25, 75], 'horizontal') // k = 2, x = -400
 */
export function transformFor(full: readonly [number, number], range: readonly [number, number], target: readonly [number, number], orientation: 'horizontal' | 'vertical'): ZoomTransform {
  const [d0, d1] = full;
  const [r0, r1] = range;
  const base = (time: number): number => r0 + ((time - d0) / (d1 - d0)) * (r1 - r0);
  const bs = base(target[0]);
  const be = base(target[1]);
  const k = (r1 - r0) / (be - bs);
  const t = r0 - k * bs;
  return orientation === 'vertical' ? zoomIdentity.translate(0, t).scale(k) : zoomIdentity.translate(t, 0).scale(k);
}
