import { describe, expect, it } from 'vitest';
import schema from '../../src/model/schema.json';
import type * as T from '../../src/model/types.js';

// Compile-time guard: every field of the model types must be described by schema.json, or
// `npm run typecheck` fails here — so whoever adds a field to types.ts also adds it to the schema
// (validateTimeline rejects unknown properties, so a field missing from the schema would make
// valid timelines fail to validate).
type Defs = typeof schema.$defs;
type Missing<Type, Def extends { properties: object }> = Exclude<keyof Type, keyof Def['properties']>;
type Covered<Type, Def extends { properties: object }> = [Missing<Type, Def>] extends [never] ? true : Missing<Type, Def>;

const covered: {
  timeline: Covered<T.Timeline, typeof schema>;
  event: Covered<T.TimelineEvent, Defs['TimelineEvent']>;
  time: Covered<T.EventTime, Defs['EventTime']>;
  source: Covered<T.Source, Defs['Source']>;
  expression: Covered<T.TemporalExpression, Defs['TemporalExpression']>;
  interval: Covered<T.Interval, Defs['Interval']>;
  place: Covered<T.Place, Defs['Place']>;
  actor: Covered<T.Actor, Defs['Actor']>;
  name: Covered<T.LocalizedName, Defs['LocalizedName']>;
  article: Covered<T.ArticleMeta, Defs['ArticleMeta']>;
  era: Covered<T.Era, Defs['Era']>;
} = { timeline: true, event: true, time: true, source: true, expression: true, interval: true, place: true, actor: true, name: true, article: true, era: true };

describe('schema.json and types.ts', () => {
  it('describe the same fields (checked at compile time above)', () => {
    expect(Object.values(covered).every((v) => v === true)).toBe(true);
  });

  it('lists the enums of the types', () => {
    const precisions: T.Precision[] = ['century', 'decade', 'year', 'season', 'month', 'week', 'day', 'part-of-day', 'hour', 'minute'];
    expect(schema.$defs.Precision.enum).toEqual(precisions);
    const anchors: T.Anchor[] = ['absolute', 'publication', 'event', 'unresolved'];
    expect(schema.$defs.Anchor.enum).toEqual(anchors);
    const statuses: T.EventStatus[] = ['happened', 'scheduled', 'expected'];
    expect(schema.$defs.EventStatus.enum).toEqual(statuses);
    // A Record over the union fails to compile when a type is added to types.ts and not here.
    const types: Record<T.EventType, true> = {
      arrival: true, departure: true, visit: true, meeting: true, talks: true, call: true, signing: true,
      agreement: true, announcement: true, statement: true, ceremony: true, exchange: true, attack: true,
      election: true, appointment: true, death: true, release: true, vote: true, report: true,
    };
    expect([...schema.$defs.EventType.enum].sort()).toEqual(Object.keys(types).sort());
  });
});
