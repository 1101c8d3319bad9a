import { describe, expect, it } from 'vitest';
import { compileLocale, fold, tokenKeys } from '../../src/time/compile.js';
import { ar } from '../../src/locales/ar/index.js';
import { normalize } from '../../src/text/normalize.js';

const cl = compileLocale(ar);

// Every pattern and blocker carries examples: each must match, at the expected text.
const specs = [...ar.patterns, ...ar.blockers];
describe('pattern examples run', () => {
  for (const [i, spec] of specs.entries()) {
    for (const ex of spec.examples) {
      it(`${spec.name}: ${ex.text}`, () => {
        const p = cl.patterns[i]!;
        const f = normalize(ex.text).text;
        const want = fold(ex.match ?? ex.text);
        let got: string | null = null;
        for (let at = 0; at < f.length && got === null; at++) {
          p.regex.lastIndex = at;
          const m = p.regex.exec(f);
          if (m && m[0] === want) got = m[0];
        }
        expect(got).toBe(want);
      });
    }
  }
});

describe('tokenKeys', () => {
  it('strips conjunction, preposition and article, and reads لل as ل + ال', () => {
    expect(tokenKeys('للعام', 'وف', 'بلك', 'ال')).toContain('العام');
    expect(tokenKeys('والخميس', 'وف', 'بلك', 'ال')).toContain('الخميس');
    expect(tokenKeys('بالامس', 'وف', 'بلك', 'ال')).toContain('الامس');
  });
});

describe('compiled matchers', () => {
  it('are sticky and Unicode-aware', () => {
    for (const p of cl.patterns) {
      expect(p.regex.sticky).toBe(true);
      expect(p.regex.unicode).toBe(true);
    }
  });
  it('fold lexicon keys like the text (ة→ه, أ→ا)', () => {
    expect(cl.lexicons.get('weekday')?.get('الجمعه')).toBe(5);
    expect(cl.lexicons.get('weekday')?.get('الاربعاء')).toBe(3);
  });
});
