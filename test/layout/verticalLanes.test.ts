import { describe, expect, it } from 'vitest';
import { layout } from '../../src/layout/layout.js';
import { textWidth } from '../../src/layout/textWidth.js';
import type { Box, Layout } from '../../src/layout/types.js';
import { sampleTimeline } from './fixtures.js';
import { syntheticTimeline } from '../support/syntheticTimeline.js';

// Below ~480 px the timeline turns vertical; lanes must survive that: one column per lane, each
// lane's title readable in a header row of its own, in the reader's language.

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width - 1e-6 && b.x < a.x + a.width - 1e-6 && a.y < b.y + b.height - 1e-6 && b.y < a.y + a.height - 1e-6;

/** The box a lane title covers: from its anchor away from the axis, one row high. */
function titleBox(l: Layout, i: number): Box {
  const lane = l.lanes[i]!;
  const t = lane.title!;
  const w = textWidth(t.text, l.fontSize);
  const rowH = Math.round(l.fontSize * 1.7);
  return { x: l.textDirection === 'rtl' ? t.x - w : t.x, y: t.y - rowH / 2 - l.fontSize * 0.35, width: w, height: rowH };
}

describe('vertical layout with lanes', () => {
  for (const [locale, dir] of [['ar', 'rtl'], ['en', 'ltr']] as const) {
    for (const lanes of ['type', 'actor', 'place', 'source'] as const) {
      it(`${lanes} lanes, ${locale}: a column and a visible, non-overlapping title per lane`, () => {
        const l = layout(sampleTimeline(), { width: 375, height: 700, lanes, locale });
        expect(l.orientation).toBe('vertical');
        expect(l.textDirection).toBe(dir);
        expect(l.lanes.length).toBeGreaterThan(1);
        const tracks = l.lanes.map((lane) => lane.track);
        expect(new Set(tracks).size).toBe(tracks.length);
        l.lanes.forEach((lane, i) => {
          expect(lane.title, `lane ${lane.key} has a title`).toBeDefined();
          expect(lane.title!.text.length).toBeGreaterThan(0);
          const box = titleBox(l, i);
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(l.width + 0.5);
          for (let j = 0; j < l.lanes.length; j++) {
            if (j === i) continue;
            expect(overlaps(box, titleBox(l, j)), `titles ${i} and ${j} overlap`).toBe(false);
            expect(overlaps(box, l.lanes[j]!.box), `title ${i} crosses the column of lane ${j}`).toBe(false);
          }
        });
        // Marks sit on their own lane's column; labels stay out of every column.
        for (const m of l.marks) expect(m.cx).toBeCloseTo(l.lanes[m.lane]!.track, 6);
        for (const m of l.marks) if (m.label !== null) for (const lane of l.lanes) expect(overlaps(m.label, lane.box), `label of ${m.id} over lane ${lane.key}`).toBe(false);
        // The plot starts below the header rows.
        const lastTitle = titleBox(l, l.lanes.length - 1);
        expect(l.plot.y).toBeGreaterThanOrEqual(lastTitle.y + lastTitle.height);
      });
    }
  }

  it('writes lane titles in the reader’s language', () => {
    const en = layout(sampleTimeline(), { width: 375, height: 700, lanes: 'type', locale: 'en' });
    const ar = layout(sampleTimeline(), { width: 375, height: 700, lanes: 'type', locale: 'ar' });
    const enTitles = en.lanes.map((l) => l.title!.text);
    const arTitles = ar.lanes.map((l) => l.title!.text);
    for (const t of enTitles) expect(t).toMatch(/^[A-Za-z …’'-]+$/u);
    for (const t of arTitles) expect(t).toMatch(/[\u0600-\u06ff]/u);
    const enPlaces = layout(sampleTimeline(), { width: 375, height: 700, lanes: 'place', locale: 'en' }).lanes.map((l) => l.title!.text);
    expect(enPlaces).toContain('Hanoi');
  });

  it('keeps the count badges of neighbouring lanes apart, up to three-digit counts', () => {
    // [events, width, lanes]: badges of a dense narrow view count tens to hundreds of events.
    const cases: [number, number, 'type' | 'source'][] = [
      [2000, 375, 'type'],
      [5000, 320, 'source'],
      [10000, 440, 'type'],
      [10000, 375, 'source'],
    ];
    let threeDigits = 0;
    for (const [n, width, lanes] of cases) {
      const l = layout(syntheticTimeline(n), { width, height: 700, lanes });
      expect(l.lanes.length, `${n} ${width} ${lanes}`).toBeGreaterThan(1);
      const small = l.clusters.filter((c) => c.count < 1000);
      threeDigits += small.filter((c) => c.count >= 100).length;
      for (const a of small) {
        for (const b of small) {
          if (a.lane >= b.lane) continue;
          expect(Math.hypot(a.cx - b.cx, a.cy - b.cy), `${n} ${width} ${lanes}: badges ${a.id} and ${b.id}`).toBeGreaterThanOrEqual(a.r + b.r);
        }
      }
    }
    expect(threeDigits).toBeGreaterThan(0);
  });

  it('leaves the labels a column of at least 120 px however many lanes fit', () => {
    const tl = syntheticTimeline(300);
    for (const locale of ['ar', 'en']) {
      for (let width = 300; width < 480; width += 10) {
        const l = layout(tl, { width, height: 700, lanes: 'type', locale });
        expect(l.orientation).toBe('vertical');
        const rtl = l.textDirection === 'rtl';
        // A leader ends at the column's edge nearest the lanes; the column runs from there to the
        // drawing's 12 px margin.
        const columns = l.marks.flatMap((m) => (m.label === null ? [] : [rtl ? m.label.leader.x2 - 12 : width - 12 - m.label.leader.x2]));
        expect(columns.length, `${locale} ${width}`).toBeGreaterThan(0);
        expect(Math.min(...columns), `${locale} ${width}: ${l.lanes.length} lanes`).toBeGreaterThanOrEqual(120);
      }
    }
  });

  it('keeps the single column without lanes', () => {
    const l = layout(sampleTimeline(), { width: 375, height: 700 });
    expect(l.lanes.length).toBe(1);
    expect(l.lanes[0]!.title).toBeUndefined();
  });
});
