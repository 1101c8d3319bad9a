import { describe, expect, it } from 'vitest';
import { hashString } from '../../src/merge/hashString.js';
import { eventId, sourceKey } from '../../src/merge/eventId.js';

describe('hashString', () => {
  // Pinned: event ids are part of the output users store; a change here changes every id.
  it.each([
    ['', '0bdcb81aee8d83'],
    ['a', '1c2ba782c97901'],
    ['بوتين', '09b470d1562507'],
  ])('%j → %s', (input, expected) => {
    expect(hashString(input)).toBe(expected);
  });

  it('gives the same event id whatever the order of the sources', () => {
    const keys = [sourceKey({ articleId: 'b', start: 5, end: 9 }), sourceKey({ articleId: 'a', start: 0, end: 3 })];
    expect(eventId(keys)).toBe(eventId([...keys].reverse()));
    expect(eventId(keys)).not.toBe(eventId(keys.slice(1)));
  });
});
