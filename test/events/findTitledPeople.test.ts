import { describe, expect, it } from 'vitest';
import { titles } from '../../src/locales/ar/titles.js';
import { compileTitles, findTitledPeople } from '../../src/events/findTitledPeople.js';
import { tokenize } from '../../src/events/tokenize.js';

const compiled = compileTitles(titles);

function people(text: string): string[] {
  const { folded, tokens } = tokenize(text);
  const sameClause = (a: number, b: number) => !/[،,:؛.«»"]/u.test(folded.slice(tokens[a]!.fEnd, tokens[b]!.fStart));
  const commaBetween = (a: number, b: number) => /^\s*[،,]\s*$/u.test(folded.slice(tokens[a]!.fEnd, tokens[b]!.fStart));
  return findTitledPeople(tokens, compiled, sameClause, () => false, commaBetween).map((p) => p.name);
}

describe('title heuristic: people the gazetteer does not know', () => {
  const rows: Array<[string, string[]]> = [
    ['قال السفير الروسي لدى فيتنام جينادي إس بيزديتكو، اليوم', ['جينادي اس بيزديتكو']],
    ['ومن المقرر أن يجتمع مع رئيس البرلمان تران ثانه مان.', ['تران ثانه مان']],
    ['من جانبه، أشار دميتري بيسكوف، المتحدث باسم الكرملين، إلى', ['دميتري بيسكوف']],
    ['وقالت وزيرة الخارجية سارة الهاشمي إن', ['ساره الهاشمي']],
    ['مباحثات مع نظيره العماني بدر البوسعيدي، على أن', ['بدر البوسعيدي']],
    ['تولى الأمير عبد العزيز بن سلمان حقيبة الطاقة', ['عبد العزيز بن سلمان']],
    ['أكد الزعيم الكوري الشمالي كيم جونغ أون', ['كيم جونغ اون']],
    ['وقال رئيس الوزراء الجديد أحمد سعيد', ['احمد سعيد']],
    ['صرح الأمين العام للحزب نغوين فو ترونغ', ['نغوين فو ترونغ']],
    ['وقال رئيس هيئة الأركان المشتركة الجنرال تشارلز براون', ['تشارلز براون']],
    ['الرئيس الروسي الذي يربط بلاده بفيتنام', []],
    ['الرئيس الروسي أيضا في مراسم', []],
    ['وقال الرئيس، في كلمة', []],
    // A clock-time gloss in brackets before a title is not a name in apposition.
    ['والتقى بوتين عند الظهر (الخامسة بتوقيت غرينتش) نظيره، تو لام', []],
    ['وصل الوفد فجرا (الثالثة بتوقيت مكة) رئيس الوفد كريم سعيد', ['كريم سعيد']],
    ['الاجتماع (العاشرة صباحا بالتوقيت المحلي) السفير', []],
    ['بدأت الجلسة. سامي حداد، المتحدث باسم الوزارة، قال', ['سامي حداد']],
  ];
  it.each(rows)('%s', (text, names) => {
    expect(people(text)).toEqual(names);
  });
});
