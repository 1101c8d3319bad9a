import type { EventType } from '../model/types.js';

/**
 * Event types that outlets use for the same happening: one calls it a signing, another an
 * agreement; talks are a meeting told at length. Types in one family merge; 'report' (the
 * extractor's fallback when no trigger says more) merges with any type. Language-agnostic: the
 * triggers that produce the types are locale data, this is not.
 */
export const typeFamily: Record<EventType, string> = {
  arrival: 'arrival',
  departure: 'departure',
  visit: 'visit',
  meeting: 'meeting',
  talks: 'meeting',
  call: 'call',
  signing: 'signing',
  agreement: 'signing',
  announcement: 'statement',
  statement: 'statement',
  ceremony: 'ceremony',
  exchange: 'exchange',
  release: 'exchange',
  attack: 'attack',
  election: 'election',
  vote: 'election',
  appointment: 'appointment',
  death: 'death',
  report: '*',
};

/** Whether two event types can describe the same happening. */
export function typesCompatible(a: EventType, b: EventType): boolean {
  const fa = typeFamily[a];
  const fb = typeFamily[b];
  return fa === fb || fa === '*' || fb === '*';
}

/**
 * Types whose happening lasts (a state visit spans its days): a part of it told more finely
 * ("went to the palace on Thursday afternoon") does not narrow the whole, so agreeing claims are
 * spanned rather than the finest taken.
 */
export const durativeTypes: ReadonlySet<EventType> = new Set<EventType>(['visit']);
