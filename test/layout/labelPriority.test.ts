import { describe, expect, it } from 'vitest';
import { labelPriority } from '../../src/layout/labelPriority.js';
import type { TimelineEvent } from '../../src/model/types.js';

const ev = (id: string, sources: number, confidence: number) => ({ id, event: { id, sources: Array.from({ length: sources }, () => ({})), confidence } as unknown as TimelineEvent });

describe('labelPriority', () => {
  it('puts events told by more sources first, then the more certain', () => {
    const events = [ev('a', 1, 0.9), ev('b', 3, 0.5), ev('c', 1, 0.95), ev('d', 2, 0.1)];
    expect(Array.from(labelPriority(events)).map((i) => events[i]!.id)).toEqual(['b', 'd', 'c', 'a']);
  });
  it('breaks ties the same way on every run, not by position', () => {
    const events = Array.from({ length: 50 }, (_, i) => ev(`e${i}`, 1, 0.5));
    const order = Array.from(labelPriority(events));
    expect(Array.from(labelPriority(events))).toEqual(order);
    expect(order.slice().sort((a, b) => a - b)).toEqual(events.map((_, i) => i));
    // A fixed shuffle: not the input order.
    expect(order).not.toEqual(events.map((_, i) => i));
  });
  it('reads missing sources and confidence as none', () => {
    const events = [{ id: 'x', event: { id: 'x' } as unknown as TimelineEvent }, ev('y', 1, 0.5)];
    expect(Array.from(labelPriority(events)).map((i) => events[i]!.id)).toEqual(['y', 'x']);
  });
});
