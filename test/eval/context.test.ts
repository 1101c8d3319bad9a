// The eval cuts pages into articles by the manifest; if that cut is wrong every score is wrong.
import { describe, expect, it } from 'vitest';
import { articleAt, loadContext, sliceArticles } from './context.js';

describe('eval context', () => {
  const ctx = loadContext();

  it('places every gold expression in the article the gold names, with its text at its offset', () => {
    for (const g of ctx.gold.timex) {
      const page = ctx.pages.get(g.file);
      expect(page, g.file).toBeDefined();
      expect(page!.slice(g.offset, g.offset + g.text.length)).toBe(g.text);
      expect(articleAt(ctx, g.file, g.offset)?.id, `${g.text} @${g.offset}`).toBe(g.article);
    }
  });

  it('cuts pages into contiguous articles that cover the whole page', () => {
    for (const [file, page] of ctx.pages) {
      const arts = ctx.articles.filter((a) => a.file === file);
      expect(arts[0]!.start).toBe(0);
      expect(arts.at(-1)!.end).toBe(page.length);
      for (let i = 1; i < arts.length; i++) expect(arts[i]!.start).toBe(arts[i - 1]!.end);
    }
  });

  it('names the missing article when bodyStartsWith is absent', () => {
    expect(() => sliceArticles('x.txt', 'نص', [{ id: 'a1', bodyStartsWith: 'غير موجود', published: null }])).toThrow(/a1/);
  });
});
