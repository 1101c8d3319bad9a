import { describe, expect, it } from 'vitest';
import { IntervalRow, LaneSlots } from '../../src/layout/laneSlots.js';

describe('IntervalRow', () => {
  // [intervals added, query (a, b), free?]
  const cases: [string, [number, number][], [number, number], boolean][] = [
    ['empty row', [], [0, 100], true],
    ['before the first', [[50, 80]], [0, 50], true],
    ['after the last', [[50, 80]], [80, 120], true],
    ['overlapping the start', [[50, 80]], [40, 51], false],
    ['inside', [[50, 80]], [60, 70], false],
    ['covering', [[50, 80]], [0, 200], false],
    ['in the gap between two', [[10, 20], [40, 50]], [20, 40], true],
    ['touching both of a gap too small', [[10, 20], [40, 50]], [19, 41], false],
    ['added out of order', [[40, 50], [10, 20], [60, 70]], [50, 60], true],
  ];
  it.each(cases)('%s', (_name, added, [a, b], free) => {
    const row = new IntervalRow();
    for (const [s, e] of added) row.add(s, e);
    expect(row.free(a, b)).toBe(free);
  });
});

describe('LaneSlots', () => {
  const q = (u: number, width = 100): [number, number] => [u, width];

  it('gives the lowest free row, and the row a label had before when it is free', () => {
    const s = new LaneSlots(3, 1000, 6, 0);
    expect(s.findRow(...q(100))).toEqual({ row: 0, start: 100 });
    s.take(0, 100, 100);
    expect(s.findRow(...q(150))).toEqual({ row: 1, start: 150 });
    expect(s.findRow(...q(150), 2)).toEqual({ row: 2, start: 150 });
    // A preferred row that is taken falls back to the lowest free one.
    expect(s.findRow(...q(150), 0)).toEqual({ row: 1, start: 150 });
  });

  it('keeps the label inside the axis near its end', () => {
    expect(new LaneSlots(2, 1000, 6, 0).findRow(...q(950))).toEqual({ row: 0, start: 900 });
  });

  it('keeps the lane title at the start of the top row', () => {
    const s = new LaneSlots(1, 1000, 6, 80);
    expect(s.findRow(...q(40))).toBeNull();
    expect(s.findRow(...q(90))).toEqual({ row: 0, start: 90 });
  });

  it('remembers what a failed search learnt: the room left at that pixel and the next ones', () => {
    const s = new LaneSlots(1, 1000, 6, 0);
    s.take(0, 0, 50);
    s.take(0, 200, 100);
    expect(s.fullAt(100, 95)).toBe(false);
    expect(s.findRow(...q(100, 120))).toBeNull();
    // The interval at 200 leaves 200 - 6 - 100 = 94 pixels at 100, and 44 at 150.
    expect(s.fullAt(100, 95)).toBe(true);
    expect(s.fullAt(100.5, 95)).toBe(true);
    expect(s.fullAt(100, 94)).toBe(false);
    expect(s.fullAt(150, 45)).toBe(true);
    expect(s.fullAt(150, 44)).toBe(false);
    // Inside the interval nothing fits; past its end + gap nothing was learnt.
    expect(s.fullAt(250, 1)).toBe(true);
    expect(s.fullAt(320, 500)).toBe(false);
  });

  it('learns nothing from a failure caused by an interval that ends within the same pixel', () => {
    // [0, 100) blocks a label at 105.5 (its gap reaches back to 99.5) but no label starting at 106
    // or later: the room past here is not bounded by anything in this row.
    const s = new LaneSlots(1, 1000, 6, 0);
    s.take(0, 0, 100);
    expect(s.findRow(...q(105.5, 50))).toBeNull();
    expect(s.fullAt(106, 50)).toBe(false);
    expect(s.fullAt(200, 500)).toBe(false);
    expect(s.findRow(...q(200, 50))).toEqual({ row: 0, start: 200 });
  });

  it('turns away only labels that find no row (random placements against a search without memory)', () => {
    let seed = 7;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let trial = 0; trial < 80; trial++) {
      const rows = 1 + Math.floor(rand() * 4);
      const length = 300 + Math.floor(rand() * 900);
      const gap = [0, 3, 6, 9.5][trial % 4] as number;
      const s = new LaneSlots(rows, length, gap, trial % 3 === 0 ? 60 : 0);
      const plain = new LaneSlots(rows, length, gap, trial % 3 === 0 ? 60 : 0);
      for (let k = 0; k < 400; k++) {
        const req = q(rand() * length, 20 + rand() * 150);
        // A row the label had before the zoom step, or none.
        const preferred = Math.floor(rand() * (rows + 1)) - 1;
        // The reference forgets every failure: a new search from scratch each time.
        const fresh = new LaneSlots(rows, length, gap, 0);
        (fresh as unknown as { rows: unknown }).rows = (plain as unknown as { rows: unknown }).rows;
        const want = fresh.findRow(...req, preferred);
        // As layout asks: fullAt first (the pruning under test), then a search.
        expect(s.fullAt(...req) ? null : s.findRow(...req, preferred)).toEqual(want);
        if (want !== null) {
          s.take(want.row, want.start, req[1]);
          plain.take(want.row, want.start, req[1]);
        }
      }
    }
  });

  it('a lane without rows takes no label', () => {
    const s = new LaneSlots(0, 1000, 6, 0);
    expect(s.fullAt(100, 50)).toBe(true);
    expect(s.findRow(...q(100, 50))).toBeNull();
  });
});
