import type { EventStatus, EventTime, EventType, ParsedArticle, Place, Precision, TimelineEvent } from '../../src/model/types.js';

export const places: Record<string, Place> = {
  pyongyang: { id: 'pyongyang', name: { ar: 'بيونغ يانغ', en: 'Pyongyang' }, timezone: 'Asia/Pyongyang', within: ['north-korea'] },
  'north-korea': { id: 'north-korea', name: { ar: 'كوريا الشمالية', en: 'North Korea' }, timezone: 'Asia/Pyongyang' },
  hanoi: { id: 'hanoi', name: { ar: 'هانوي', en: 'Hanoi' }, timezone: 'Asia/Ho_Chi_Minh', within: ['vietnam'] },
  vietnam: { id: 'vietnam', name: { ar: 'فيتنام', en: 'Vietnam' }, timezone: 'Asia/Ho_Chi_Minh' },
  kyiv: { id: 'kyiv', name: { ar: 'كييف', en: 'Kyiv' }, timezone: 'Europe/Kyiv' },
};

export interface MentionSpec {
  type: EventType;
  quote: string;
  /** [start, end, precision] of the claim, and optionally its value and basis. */
  when: [string, string, Precision, string?, EventTime['basis']?];
  actors?: string[];
  place?: keyof typeof places;
  status?: EventStatus;
  confidence?: number;
}

/** A ParsedArticle whose text is its mentions' quotes, one a line, so every span slices back to its quote. */
export function article(id: string, published: string | null, mentions: MentionSpec[], outlet = `Outlet ${id}`): ParsedArticle {
  let text = '';
  const events: TimelineEvent[] = mentions.map((m, i) => {
    const start = text.length;
    text += m.quote + '\n';
    const [ws, we, precision, value, basis] = m.when;
    return {
      id: `${id}-e${i}`,
      type: m.type,
      title: m.quote.slice(0, 40),
      when: { value: value ?? ws, start: ws, end: we, precision, approximate: false, basis: basis ?? 'stated' },
      status: m.status ?? 'happened',
      ...(m.place ? { place: places[m.place]! } : {}),
      // 'putin>place:russia': a person acting for a state.
      actors: (m.actors ?? []).map((a) => {
        const [actorId, country] = a.split('>') as [string, string?];
        return { id: actorId, name: { en: actorId }, ...(country ? { country } : {}) };
      }),
      sources: [{ articleId: id, quote: m.quote, start, end: start + m.quote.length, claim: null }],
      disputed: false,
      confidence: m.confidence ?? 0.7,
    };
  });
  return { id, meta: { id, outlet, published }, text, expressions: [], events, warnings: [] };
}
