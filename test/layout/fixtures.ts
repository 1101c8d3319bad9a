import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Timeline, TimelineEvent } from '../../src/model/types.js';

/** The hand-made seeds fixture (22 canonical events of the gold). */
export function sampleTimeline(): Timeline {
  return JSON.parse(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../examples/data/sample-timeline.json'), 'utf8')) as Timeline;
}

/** n synthetic day events spread over `days` days from 2020-01-01, deterministic. */
export function syntheticTimeline(n: number, days = 3650, lanes = 1): Timeline {
  const types = ['visit', 'meeting', 'talks', 'call', 'signing'] as const;
  const events: TimelineEvent[] = [];
  let seed = 42;
  const rnd = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let i = 0; i < n; i++) {
    const d = new Date(Date.UTC(2020, 0, 1) + Math.floor(rnd() * days) * 86_400_000);
    const e = new Date(d.getTime() + 86_400_000);
    events.push({
      id: `e${i}`,
      type: types[i % Math.min(lanes, types.length)] ?? 'visit',
      title: i % 2 === 0 ? `حدث رقم ${i} في المدينة` : `Event number ${i}`,
      when: { value: d.toISOString().slice(0, 10), start: d.toISOString().slice(0, 10), end: e.toISOString().slice(0, 10), precision: 'day', approximate: false },
      status: 'happened',
      actors: [],
      sources: [],
      disputed: false,
      confidence: 1,
    });
  }
  return { version: 1, language: 'ar', articles: [], events };
}
