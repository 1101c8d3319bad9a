import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { utcTicks as d3UtcTicks, utcDay, utcMonth, utcYear, utcSunday } from 'd3-time';
import { utcCeil, utcFloor, utcTicks } from '../../src/layout/utcTicks.js';

// Our UTC ticks must be d3-time's, tick for tick: the axis (and the SVG snapshots) were built on
// d3-time, which the browser bundle no longer ships.

const MS_YEAR = 365.25 * 86_400_000;
const d3 = (a: number, b: number, n: number): number[] => d3UtcTicks(new Date(a), new Date(b), n).map((d) => d.getTime());

describe('utcTicks', () => {
  it('equals d3-time utcTicks over spans from milliseconds to millennia', () => {
    fc.assert(
      fc.property(
        // Integers scaled by hand: fast-check's doubles crowd near zero, and every span matters.
        fc.integer({ min: -3000, max: 3000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: -100, max: 1200 }),
        fc.integer({ min: 2, max: 30 }),
        (years, frac, log10Span100, count) => {
          const start = (years + frac / 1_000_000) * MS_YEAR;
          const stop = start + Math.pow(10, log10Span100 / 100) * 1000;
          expect(utcTicks(start, stop, count)).toEqual(d3(start, stop, count));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('equals d3-time at the spans a timeline shows', () => {
    const cases: [number, number, number][] = [
      [Date.UTC(2024, 5, 18), Date.UTC(2024, 5, 22), 4],
      [Date.UTC(2024, 5, 18, 3), Date.UTC(2024, 5, 18, 9, 30), 8],
      [Date.UTC(2000, 0, 1), Date.UTC(2025, 6, 1), 10],
      [Date.UTC(1999, 11, 31), Date.UTC(2000, 0, 2), 12],
      [Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 31), 11],
      [Date.UTC(2024, 5, 22), Date.UTC(2024, 5, 18), 4],
      [-86_400_000 * 3.5, 86_400_000 * 2.25, 6],
    ];
    for (const [a, b, n] of cases) expect(utcTicks(a, b, n)).toEqual(d3(a, b, n));
  });

  it('floors and ceils to UTC units like d3-time', () => {
    fc.assert(
      fc.property(fc.integer({ min: -60_000_000_000_000, max: 60_000_000_000_000 }), (t) => {
        expect(utcFloor('day', t)).toBe(utcDay.floor(new Date(t)).getTime());
        expect(utcFloor('month', t)).toBe(utcMonth.floor(new Date(t)).getTime());
        expect(utcFloor('year', t)).toBe(utcYear.floor(new Date(t)).getTime());
        expect(utcFloor('week', t)).toBe(utcSunday.floor(new Date(t)).getTime());
        expect(utcCeil('day', t)).toBe(utcDay.ceil(new Date(t)).getTime());
      }),
      { numRuns: 2000 },
    );
  });
});
