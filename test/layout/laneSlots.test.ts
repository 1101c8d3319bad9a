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
  const q = (u: number, width = 100) => ({ u, width });

  it('gives the lowest free row, and the row a label had before when it is free', () => {
    const s = new LaneSlots(3, 1000, 6, 0);
    expect(s.findRow(q(100))).toEqual({ row: 0, start: 100 });
    s.take(0, 100, 100);
    expect(s.findRow(q(150))).toEqual({ row: 1, start: 150 });
    expect(s.findRow(q(150), 2)).toEqual({ row: 2, start: 150 });
    // A preferred row that is taken falls back to the lowest free one.
    expect(s.findRow(q(150), 0)).toEqual({ row: 1, start: 150 });
  });

  it('keeps the label inside the axis near its end', () => {
    expect(new LaneSlots(2, 1000, 6, 0).findRow(q(950))).toEqual({ row: 0, start: 900 });
  });

  it('keeps the lane title at the start of the top row', () => {
    const s = new LaneSlots(1, 1000, 6, 80);
    expect(s.findRow(q(40))).toBeNull();
    expect(s.findRow(q(90))).toEqual({ row: 0, start: 90 });
  });

  it('remembers a failure: a label no narrower at the same pixel is turned away at once', () => {
    const s = new LaneSlots(1, 1000, 6, 0);
    s.take(0, 0, 300);
    expect(s.fullAt(100, 50)).toBe(false);
    expect(s.findRow(q(100, 50))).toBeNull();
    expect(s.fullAt(100, 60)).toBe(true);
    expect(s.fullAt(100.5, 50)).toBe(true);
    expect(s.fullAt(100, 40)).toBe(false);
  });

  it('a lane without rows takes no label', () => {
    const s = new LaneSlots(0, 1000, 6, 0);
    expect(s.fullAt(100, 50)).toBe(true);
    expect(s.findRow(q(100, 50))).toBeNull();
  });
});
