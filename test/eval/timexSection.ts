// The temporal-expression section of the eval: for each gold timex, tag its article with its
// publication date and check that an expression covers the gold span (found) and carries the gold
// value and interval (value right); for each look-alike, check nothing overlaps it.
import { tagTimes } from '../../src/index.js';
import type { ParseOptions, TemporalExpression } from '../../src/model/types.js';
import { articleAt, type ArticleSlice, type EvalContext } from './context.js';
import type { EvalSection, SectionResult } from './section.js';

export interface TimexRow {
  article: string;
  file: string;
  offset: number;
  text: string;
  goldValue: string | null;
  goldInterval: { start: string; end: string } | null;
  found: boolean;
  valueRight: boolean;
  got: Pick<TemporalExpression, 'text' | 'value' | 'interval' | 'approximate' | 'anchor'> | null;
  articleMismatch?: string;
}

export interface LookAlikeRow {
  article: string;
  text: string;
  located: boolean;
  tagged: boolean;
  taggedAs: string[];
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function sameInterval(a: { start: string; end: string } | null, b: { start: string; end: string } | null): boolean {
  return a === null || b === null ? a === b : a.start === b.start && a.end === b.end;
}

/** Tags each article once, with its own publication date (none when the manifest has null). */
export function tagArticles(ctx: EvalContext): Map<string, TemporalExpression[]> {
  const out = new Map<string, TemporalExpression[]>();
  for (const a of ctx.articles) {
    const options: ParseOptions = a.published ? { published: a.published } : {};
    out.set(a.id, tagTimes(a.text, options));
  }
  return out;
}

export function scoreTimex(ctx: EvalContext, tagged: Map<string, TemporalExpression[]>): TimexRow[] {
  return ctx.gold.timex.map((g) => {
    const art = articleAt(ctx, g.file, g.offset);
    const row: TimexRow = {
      article: art?.id ?? '?',
      file: g.file,
      offset: g.offset,
      text: g.text,
      goldValue: g.value,
      goldInterval: g.interval,
      found: false,
      valueRight: false,
      got: null,
    };
    if (!art) return row;
    if (art.id !== g.article) row.articleMismatch = `gold says ${g.article}, position says ${art.id}`;
    const span = { start: g.offset - art.start, end: g.offset - art.start + g.text.length };
    let best: TemporalExpression | undefined;
    let bestOverlap = 0;
    for (const e of tagged.get(art.id) ?? []) {
      const o = overlap(e, span);
      if (o > bestOverlap) {
        best = e;
        bestOverlap = o;
      }
    }
    if (best) {
      row.found = true;
      row.valueRight = best.value === g.value && sameInterval(best.interval, g.interval);
      row.got = { text: best.text, value: best.value, interval: best.interval, approximate: best.approximate, anchor: best.anchor };
    }
    return row;
  });
}

function locateLookAlike(ctx: EvalContext, id: string, text: string): { art: ArticleSlice; at: number } | undefined {
  const candidates = ctx.articles.filter((a) => a.id === id);
  for (const art of candidates.length > 0 ? candidates : ctx.articles) {
    const at = art.text.indexOf(text);
    if (at >= 0) return { art, at };
  }
  return undefined;
}

export function scoreLookAlikes(ctx: EvalContext, tagged: Map<string, TemporalExpression[]>): LookAlikeRow[] {
  return ctx.gold.notTimex.map((n) => {
    const loc = locateLookAlike(ctx, n.article, n.text);
    if (!loc) return { article: n.article, text: n.text, located: false, tagged: false, taggedAs: [] };
    const span = { start: loc.at, end: loc.at + n.text.length };
    const hits = (tagged.get(loc.art.id) ?? []).filter((e) => overlap(e, span) > 0);
    return {
      article: loc.art.id,
      text: n.text,
      located: true,
      tagged: hits.length > 0,
      taggedAs: hits.map((h) => `«${h.text}» ${String(h.value)}`),
    };
  });
}

/** Tagged expressions that overlap no gold expression (page offsets). */
export function unmatched(
  ctx: EvalContext,
  tagged: Map<string, TemporalExpression[]>,
): Array<{ article: string; offset: number; text: string; value: string | null }> {
  const out: Array<{ article: string; offset: number; text: string; value: string | null }> = [];
  for (const art of ctx.articles) {
    const gold = ctx.gold.timex
      .filter((g) => g.file === art.file)
      .map((g) => ({ start: g.offset - art.start, end: g.offset - art.start + g.text.length }));
    for (const e of tagged.get(art.id) ?? []) {
      if (!gold.some((g) => overlap(g, e) > 0)) out.push({ article: art.id, offset: art.start + e.start, text: e.text, value: e.value });
    }
  }
  return out;
}

function pct(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`;
}

function iv(i: { start: string; end: string } | null): string {
  return i ? `[${i.start}, ${i.end})` : 'null';
}

export const timexSection: EvalSection = {
  name: 'timex',
  run(ctx: EvalContext): SectionResult {
    const tagged = tagArticles(ctx);
    const rows = scoreTimex(ctx, tagged);
    const looks = scoreLookAlikes(ctx, tagged);
    const found = rows.filter((r) => r.found).length;
    const right = rows.filter((r) => r.valueRight).length;
    const lookTagged = looks.filter((l) => l.tagged).length;
    const totalExpressions = [...tagged.values()].reduce((n, list) => n + list.length, 0);
    const extras = unmatched(ctx, tagged);
    const lines: string[] = [];
    for (const r of rows) {
      if (r.valueRight) continue;
      const got = r.got ? `got «${r.got.text}» ${String(r.got.value)} ${iv(r.got.interval)}` : 'nothing tagged';
      lines.push(`  MISS ${r.article} @${r.offset} «${r.text}» gold ${String(r.goldValue)} ${iv(r.goldInterval)} — ${got}`);
    }
    for (const r of rows) if (r.articleMismatch) lines.push(`  NOTE ${r.text}: ${r.articleMismatch}`);
    for (const l of looks) {
      if (!l.located) lines.push(`  NOTE look-alike «${l.text}» not found in article ${l.article}`);
      else if (l.tagged) lines.push(`  LOOK-ALIKE TAGGED ${l.article} «${l.text}» as ${l.taggedAs.join('; ')}`);
    }
    // The gold is not exhaustive, so expressions outside it are listed for review, not scored.
    for (const x of extras) lines.push(`  EXTRA ${x.article} @${x.offset} «${x.text}» ${String(x.value)}`);
    return {
      name: 'timex',
      summary: [
        ['gold expressions', String(rows.length)],
        ['found', `${found} (${pct(found, rows.length)})`],
        ['value right', `${right} (${pct(right, rows.length)})`],
        ['look-alikes tagged', `${lookTagged} of ${looks.length}`],
        ['expressions tagged in all articles', String(totalExpressions)],
        ['tagged outside the gold (review)', String(extras.length)],
      ],
      details: lines,
      json: {
        gold: rows.length,
        found,
        valueRight: right,
        foundRate: rows.length ? found / rows.length : null,
        valueRightRate: rows.length ? right / rows.length : null,
        lookAlikes: looks.length,
        lookAlikesTagged: lookTagged,
        expressionsTagged: totalExpressions,
        rows,
        lookAlikeRows: looks,
        extras,
      },
    };
  },
};
