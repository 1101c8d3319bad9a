import { describe, expect, it } from 'vitest';
import { renderSVG, type StaticRenderOptions } from '../../src/node/renderSVG.js';
import { hostileTimeline } from '../support/hostileTimeline.js';
import { sampleTimeline } from '../support/sampleTimeline.js';
import { checkSnapshot } from './snapshotSupport.js';

// Committed SVG snapshots in test/output/. On a mismatch the new output is written beside the
// snapshot as <name>-changed.svg (gitignored) to diff or view; a missing snapshot is written
// locally, but fails when CI=true.
const cases: [string, () => string][] = [
  ['sample-ar', () => renderSVG(sampleTimeline())],
  ['sample-ar-sy-ltr-axis', () => renderSVG(sampleTimeline(), { locale: 'ar-SY', axisDirection: 'ltr', width: 900 })],
  ['sample-en-latn', () => renderSVG(sampleTimeline(), { locale: 'en', width: 900 })],
  ['sample-dark-lanes-type', () => renderSVG(sampleTimeline(), { theme: 'dark', lanes: 'type', height: 420 } satisfies StaticRenderOptions)],
  ['sample-hijri', () => renderSVG(sampleTimeline(), { calendar: 'islamic-umalqura', locale: 'ar-SA' })],
  ['sample-narrow-vertical', () => renderSVG(sampleTimeline(), { width: 360, height: 640 })],
  ['sample-narrow-vertical-hijri', () => renderSVG(sampleTimeline(), { width: 360, height: 640, secondaryCalendar: 'islamic-umalqura', domain: ['2024-06-01', '2024-09-01'] })],
  ['hostile', () => renderSVG(hostileTimeline())],
];

describe('SVG snapshots', () => {
  it.each(cases)('%s', (name, render) => {
    const result = checkSnapshot(name, render());
    if (result.status === 'changed') expect.fail(`${name}: output differs from ${result.path}; see ${result.changedPath}`);
    if (result.status === 'missing-in-ci') expect.fail(`${name}: no committed snapshot ${result.path} (run the tests locally and commit it)`);
    expect(['match', 'created']).toContain(result.status);
  });
});
