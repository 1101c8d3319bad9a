/** A clause of a sentence; offsets index the string given to `splitSentences`. */
export interface ClauseSpan {
  start: number;
  end: number;
  sentence: number;
}

export interface SentenceSplit {
  sentences: Array<{ start: number; end: number }>;
  clauses: ClauseSpan[];
}

const SENTENCE_END = new Set(['.', '!', '?', '؟']);
// Arabic and Latin commas and semicolons, colons, quotes, and dashes set off by spaces.
// "|" separates an outlet's name from the text: "الأمة| وقع الرئيس".
const CLAUSE_END = new Set(['،', ',', '؛', ';', ':', '«', '»', '"', '“', '”', '…', '|', '\n']);
const LETTER = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/**
 * Splits text into sentences (at . ! ? ؟) and clauses (also at ، ؛ : quotes « » “ ” " and
 * ellipses). A dot is not a sentence end between digits (3.6), in an abbreviation of single
 * letters (أ.ف.ب، إس.), or in a run of dots (an ellipsis "..." only ends a clause: headlines and
 * captions use it as a pause: "لندن... الخميس").
 *
 * @example
 * splitSentences('وصل بوتين، الخميس. والتقى لام').sentences.length // 2
 */
export function splitSentences(text: string): SentenceSplit {
  const sentences: Array<{ start: number; end: number }> = [];
  const clauses: ClauseSpan[] = [];
  let sStart = 0;
  let cStart = 0;
  const closeClause = (end: number) => {
    let s = cStart;
    let e = end;
    while (s < e && !isLetter(text[s]) && text[s] !== '(') s++;
    while (e > s && !isLetter(text[e - 1]) && text[e - 1] !== ')') e--;
    if (e > s) clauses.push({ start: s, end: e, sentence: sentences.length });
  };
  const closeSentence = (end: number) => {
    closeClause(end);
    let s = sStart;
    let e = end;
    while (s < e && !isLetter(text[s]) && text[s] !== '(') s++;
    while (e > s && !isLetter(text[e - 1]) && text[e - 1] !== ')') e--;
    if (e > s) sentences.push({ start: s, end: e });
    else if (clauses.length > 0 && clauses[clauses.length - 1]!.sentence === sentences.length) clauses.pop();
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '.') {
      const run = text[i + 1] === '.' || text[i - 1] === '.';
      if (run) {
        // An ellipsis: one clause boundary at its end.
        if (text[i + 1] !== '.') {
          closeClause(i + 1);
          cStart = i + 1;
        }
        continue;
      }
      if (DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '')) continue;
      // A single letter before the dot (أ.ب، إس.) is an abbreviation.
      if (isLetter(text[i - 1]) && !isLetter(text[i - 2]) && (isLetter(text[i + 1]) || text[i + 1] === ' ')) {
        if (isLetter(text[i + 1])) continue;
      }
      closeSentence(i);
      sStart = cStart = i + 1;
      continue;
    }
    if (SENTENCE_END.has(ch)) {
      closeSentence(i);
      sStart = cStart = i + 1;
      continue;
    }
    if (ch === '\n') {
      closeSentence(i);
      sStart = cStart = i + 1;
      continue;
    }
    if (CLAUSE_END.has(ch) || ((ch === '-' || ch === '–' || ch === '—') && text[i - 1] === ' ' && text[i + 1] === ' ')) {
      closeClause(i);
      cStart = i + 1;
    }
  }
  closeSentence(text.length);
  return { sentences, clauses };
}
