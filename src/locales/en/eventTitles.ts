import type { EventType } from '../../model/types.js';

/**
 * English event titles per type: "Putin arrives in Hanoi". `{a}` is the actors joined with "and",
 * `{p}` the place. The first form of a pair is for one actor, the second for several. A variant is
 * used only when every part it names has an English name; otherwise the next one is tried, and
 * with no known part there is no English title.
 */
export interface EventLabel {
  actorsPlace: readonly [string, string];
  actors: readonly [string, string];
  place: string;
  /** Motion toward a place ("غادر إلى مسقط" → "leaves for Muscat"), when the type has one. */
  actorsDestination?: readonly [string, string];
  destination?: string;
}

export const eventTitles: Readonly<Record<EventType, EventLabel>> = {
  arrival: { actorsPlace: ['{a} arrives in {p}', '{a} arrive in {p}'], actors: ['{a} arrives', '{a} arrive'], place: 'Arrival in {p}' },
  departure: {
    actorsPlace: ['{a} leaves {p}', '{a} leave {p}'],
    actors: ['{a} departs', '{a} depart'],
    place: 'Departure from {p}',
    actorsDestination: ['{a} leaves for {p}', '{a} leave for {p}'],
    destination: 'Departure for {p}',
  },
  visit: { actorsPlace: ['{a} visits {p}', '{a} visit {p}'], actors: ['Visit by {a}', 'Visit by {a}'], place: 'Visit to {p}' },
  meeting: { actorsPlace: ['{a} holds a meeting in {p}', '{a} meet in {p}'], actors: ['{a} holds a meeting', '{a} meet'], place: 'Meeting in {p}' },
  talks: { actorsPlace: ['{a} holds talks in {p}', '{a} hold talks in {p}'], actors: ['{a} holds talks', '{a} hold talks'], place: 'Talks in {p}' },
  call: { actorsPlace: ['{a} speaks by phone', '{a} speak by phone'], actors: ['{a} speaks by phone', '{a} speak by phone'], place: 'Phone call' },
  signing: { actorsPlace: ['{a} signs an agreement in {p}', '{a} sign an agreement in {p}'], actors: ['{a} signs an agreement', '{a} sign an agreement'], place: 'Agreement signed in {p}' },
  agreement: { actorsPlace: ['{a} reaches an agreement in {p}', '{a} reach an agreement in {p}'], actors: ['{a} reaches an agreement', '{a} reach an agreement'], place: 'Agreement in {p}' },
  announcement: { actorsPlace: ['{a} makes an announcement in {p}', '{a} make an announcement in {p}'], actors: ['{a} makes an announcement', '{a} make an announcement'], place: 'Announcement in {p}' },
  statement: { actorsPlace: ['{a} makes a statement in {p}', '{a} make a statement in {p}'], actors: ['{a} makes a statement', '{a} make a statement'], place: 'Statement in {p}' },
  ceremony: { actorsPlace: ['{a} attends a ceremony in {p}', '{a} attend a ceremony in {p}'], actors: ['{a} attends a ceremony', '{a} attend a ceremony'], place: 'Ceremony in {p}' },
  exchange: { actorsPlace: ['Prisoner exchange announced by {a}', 'Prisoner exchange between {a}'], actors: ['Prisoner exchange announced by {a}', 'Prisoner exchange between {a}'], place: 'Prisoner exchange in {p}' },
  attack: { actorsPlace: ['Attack involving {a} in {p}', 'Attack involving {a} in {p}'], actors: ['Attack involving {a}', 'Attack involving {a}'], place: 'Attack in {p}' },
  election: { actorsPlace: ['Election of {a} in {p}', 'Election involving {a} in {p}'], actors: ['Election of {a}', 'Election involving {a}'], place: 'Election in {p}' },
  appointment: { actorsPlace: ['{a} takes office in {p}', '{a} take office in {p}'], actors: ['{a} takes office', '{a} take office'], place: 'Appointment in {p}' },
  death: { actorsPlace: ['Death of {a} in {p}', 'Deaths of {a} in {p}'], actors: ['Death of {a}', 'Deaths of {a}'], place: 'Deaths in {p}' },
  release: { actorsPlace: ['{a} released in {p}', '{a} released in {p}'], actors: ['Release of {a}', 'Release of {a}'], place: 'Release in {p}' },
  vote: { actorsPlace: ['{a} votes in {p}', '{a} vote in {p}'], actors: ['{a} votes', '{a} vote'], place: 'Vote in {p}' },
  report: { actorsPlace: ['{a} in {p}: report', '{a} in {p}: report'], actors: ['{a}: report', '{a}: report'], place: 'Report from {p}' },
};

/**
 * Titles of a kind of a type (src/locales/ar/senses.ts), keyed 'type:kind', used before the type's
 * own: the subject of "أقال الرئيس …" dismisses, the subject of "عين" appoints, neither takes office.
 */
export const eventKindTitles: Readonly<Record<string, EventLabel>> = {
  'appointment:dismissal': { actorsPlace: ['Dismissal by {a} in {p}', 'Dismissal by {a} in {p}'], actors: ['Dismissal by {a}', 'Dismissal by {a}'], place: 'Dismissal in {p}' },
  'appointment:appointment': { actorsPlace: ['Appointment by {a} in {p}', 'Appointment by {a} in {p}'], actors: ['Appointment by {a}', 'Appointment by {a}'], place: 'Appointment in {p}' },
  'appointment:oath': { actorsPlace: ['{a} sworn in, in {p}', '{a} sworn in, in {p}'], actors: ['{a} sworn in', '{a} sworn in'], place: 'Swearing-in in {p}' },
};
