// Writes the "failing rows by family" part of STATUS.md from the current tagger, so the file the
// tagger reads never drifts from the tables: `npx tsx test/locales/ar/status.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tagTimes } from '../../../src/index.js';
import type { NegativeCase, PositiveCase } from './caseTypes.js';
import { families } from './families.js';
import { compareExpression, findExpression, lookAlikeHits, rowOptions } from './match.js';

const STATUS_PATH = fileURLToPath(new URL('./STATUS.md', import.meta.url));
const MARK = '## Failing rows by family';

function problems(row: PositiveCase | NegativeCase): string[] {
  let found;
  try {
    found = tagTimes(row.input, rowOptions(row));
  } catch (e) {
    return [`throws: ${e instanceof Error ? e.message : String(e)}`];
  }
  if ('expected' in row) return compareExpression(findExpression(found, row.input, row.expected), row.expected);
  return lookAlikeHits(found, row).map((h) => `tagged «${h.text}» as ${String(h.value)}`);
}

export function renderFailing(): { text: string; failing: number; total: number; gapsFixed: number } {
  const lines: string[] = [MARK, ''];
  let failing = 0;
  let total = 0;
  let gapsFixed = 0;
  for (const fam of families) {
    const rows = [...fam.cases, ...(fam.negatives ?? [])];
    const gaps = fam.knownGaps ?? [];
    const bad = rows.map((r) => ({ r, p: problems(r) })).filter((x) => x.p.length > 0);
    const gapRows = gaps.map((r) => ({ r, p: problems(r) }));
    total += rows.length + gaps.length;
    failing += bad.length + gapRows.filter((g) => g.p.length > 0).length;
    const fixed = gapRows.filter((g) => g.p.length === 0);
    gapsFixed += fixed.length;
    const passing = rows.length - bad.length + fixed.length;
    lines.push(`### ${fam.name}: ${passing}/${rows.length + gaps.length} pass${gaps.length ? ` (${gaps.length} in knownGaps)` : ''}`);
    for (const { r, p } of [...bad, ...gapRows.filter((g) => g.p.length > 0)]) {
      const what = 'expected' in r ? `«${r.expected.text}» (pub ${r.published ?? 'none'})` : `look-alike «${r.notTagged}»`;
      const gap = gaps.includes(r) ? ' [knownGap]' : '';
      lines.push(`- ${what}${gap}: ${p.join('; ')} — ${r.input}`);
    }
    for (const { r } of fixed) {
      lines.push(`- FIXED, move back out of knownGaps: ${'expected' in r ? r.expected.text : r.notTagged} — ${r.input}`);
    }
    lines.push('');
  }
  lines.unshift(`Generated ${new Date().toISOString().slice(0, 16)}Z: ${total - failing}/${total} rows pass.`, '');
  return { text: lines.join('\n'), failing, total, gapsFixed };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const old = readFileSync(STATUS_PATH, 'utf8');
  const at = old.indexOf(MARK);
  const head = at >= 0 ? old.slice(0, at) : `${old.trimEnd()}\n\n`;
  const { text, failing, total } = renderFailing();
  // The generated block begins with its summary line, then the failing rows.
  writeFileSync(STATUS_PATH, `${head}${text.replace(`${MARK}\n\n`, '').replace(/^/, `${MARK}\n\n`)}`);
  console.log(`${total - failing}/${total} rows pass; wrote ${STATUS_PATH}`);
}
