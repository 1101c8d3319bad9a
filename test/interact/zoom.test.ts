import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { transformFor, zoomedDomain } from '../../src/interact/zoom.js';

describe('zoom maths', () => {
  const full: [number, number] = [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)];
  for (const range of [
    [12, 788],
    [788, 12],
  ] as [number, number][]) {
    it(`agrees with d3 rescaleX for range ${range.join('→')}`, () => {
      const t = zoomIdentity.translate(-300, 0).scale(3);
      const d3domain = t.rescaleX(scaleUtc().domain(full).range(range)).domain().map(Number).sort((a, b) => a - b);
      const ours = zoomedDomain(full, range, t.k, t.x);
      expect(ours[0]).toBeCloseTo(d3domain[0]!, -1);
      expect(ours[1]).toBeCloseTo(d3domain[1]!, -1);
    });
    it(`transformFor inverts zoomedDomain for range ${range.join('→')}`, () => {
      const target: [number, number] = [Date.UTC(2024, 5, 1), Date.UTC(2024, 6, 1)];
      const t = transformFor(full, range, target, 'horizontal');
      const back = zoomedDomain(full, range, t.k, t.x);
      expect(back[0]).toBeCloseTo(target[0], -1);
      expect(back[1]).toBeCloseTo(target[1], -1);
    });
  }
});
