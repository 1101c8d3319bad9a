import type { Locale } from '../types.js';
import { ambiguousMonths, egyptGulfMonths, hijriMonths, levantMonths, maghrebMonths } from './months.js';
import { weekdays } from './weekdays.js';
import { deictic, tonight } from './deictic.js';
import { hourWord, minuteWord, night, pod, podAdverb, zone } from './partsOfDay.js';
import { cardinals, dayWords, decadeWords, ordinals } from './numbers.js';
import { anchorWords, countNoun, eras, fractions, lead, offsetDir, parts, rel, relPlural, seasons, units } from './units.js';
import { futurePrefix, futurePrefixExceptions, futureWords } from './tense.js';
import { patterns } from './patterns.js';
import { feastDayOrdinals, holidays } from './holidays.js';
import { blockers, dayAdjective, generalNoun, mediaName, namedEventNoun, placeNoun } from './blockers.js';
import type { Spellings, Tuple12, Tuple7 } from '../types.js';

function indexed(families: readonly (Tuple12<Spellings> | Tuple7<Spellings>)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const family of families) family.forEach((spellings, i) => spellings.forEach((s) => (out[s] = i + 1)));
  return out;
}

/** Arabic (all outlets: Egypt/Gulf, Levant/Iraq and Maghreb month names). */
export const ar: Locale = {
  id: 'ar',
  lexicons: {
    weekday: Object.fromEntries(weekdays.flatMap((sp, i) => sp.map((s) => [s, i]))),
    month: indexed([egyptGulfMonths, levantMonths, maghrebMonths]),
    hmonth: indexed([hijriMonths]),
    deictic,
    tonight,
    pod,
    night,
    podAdverb,
    hourWord,
    minuteWord,
    zone,
    num: cardinals,
    unit: units,
    rel,
    relPlural,
    part: parts,
    season: seasons,
    decadeWord: decadeWords,
    ordinal: ordinals,
    dayWord: dayWords,
    mediaName,
    placeNoun,
    countNoun,
    fraction: fractions,
    era: eras,
    anchorWord: anchorWords,
    offsetDir,
    lead,
    generalNoun,
    dayAdjective,
    namedEventNoun,
    holiday: holidays,
    feastDay: feastDayOrdinals,
  },
  ambiguousMonths,
  patterns,
  blockers,
  clitics: { conjunctions: 'وف', prepositions: 'بلك', article: 'ال' },
  tense: { futureWords, futurePrefix, futurePrefixExceptions },
  sentenceEnd: '.!?؟؛\n',
};
