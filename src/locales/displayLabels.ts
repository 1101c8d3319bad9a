import type { EventType } from '../model/types.js';

/** The interface words a renderer locale supplies (data only; the renderer holds no language). */
export interface DisplayLabels {
  /** Hour ranges [from, to) named as parts of the day, tried in order. */
  partsOfDay: readonly { from: number; to: number; name: string }[];
  seasons: Readonly<Record<'SP' | 'SU' | 'FA' | 'WI', string>>;
  /** Prefix for approximate dates. */
  about: string;
  /** A day with its weekday: 'الخميس ٢٠ حزيران ٢٠٢٤'. */
  dayWithWeekday: (weekday: string, date: string) => string;
  /** A day with its part: 'صباح الخميس ٢٠ حزيران ٢٠٢٤'. */
  dayWithPart: (part: string, weekday: string, date: string) => string;
  dayWithTime: (date: string, time: string) => string;
  decade: (startYear: string) => string;
  century: (ordinal: string) => string;
  between: (a: string, b: string) => string;
  timeline: string;
  events: (count: string) => string;
  cluster: (count: string) => string;
  status: Readonly<Record<'happened' | 'scheduled' | 'expected', string>>;
  disputed: string;
  claims: string;
  sources: string;
  place: string;
  actors: string;
  published: string;
  close: string;
  noClaim: string;
  listLabel: string;
  laneOther: string;
  /** Lane titles for lanes: 'type'. */
  types: Readonly<Record<EventType, string>>;
}
