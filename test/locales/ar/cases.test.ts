// Runs every Arabic case table: one describe per family, one test per row. A failing row prints
// every expression the tagger found in the sentence; passing rows print nothing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagTimes } from '../../../src/index.js';
import type { NegativeCase, PositiveCase } from './caseTypes.js';
import { families } from './families.js';
import { compareExpression, findExpression, lookAlikeHits, rowOptions, trace } from './match.js';
import { SNAPSHOT_PATH, renderSnapshot } from './snapshot.js';

function label(row: PositiveCase | NegativeCase): string {
  const pub = row.published ?? 'undated';
  const fwd = 'options' in row && row.options?.forwardDate ? ' forwardDate' : '';
  const what = 'expected' in row ? `«${row.expected.text}» → ${String(row.expected.value)}` : `not «${row.notTagged}»`;
  return `[${pub}${fwd}] ${what} — ${row.input}`;
}

function checkPositive(row: PositiveCase): void {
  const found = tagTimes(row.input, rowOptions(row));
  const got = findExpression(found, row.input, row.expected);
  const diffs = compareExpression(got, row.expected);
  expect(diffs, `${diffs.join('\n')}\nall expressions in «${row.input}» (published ${row.published ?? 'none'}):\n${trace(found)}`).toEqual([]);
  if (got) expect(got.text, 'span must slice the input').toBe(row.input.slice(got.start, got.end));
}

function checkNegative(row: NegativeCase): void {
  const found = tagTimes(row.input, rowOptions(row));
  const hits = lookAlikeHits(found, row);
  expect(hits.length, `«${row.notTagged}» must not be tagged${row.note ? ` (${row.note})` : ''}; all expressions:\n${trace(found)}`).toBe(0);
}

function check(row: PositiveCase | NegativeCase): void {
  if ('expected' in row) checkPositive(row);
  else checkNegative(row);
}

for (const fam of families) {
  describe(fam.name, () => {
    if (fam.cases.length > 0) it.each(fam.cases.map((r) => [label(r), r] as const))('%s', (_, row) => checkPositive(row));
    if (fam.negatives && fam.negatives.length > 0) {
      it.each(fam.negatives.map((r) => [label(r), r] as const))('%s', (_, row) => checkNegative(row));
    }
    // Rows the tagger still gets wrong: they must keep failing; when one passes, move it back.
    const gaps = fam.knownGaps ?? [];
    if (gaps.length > 0) it.fails.each(gaps.map((r) => [`known gap: ${label(r)}`, r] as const))('%s', (_, row) => check(row));
  });
}

describe('case tables', () => {
  it('have at least 15 rows per family and no duplicate rows', () => {
    for (const fam of families) {
      const rows = [...fam.cases, ...(fam.negatives ?? []), ...(fam.knownGaps ?? [])];
      expect(rows.length, fam.name).toBeGreaterThanOrEqual(15);
      const keys = rows.map((r) => `${r.published}|${'expected' in r ? r.expected.text : r.notTagged}|${r.input}`);
      expect(new Set(keys).size, `${fam.name} has duplicate rows`).toBe(keys.length);
    }
  });

  it('snapshot.md is up to date (UPDATE_AR_SNAPSHOT=1 regenerates it)', () => {
    const fresh = renderSnapshot();
    if (process.env.UPDATE_AR_SNAPSHOT || !existsSync(SNAPSHOT_PATH)) writeFileSync(SNAPSHOT_PATH, fresh);
    expect(readFileSync(SNAPSHOT_PATH, 'utf8')).toBe(fresh);
  });
});

describe('machine time zone', () => {
  // The resolver works in the article's calendar; the zone of the machine running it must not
  // move a single day. Node re-reads process.env.TZ when it is assigned.
  const rows = families.flatMap((f) => [...f.cases, ...(f.negatives ?? []), ...(f.knownGaps ?? [])]);
  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Riyadh', 'Pacific/Pago_Pago'])(
    'every table gives the same results under TZ=%s as under UTC',
    (tz) => {
      const saved = process.env.TZ;
      const base = rows.map((r) => tagTimes(r.input, rowOptions(r)));
      try {
        process.env.TZ = tz;
        expect(new Date(2024, 0, 1).getTimezoneOffset(), 'TZ switch took effect').not.toBe(0);
        const other = rows.map((r) => tagTimes(r.input, rowOptions(r)));
        expect(other).toEqual(base);
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    },
  );
});
