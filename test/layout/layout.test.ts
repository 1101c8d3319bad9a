import { describe, expect, it } from 'vitest';
import { datedEvents, layout } from '../../src/layout/layout.js';
import type { Layout, LayoutOptions } from '../../src/render/index.js';
import { sampleTimeline, syntheticTimeline } from './fixtures.js';
import { syntheticTimeline as newsTimeline } from '../support/syntheticTimeline.js';

function accounted(l: Layout): string[] {
  return [...l.marks.map((m) => m.id), ...l.clusters.flatMap((c) => c.eventIds), ...l.outside];
}
function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width - 1e-6 && b.x < a.x + a.width - 1e-6 && a.y < b.y + b.height - 1e-6 && b.y < a.y + a.height - 1e-6;
}
// The checks below are quadratic: they test plainly and call expect only on a failure, so a
// clean run stays fast (an expect per pair made the zoom-sequence test take seconds).
function assertNoLabelOverlap(l: Layout): void {
  const boxes = l.marks.flatMap((m) => (m.label === null ? [] : [m.label]));
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!, boxes[j]!)) expect.fail(`labels ${i} and ${j} overlap`);
}
function assertNoLabelOverMark(l: Layout): void {
  for (const m of l.marks) {
    if (m.label === null) continue;
    for (const n of l.marks) {
      if (n.lane !== m.lane) continue;
      const r = n.rect;
      // Shrink by a hair: touching edges are fine.
      if (overlaps(m.label, { x: r.x + 0.01, y: r.y + 0.01, width: Math.max(0, r.width - 0.02), height: Math.max(0, r.height - 0.02) })) expect.fail(`label of ${m.id} covers mark ${n.id}`);
    }
  }
}
function assertNoBadgeOverlap(l: Layout): void {
  for (let i = 0; i < l.clusters.length; i++)
    for (let j = i + 1; j < l.clusters.length; j++) {
      const a = l.clusters[i]!;
      const b = l.clusters[j]!;
      if (a.lane !== b.lane) continue;
      if (Math.hypot(a.cx - b.cx, a.cy - b.cy) < a.r + b.r - 1e-6) expect.fail(`badges ${a.id} and ${b.id} overlap`);
    }
}

const configs: [string, LayoutOptions][] = [
  ['rtl default', { width: 900, height: 360 }],
  ['ltr english', { width: 900, height: 360, locale: 'en' }],
  ['lanes by type', { width: 900, height: 600, lanes: 'type' }],
  ['lanes by actor', { width: 900, height: 900, lanes: 'actor' }],
  ['lanes by place', { width: 900, height: 900, lanes: 'place' }],
  ['lanes by source', { width: 900, height: 900, lanes: 'source' }],
  ['narrow: vertical', { width: 360, height: 800 }],
  ['narrow: vertical, lanes by type', { width: 375, height: 700, lanes: 'type' }],
  ['narrow: vertical, lanes by place, english', { width: 375, height: 700, lanes: 'place', locale: 'en' }],
  ['zoomed in', { width: 900, height: 360, domain: [Date.UTC(2024, 5, 17), Date.UTC(2024, 5, 22)] }],
  ['tiny', { width: 120, height: 60, orientation: 'horizontal' }],
  ['hijri second axis', { width: 900, height: 360, secondaryCalendar: 'islamic-umalqura' }],
];

describe('layout: every event drawn or counted, labels never overlap', () => {
  for (const [name, options] of configs) {
    it(name, () => {
      const tl = sampleTimeline();
      const l = layout(tl, options);
      const ids = accounted(l);
      expect(ids.slice().sort()).toEqual(tl.events.map((e) => e.id).sort());
      expect(new Set(ids).size).toBe(ids.length);
      expect(l.eventCount).toBe(tl.events.length);
      assertNoLabelOverlap(l);
      assertNoLabelOverMark(l);
      assertNoBadgeOverlap(l);
    });
  }
  it('holds for 2,000 dense synthetic events in 3 lanes', () => {
    const tl = syntheticTimeline(2000, 365, 3);
    const l = layout(tl, { width: 1000, height: 500, lanes: 'type' });
    expect(accounted(l).length).toBe(2000);
    expect(new Set(accounted(l)).size).toBe(2000);
    expect(l.clusters.length).toBeGreaterThan(0);
    assertNoLabelOverlap(l);
    assertNoLabelOverMark(l);
    assertNoBadgeOverlap(l);
  });
  it.each([
    ['horizontal, 900 × 360', 900, 360],
    ['horizontal, 1200 × 300', 1200, 300],
    ['vertical, 375 × 700', 375, 700],
  ] as const)('%s: many lanes become as many as fit, the least told sharing one "other" lane', (_, width, height) => {
    // 40 actors, the first ones in more events than the later ones.
    const tl = syntheticTimeline(800);
    tl.events.forEach((e, i) => (e.actors = [{ id: `a${Math.floor(Math.sqrt(i % 1600))}`, name: { ar: `فاعل ${Math.floor(Math.sqrt(i % 1600))}` } }]));
    const l = layout(tl, { width, height, lanes: 'actor' });
    const actors = new Set(tl.events.map((e) => e.actors[0]!.id));
    expect(actors.size).toBeGreaterThan(20);
    expect(l.lanes.length).toBeLessThan(actors.size);
    expect(l.lanes.length).toBeGreaterThan(1);
    const last = l.lanes[l.lanes.length - 1]!;
    expect(last.key).toBe('');
    expect(last.label).toBe('أخرى');
    // The named lanes are the most told actors.
    const told = new Map<string, number>();
    for (const e of tl.events) told.set(e.actors[0]!.id, (told.get(e.actors[0]!.id) ?? 0) + 1);
    const least = Math.min(...l.lanes.slice(0, -1).map((ln) => told.get(ln.key)!));
    for (const [id, n] of told) if (!l.lanes.some((ln) => ln.key === id)) expect(n).toBeLessThanOrEqual(least);
    expect(new Set(accounted(l)).size).toBe(800);
    assertNoLabelOverlap(l);
    assertNoBadgeOverlap(l);
    if (l.orientation === 'horizontal') {
      // Every lane is high enough for a row of labels, and labels are placed in each.
      for (const ln of l.lanes) expect(l.marks.some((m) => m.lane === ln.index && m.label !== null)).toBe(true);
    } else {
      // Lane columns a badge apart.
      for (let i = 1; i < l.lanes.length; i++) expect(Math.abs(l.lanes[i]!.track - l.lanes[i - 1]!.track)).toBeGreaterThanOrEqual(22 - 1e-6);
    }
  });

  it('draws one untitled lane when only one fits', () => {
    const l = layout(sampleTimeline(), { width: 900, height: 100, lanes: 'type' });
    expect(l.lanes.length).toBe(1);
    expect(l.lanes[0]!.label).toBe('');
    expect(new Set(accounted(l)).size).toBe(sampleTimeline().events.length);
  });

  it('gives every lane a row on its track, even when lanes are low', () => {
    const l = layout(sampleTimeline(), { width: 1000, height: 640, lanes: 'place', domain: [Date.UTC(2024, 5, 10), Date.UTC(2024, 6, 25)] });
    expect(l.marks.length).toBeGreaterThanOrEqual(6);
    assertNoLabelOverlap(l);
    assertNoLabelOverMark(l);
  });
});

describe('layout: count badges show where the events are', () => {
  it('keeps vertical lanes\' badges off the points of their track where there is room (a point would cover the count)', () => {
    // Lanes by type and by source, 300 and 1,000 events, two heights: before, 18 % of the badges
    // had a point mark on them; what is left are runs with no room between two labelled points.
    let badges = 0;
    let covered = 0;
    for (const n of [300, 1000]) for (const height of [600, 900]) for (const lanes of ['type', 'source'] as const) {
      const l = layout(newsTimeline(n), { width: 420, height, orientation: 'vertical', lanes });
      expect(l.lanes.length, `${n} ${height} ${lanes}`).toBeGreaterThan(1);
      badges += l.clusters.length;
      for (const c of l.clusters) if (l.marks.some((m) => m.lane === c.lane && m.shape === 'point' && Math.abs(m.cy - c.cy) < c.r + 5)) covered++;
    }
    expect(badges).toBeGreaterThan(500);
    expect(covered / badges).toBeLessThan(0.08);
  });
  it.each([
    ['horizontal', 1000, 600],
    ['vertical', 375, 800],
  ] as const)('%s: a dense stretch is a row of badges, each over its own events and opening on its own span', (_, width, height) => {
    const tl = syntheticTimeline(10_000);
    const l = layout(tl, { width, height });
    const full = l.fullDomain[1] - l.fullDomain[0];
    const vertical = l.orientation === 'vertical';
    const along = (c: { cx: number; cy: number }) => (vertical ? c.cy : c.cx);
    // Where each event's mark would stand along the axis (its start, or its middle when short).
    const pxPerMs = Math.abs(l.range[1] - l.range[0]) / full;
    const axisLength = Math.abs(l.range[1] - l.range[0]);
    expect(l.clusters.length).toBeGreaterThan(axisLength / 60);
    for (const c of l.clusters) {
      // Each badge counts a short stretch of time, so clicking it zooms in…
      expect((c.domain[1] - c.domain[0]) * pxPerMs, c.id).toBeLessThan(2 * c.r + 4 + 40);
      // …and stands over it (not in the middle of the axis).
      const lo = Math.min(...[c.domain[0], c.domain[1]].map((t) => l.range[0] + (t - l.domain[0]) * (l.range[1] - l.range[0]) / full));
      const hi = Math.max(...[c.domain[0], c.domain[1]].map((t) => l.range[0] + (t - l.domain[0]) * (l.range[1] - l.range[0]) / full));
      expect(along(c), c.id).toBeGreaterThan(lo - 2 * c.r - 4);
      expect(along(c), c.id).toBeLessThan(hi + 2 * c.r + 4);
    }
    assertNoBadgeOverlap(l);
    expect(new Set(accounted(l)).size).toBe(10_000);
  });

  it('a badge that folds in the crowd at the plot’s end and grows a digit does not cover the one before it', () => {
    const DAY = 86_400_000;
    const D0 = Date.UTC(2020, 0, 1);
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const { claims: _, ...base } = sampleTimeline().events[0]!;
    const event = (id: string, day: number) => ({ ...base, id, disputed: false, title: `حدث ${id}`, when: { value: iso(D0 + day * DAY), start: iso(D0 + day * DAY), end: iso(D0 + (day + 1) * DAY), precision: 'day' as const, approximate: false } });
    // One pixel a day: a badge at day 253, one at 276, and 10,000 events on the plot's last day.
    const tl = { ...sampleTimeline(), events: [event('a', 253), event('b', 276), ...Array.from({ length: 10_000 }, (_, i) => event(`c${i}`, 299))] };
    const l = layout(tl, { width: 324, height: 90, orientation: 'horizontal', axisDirection: 'ltr', domain: [D0 - DAY / 2, D0 + 299.5 * DAY] });
    expect(Math.max(...l.clusters.map((c) => c.count))).toBeGreaterThanOrEqual(10_000);
    assertNoBadgeOverlap(l);
    expect(new Set(accounted(l)).size).toBe(10_002);
  });
});

describe('layout: axis direction', () => {
  it('mirrors x for an rtl axis: the earliest event is on the right', () => {
    const tl = sampleTimeline();
    const rtl = layout(tl, { width: 900, height: 360, axisDirection: 'rtl' });
    const ltr = layout(tl, { width: 900, height: 360, axisDirection: 'ltr' });
    expect(rtl.range).toEqual([ltr.range[1], ltr.range[0]]);
    for (const m of rtl.marks) {
      const twin = ltr.marks.find((n) => n.id === m.id);
      if (twin === undefined) continue;
      // Mirror around the plot's centre line.
      expect(m.cx + twin.cx).toBeCloseTo(rtl.plot.x * 2 + rtl.plot.width, 6);
    }
    const ordered = rtl.marks.slice().sort((a, b) => b.cx - a.cx).map((m) => m.id);
    expect(ordered[0]).toBe('putin-nk-2000');
  });
  it('keeps axis direction apart from text direction', () => {
    const l = layout(sampleTimeline(), { locale: 'ar-EG', axisDirection: 'ltr' });
    expect(l.textDirection).toBe('rtl');
    expect(l.axisDirection).toBe('ltr');
    expect(l.range[0]).toBeLessThan(l.range[1]);
  });
  it('follows the locale when unset', () => {
    expect(layout(sampleTimeline(), { locale: 'en' }).axisDirection).toBe('ltr');
    expect(layout(sampleTimeline(), {}).axisDirection).toBe('rtl');
  });
});

describe('layout: honest precision', () => {
  const tl = sampleTimeline();
  it('a day is a point when zoomed out and a day-wide band when zoomed in', () => {
    const out = layout(tl, { width: 900, height: 360 });
    const inn = layout(tl, { width: 900, height: 360, domain: [Date.UTC(2024, 5, 17), Date.UTC(2024, 5, 22)] });
    const id = 'pyongyang-treaty';
    const a = out.marks.find((m) => m.id === id) ?? null;
    if (a !== null) expect(a.shape).toBe('point');
    const b = inn.marks.find((m) => m.id === id);
    expect(b?.shape).toBe('band');
    const pxPerDay = Math.abs(inn.range[1] - inn.range[0]) / 5;
    expect(b?.width).toBeCloseTo(pxPerDay, 3);
  });
  it('a year is a band across the year, approximate flagged, scheduled hollow', () => {
    const l = layout(tl, { width: 900, height: 360 });
    const year = l.marks.find((m) => m.id === 'crimea-2014');
    expect(year?.shape).toBe('band');
    expect(l.marks.find((m) => m.id === 'putin-nk-2000')?.approximate).toBe(true);
    const all = layout(tl, { width: 900, height: 360, domain: [Date.UTC(2024, 11, 1), Date.UTC(2025, 2, 1)] });
    expect(all.marks.find((m) => m.id === 'inauguration-january')?.hollow).toBe(true);
  });
  it('a disputed event shows each claim and the span between them', () => {
    const l = layout(tl, { width: 900, height: 360, domain: [Date.UTC(2024, 5, 17), Date.UTC(2024, 5, 22)] });
    const m = l.marks.find((x) => x.id === 'pyongyang-arrival');
    expect(m?.disputed).toBe(true);
    expect(m?.claims.length).toBe(2);
    expect(m?.claimSpan).not.toBeNull();
    expect(Math.abs((m?.claims[1]?.x ?? 0) - (m?.claims[0]?.x ?? 0))).toBeGreaterThan(50);
  });
});

describe('layout: dates written', () => {
  it('writes the date at its precision with Levantine names and Arabic-Indic digits', () => {
    const l = layout(sampleTimeline(), { locale: 'ar-SY', domain: [Date.UTC(2024, 5, 17), Date.UTC(2024, 5, 22)] });
    const m = l.marks.find((x) => x.id === 'hanoi-arrival');
    expect(m?.dateText).toBe('ليل الخميس ٢٠ حزيران ٢٠٢٤');
    expect(m?.ariaLabel).toBe('ليل الخميس ٢٠ حزيران ٢٠٢٤، بوتين يصل إلى هانوي');
    expect(l.axis.ticks.map((t) => t.label)).toContain('١٩');
  });
  it('joins an aria-label by the text direction asked for, each time (the labels are kept per timeline)', () => {
    const tl = sampleTimeline();
    const domain: [number, number] = [Date.UTC(2024, 5, 17), Date.UTC(2024, 5, 22)];
    const cases: ['rtl' | 'ltr', string][] = [
      ['rtl', 'ليل الخميس ٢٠ حزيران ٢٠٢٤، بوتين يصل إلى هانوي'],
      ['ltr', 'ليل الخميس ٢٠ حزيران ٢٠٢٤, بوتين يصل إلى هانوي'],
      ['rtl', 'ليل الخميس ٢٠ حزيران ٢٠٢٤، بوتين يصل إلى هانوي'],
    ];
    for (const [textDirection, want] of cases) {
      const l = layout(tl, { locale: 'ar-SY', domain, textDirection });
      expect(l.marks.find((x) => x.id === 'hanoi-arrival')?.ariaLabel, textDirection).toBe(want);
    }
  });
  it('writes English ticks and titles for en', () => {
    const l = layout(sampleTimeline(), { locale: 'en', domain: [Date.UTC(2024, 5, 17), Date.UTC(2024, 5, 22)] });
    expect(l.marks.find((x) => x.id === 'hanoi-arrival')?.title).toBe('Putin arrives in Hanoi');
    expect(l.axis.ticks[0]?.label).toMatch(/^June 1\d$/u);
  });
  it('adds an Umm al-Qura tick row', () => {
    const l = layout(sampleTimeline(), { locale: 'ar', secondaryCalendar: 'islamic-umalqura', domain: [Date.UTC(2024, 5, 1), Date.UTC(2024, 8, 1)] });
    expect(l.axis.secondaryCalendar).toBe('islamic-umalqura');
    expect(l.axis.secondary.map((t) => t.label).join(' ')).toMatch(/محرم/u);
  });

  it.each([['rtl', 'ar'], ['ltr', 'en']] as const)('vertical (%s): the Umm al-Qura labels get a column of their own, outside the Gregorian one', (dir, locale) => {
    const domain: [number, number] = [Date.UTC(2024, 5, 1), Date.UTC(2024, 8, 1)];
    const one = layout(sampleTimeline(), { width: 375, height: 700, locale, domain });
    const two = layout(sampleTimeline(), { width: 375, height: 700, locale, domain, secondaryCalendar: 'islamic-umalqura' });
    expect(two.orientation).toBe('vertical');
    expect(two.axis.secondaryCalendar).toBe('islamic-umalqura');
    expect(two.axis.secondary.length).toBeGreaterThan(1);
    const out = dir === 'rtl' ? 1 : -1;
    for (const t of two.axis.ticks) expect(t.labelX).toBe(two.axis.x1);
    // Each column is 78 px: the second starts where the first ends, both inside the drawing.
    for (const t of two.axis.secondary) {
      expect((t.labelX - two.axis.x1) * out).toBe(78);
      expect(t.y).toBeGreaterThanOrEqual(two.axis.y1 - 1e-6);
      expect(t.y).toBeLessThanOrEqual(two.axis.y2 + 1e-6);
    }
    expect(dir === 'rtl' ? two.axis.x1 + 2 * 78 : two.axis.x1 - 2 * 78).toBeCloseTo(dir === 'rtl' ? 375 - 12 : 12, 6);
    // The plot gives the column its room: the axis (and every lane) moves inward by it.
    expect((one.axis.x1 - two.axis.x1) * out).toBe(78);
    expect(two.marks.length + two.clusters.reduce((n, c) => n + c.count, 0) + two.outside.length).toBe(sampleTimeline().events.length);
  });
});

describe('datedEvents', () => {
  it('gives every event, earliest first, with the title and date its mark carries', () => {
    const tl = sampleTimeline();
    const dated = datedEvents(tl, { locale: 'ar-SY' });
    expect(dated.map((d) => d.event.id).sort()).toEqual(tl.events.map((e) => e.id).sort());
    const starts = dated.map((d) => Date.parse(d.event.when.start.length === 10 ? d.event.when.start + 'T00:00Z' : d.event.when.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const l = layout(tl, { width: 900, height: 360, locale: 'ar-SY' });
    for (const m of l.marks) {
      const d = dated.find((x) => x.event.id === m.id)!;
      expect(d.date()).toBe(m.dateText);
      expect(d.title).toBe(m.title);
    }
    expect(datedEvents(tl, { locale: 'en' }).find((d) => d.event.titleEn !== undefined)?.title).toMatch(/[A-Za-z]/u);
  });
});

describe('layout: bad input names what is wrong', () => {
  it('rejects bad event times with the path', () => {
    const tl = sampleTimeline();
    (tl.events[3]!.when as { start: unknown }).start = 'yesterday';
    expect(() => layout(tl)).toThrow(/events\[3\]\.when\.start.*"yesterday"/u);
  });
  it('rejects duplicate ids', () => {
    const tl = sampleTimeline();
    tl.events[1]!.id = tl.events[0]!.id;
    expect(() => layout(tl)).toThrow(/events\[1\]\.id: duplicate/u);
  });
  it('rejects a non-timeline', () => {
    expect(() => layout(null as never)).toThrow(TypeError);
    expect(() => layout({ events: 3 } as never)).toThrow(/timeline\.events/u);
  });
  it('lays out an empty timeline', () => {
    const l = layout({ version: 1, language: 'ar', articles: [], events: [] });
    expect(l.marks).toEqual([]);
    expect(l.eventCount).toBe(0);
  });
});

describe('layout: zoomed views skip what is out of view, exactly', () => {
  const start = Date.parse('2024-06-10T00:00Z');
  const end = Date.parse('2024-06-20T00:00Z');
  it.each([
    ['a day starting at the span\'s end', { start: '2024-06-20', end: '2024-06-21', precision: 'day' }, true],
    ['an instant at the span\'s end', { start: '2024-06-20T00:00Z', end: '2024-06-20T00:00Z', precision: 'minute' }, false],
    ['a day ending at the span\'s start', { start: '2024-06-09', end: '2024-06-10', precision: 'day' }, true],
    ['an instant at the span\'s start', { start: '2024-06-10T00:00Z', end: '2024-06-10T00:00Z', precision: 'minute' }, false],
    ['a day inside', { start: '2024-06-15', end: '2024-06-16', precision: 'day' }, false],
  ] as const)('%s: outside is %s', (_, when, outside) => {
    const base = sampleTimeline();
    const event = { ...base.events[0]!, id: 'edge', when: { ...base.events[0]!.when, ...when } };
    const l = layout({ ...base, events: [event] }, { width: 800, height: 300, domain: [start, end] });
    expect(l.outside.includes('edge')).toBe(outside);
    expect(accounted(l)).toEqual(['edge']);
  });
  it('puts in `outside` exactly the events that end before or start after the visible span', () => {
    const tl = syntheticTimeline(3000, 3650, 2);
    const full = layout(tl, { width: 1000, height: 400 });
    const [a, b] = full.fullDomain;
    const spans: [number, number][] = [
      [a, b],
      [a + (b - a) * 0.4, a + (b - a) * 0.45],
      [a - (b - a), a + (b - a) * 0.01],
      [a + (b - a) * 0.99, b + (b - a)],
      [a + (b - a) * 0.2, a + (b - a) * 0.2 + 86_400_000],
    ];
    for (const domain of spans) {
      const l = layout(tl, { width: 1000, height: 400, domain });
      const naive = tl.events
        .filter((e) => {
          const t0 = Date.parse(e.when.start + (e.when.start.includes('T') ? '' : 'T00:00Z'));
          const t1raw = Date.parse(e.when.end + (e.when.end.includes('T') ? '' : 'T00:00Z'));
          const t1 = t1raw > t0 ? t1raw : t0 + 1;
          return t1 <= domain[0] || t0 > domain[1] || (t0 === domain[1] && t1 > t0 + 1);
        })
        .map((e) => e.id);
      expect(l.outside.slice().sort()).toEqual(naive.sort());
      // Written when first read, the same every time, and in the layout as plain data.
      expect(l.outside).toBe(l.outside);
      expect(JSON.parse(JSON.stringify(l)).outside).toEqual(l.outside);
      expect({ ...l }.outside).toEqual(l.outside);
      expect(accounted(l).length).toBe(3000);
      expect(new Set(accounted(l)).size).toBe(3000);
    }
  });
});

describe('layout: lanes of a zoomed view', () => {
  const tl = sampleTimeline();
  const laneOf = (id: string, key: (e: (typeof tl.events)[number]) => string) => key(tl.events.find((e) => e.id === id)!);
  it.each([['horizontal', 900], ['vertical', 375]] as const)('%s: only lanes with an event in view take room, the rest give it', (_, width) => {
    const full = layout(tl, { width, height: 700, lanes: 'type' });
    const domain: [number, number] = [Date.UTC(2024, 5, 17), Date.UTC(2024, 5, 22)];
    const zoomed = layout(tl, { width, height: 700, lanes: 'type', domain });
    const inView = new Set(tl.events.filter((e) => !zoomed.outside.includes(e.id)).map((e) => e.type));
    expect(full.lanes.length).toBeGreaterThan(inView.size);
    expect(zoomed.lanes.map((l) => l.key).sort()).toEqual([...inView].sort());
    // Every mark and badge sits in a lane of its own event's type.
    for (const m of zoomed.marks) expect(zoomed.lanes[m.lane]!.key).toBe(laneOf(m.id, (e) => e.type));
    for (const c of zoomed.clusters) for (const id of c.eventIds) expect(zoomed.lanes[c.lane]!.key).toBe(laneOf(id, (e) => e.type));
    expect(new Set(accounted(zoomed)).size).toBe(tl.events.length);
    if (width === 900) expect(zoomed.lanes[0]!.box.height).toBeGreaterThan(full.lanes[0]!.box.height);
  });

  it('keeps every lane when nothing is in view', () => {
    const l = layout(tl, { width: 900, height: 700, lanes: 'type', domain: [Date.UTC(1950, 0, 1), Date.UTC(1951, 0, 1)] });
    expect(l.lanes.length).toBe(layout(tl, { width: 900, height: 700, lanes: 'type' }).lanes.length);
    expect(l.outside.length).toBe(tl.events.length);
  });
});

describe('layout: labels stay put through zoom', () => {
  const tl = syntheticTimeline(2000, 3650, 1);
  const opts = { width: 1000, height: 500 };
  const base = layout(tl, opts);
  const [lo, hi] = base.fullDomain;
  const mid = (lo + hi) / 2;
  const at = (k: number, previous: Layout | null) => layout(tl, { ...opts, domain: [mid - (hi - lo) / (2 * k), mid + (hi - lo) / (2 * k)], previous });
  const byId = new Map(tl.events.map((e) => [e.id, e]));

  it('an event labelled before a zoom-in step keeps its label and, given the layout before, its row', () => {
    // Labels handed out along the axis kept 8–90% (half on average) from one step to the next.
    let prev = at(1.5, null);
    const keptShares: number[] = [];
    for (let k = 1.5 * 1.15; k < 40; k *= 1.15) {
      const next = at(k, prev);
      const rows = new Map(next.marks.map((m) => [m.id, m.label?.row]));
      const [dlo, dhi] = next.domain;
      // Marks still well inside the view (a label near the edge may be clamped or cut).
      const kept = prev.marks.filter((m) => {
        const t = Date.parse(byId.get(m.id)!.when.start + 'T00:00Z');
        return t > dlo + (dhi - dlo) * 0.1 && t < dhi - (dhi - dlo) * 0.25;
      });
      const stayed = kept.filter((m) => rows.has(m.id));
      keptShares.push(stayed.length / Math.max(1, kept.length));
      expect(stayed.length / Math.max(1, kept.length), `labels kept at ×${k.toFixed(2)}`).toBeGreaterThan(0.8);
      const sameRow = stayed.filter((m) => rows.get(m.id) === m.label?.row);
      expect(sameRow.length / Math.max(1, stayed.length), `rows kept at ×${k.toFixed(2)}`).toBeGreaterThan(0.8);
      assertNoLabelOverlap(next);
      assertNoLabelOverMark(next);
      prev = next;
    }
    expect(keptShares.reduce((a, b) => a + b, 0) / keptShares.length).toBeGreaterThan(0.9);
  });

  it('without a previous layout, a label takes the lowest free row', () => {
    const sparse = layout(sampleTimeline(), { width: 900, height: 360, domain: [Date.UTC(1990, 0, 1), Date.UTC(2003, 0, 1)] });
    expect(sparse.marks.map((m) => m.label?.row)).toEqual(sparse.marks.map(() => 0));
  });

  it('rejects a previous that is not a layout', () => {
    expect(() => layout(sampleTimeline(), { previous: { marks: 3 } as unknown as Layout })).toThrow(/invalid previous/u);
  });
});
