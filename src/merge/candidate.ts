import type { ArticleMeta, EventTime, Precision, TimelineEvent } from '../model/types.js';

/** Precisions grouped by scale: claims merge only within a group (a day never merges with a year). */
export const precisionGroup: Record<Precision, 'A' | 'B' | 'C' | 'D'> = {
  minute: 'A',
  hour: 'A',
  'part-of-day': 'A',
  day: 'A',
  week: 'A',
  month: 'B',
  season: 'B',
  year: 'C',
  decade: 'D',
  century: 'D',
};

/** Finer precisions have higher ranks. */
export const precisionRank: Record<Precision, number> = {
  century: 0,
  decade: 1,
  year: 2,
  season: 3,
  month: 4,
  week: 5,
  day: 6,
  'part-of-day': 7,
  hour: 8,
  minute: 9,
};

/** One candidate event from the parser, with what merging needs precomputed. */
export interface Candidate {
  event: TimelineEvent;
  meta: ArticleMeta | undefined;
  /** Position in the canonical order (time, then article, then offset), for deterministic ties. */
  order: number;
  startMs: number;
  endMs: number;
  /** True when the time is only the article's date (`basis: 'reported-on'`): an upper bound, not a claim. */
  reported: boolean;
  when: EventTime;
}
