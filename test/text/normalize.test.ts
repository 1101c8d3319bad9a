import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '../../src/text/normalize.js';

describe('normalize', () => {
  const rows: Array<[string, string]> = [
    ['عزَّز', 'عزز'],
    ['وقَّع', 'وقع'],
    ['أمسـ', 'امس'],
    ['إبريل', 'ابريل'],
    ['آذار', 'اذار'],
    ['الرئیس الروسی', 'الرئيس الروسي'],
    ['کوريا', 'كوريا'],
    ['٢٠/٦/٢٠٢٤', '20/6/2024'],
    ['۱۴۴۶هـ', '1446ه'],
    ['مصطفى وسنة', 'مصطفي وسنه'],
    ['a\r\nb', 'a\nb'],
    ['الخميس\u00a0الماضي', 'الخميس الماضي'],
    ['a\u2009b\u3000c', 'a b c'],
    ['\u200fالجمعة\u200e', 'الجمعه'],
    ['3٫6 مليار', '3.6 مليار'],
    ['“قال”', '"قال"'],
    ['غداً', 'غدا'],
    ['الـ18', 'ال18'],
  ];
  it.each(rows)('%s → %s', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('maps every folded character back to its original index', () => {
    const input = 'وقَّع في ٢٠ يونيو';
    const n = normalize(input);
    for (let i = 0; i < n.text.length; i++) {
      const orig = input[n.offsets[i]!]!;
      expect(orig === n.text[i] || /[\u0660-\u0669]/.test(orig)).toBe(true);
    }
    expect(n.offsets[n.text.length]).toBe(input.length);
  });

  it('maps spans back so that they slice the original text', () => {
    const input = 'وصل غداً الخميسَ';
    const n = normalize(input);
    const i = n.text.indexOf('الخميس');
    const span = toOriginalSpan(n, i, i + 'الخميس'.length);
    expect(input.slice(span.start, span.end)).toBe('الخميسَ');
  });
});
