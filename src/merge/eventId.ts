import type { Source } from '../model/types.js';
import { hashString } from './hashString.js';

/** The key of one mention: which article, which span. */
export function sourceKey(s: Pick<Source, 'articleId' | 'start' | 'end'>): string {
  return `${s.articleId}\u0000${s.start}\u0000${s.end}`;
}

/**
 * A merged event's id: a hash of its sorted source keys, so the same mentions give the same id on
 * every run, whatever order the articles came in.
 */
export function eventId(sourceKeys: string[]): string {
  return `ev-${hashString([...sourceKeys].sort().join('\u0001'))}`;
}
