import { describe, expect, it } from 'vitest';
import gazetteerData from '../../src/locales/ar/gazetteer.json';
import { compileGazetteer } from '../../src/events/compileGazetteer.js';
import { findEntities } from '../../src/events/findEntities.js';
import { tokenize } from '../../src/events/tokenize.js';
import type { Gazetteer } from '../../src/events/gazetteerTypes.js';

const gazetteer = compileGazetteer(gazetteerData as Gazetteer);
const ids = (text: string, g = gazetteer) => findEntities(tokenize(text).tokens, g).map((e) => e.entry.id);

describe('gazetteer: transliteration variants find the same entry', () => {
  const rows: Array<[string, string]> = [
    ['ترمب', 'donald-trump'],
    ['ترامب', 'donald-trump'],
    ['دونالد ترامب', 'donald-trump'],
    ['زيلينسكي', 'volodymyr-zelensky'],
    ['زيلنسكي', 'volodymyr-zelensky'],
    ['نغوين فو ترونغ', 'nguyen-phu-trong'],
    ['نجوين فو ترونج', 'nguyen-phu-trong'],
    ['فام مينه تشينه', 'pham-minh-chinh'],
    ['فام من جين', 'pham-minh-chinh'],
    ['بيونغ يانغ', 'pyongyang'],
    ['بيونج يانج', 'pyongyang'],
    ['هانوي', 'hanoi'],
    ['كييف', 'kyiv'],
    ['موسكو', 'moscow'],
    ['بوتين', 'vladimir-putin'],
    ['فلاديمير بوتين', 'vladimir-putin'],
    ['كيم جونغ أون', 'kim-jong-un'],
    ['كيم جونج اون', 'kim-jong-un'],
    ['بايدن', 'joe-biden'],
    ['شي جينبينغ', 'xi-jinping'],
    ['شي جين بينغ', 'xi-jinping'],
    ['الرئیس الروسی بوتین', 'vladimir-putin'],
    ['أردوغان', 'recep-tayyip-erdogan'],
    ['إردوغان', 'recep-tayyip-erdogan'],
  ];
  it.each(rows)('%s → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('gazetteer: names with clitics, longest match, no look-alikes', () => {
  it('reads a name behind و، ب، ل and لل', () => {
    expect(ids('لبوتين وهانوي بالصين للصين')).toEqual(['vladimir-putin', 'hanoi', 'china', 'china']);
  });
  it('prefers the longest name', () => {
    expect(ids('كوريا الشمالية')).toEqual(['north-korea']);
    expect(ids('الولايات المتحدة الأميركية')).toEqual(['united-states']);
  });
  it('does not take common words for names', () => {
    expect(ids('الاستقرار السياسي')).toEqual([]);
    expect(ids('وكالة فرانس برس')).toEqual([]);
    expect(ids('كيف حالك')).toEqual([]);
  });
  it('takes user entries, and an entry with a built-in id replaces it', () => {
    const g = compileGazetteer(gazetteerData as Gazetteer, {
      persons: [{ id: 'new-minister', en: 'Sami Haddad', ar: ['سامي حداد'] }],
      places: [{ id: 'hanoi', en: 'Ha Noi', ar: ['ها نوي'], timezone: 'Asia/Bangkok' }],
    });
    expect(ids('التقى سامي حداد في ها نوي', g)).toEqual(['new-minister', 'hanoi']);
    expect(ids('هانوي', g)).toEqual([]);
  });
});
