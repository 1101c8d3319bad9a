import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/splitSentences.js';

const parts = (text: string) => {
  const { sentences, clauses } = splitSentences(text);
  return {
    sentences: sentences.map((s) => text.slice(s.start, s.end)),
    clauses: clauses.map((c) => text.slice(c.start, c.end)),
  };
};

describe('splitSentences', () => {
  const rows: Array<[string, string[], string[]]> = [
    ['وصل بوتين إلى هانوي. والتقى لام', ['وصل بوتين إلى هانوي', 'والتقى لام'], ['وصل بوتين إلى هانوي', 'والتقى لام']],
    ['وصل بوتين، الخميس، إلى هانوي', ['وصل بوتين، الخميس، إلى هانوي'], ['وصل بوتين', 'الخميس', 'إلى هانوي']],
    ['هل وصل؟ نعم وصل!', ['هل وصل', 'نعم وصل'], ['هل وصل', 'نعم وصل']],
    ['بلغ حجم التجارة 3.6 مليار دولار.', ['بلغ حجم التجارة 3.6 مليار دولار'], ['بلغ حجم التجارة 3.6 مليار دولار']],
    ['صورة للرئيس (أ.ف.ب) في هانوي', ['صورة للرئيس (أ.ف.ب) في هانوي'], ['صورة للرئيس (أ.ف.ب) في هانوي']],
    ['قرب لندن... الخميس', ['قرب لندن... الخميس'], ['قرب لندن', 'الخميس']],
    ['وقال: «سنواصل العمل» مع الشركاء', ['وقال: «سنواصل العمل» مع الشركاء'], ['وقال', 'سنواصل العمل', 'مع الشركاء']],
    ['تعهد الطرفان؛ ثم غادر', ['تعهد الطرفان؛ ثم غادر'], ['تعهد الطرفان', 'ثم غادر']],
    ['الأمة| وقع الرئيس', ['الأمة| وقع الرئيس'], ['الأمة', 'وقع الرئيس']],
    ['سطر أول\nسطر ثان', ['سطر أول', 'سطر ثان'], ['سطر أول', 'سطر ثان']],
    ['', [], []],
    ['...', [], []],
  ];
  it.each(rows)('%s', (text, sentences, clauses) => {
    expect(parts(text)).toEqual({ sentences, clauses });
  });

  it('gives every clause the index of its sentence', () => {
    const { clauses } = splitSentences('أ، ب. ج، د');
    expect(clauses.map((c) => c.sentence)).toEqual([0, 0, 1, 1]);
  });
});
