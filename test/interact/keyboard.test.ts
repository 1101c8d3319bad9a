import { describe, expect, it } from 'vitest';
import { keyAction } from '../../src/interact/keyboard.js';

describe('keyAction', () => {
  // Three items in time order 0, 1, 2; on an rtl axis they sit right to left.
  const rtl = [700, 500, 300];
  const ltr = [100, 300, 500];
  const order = [0, 1, 2];
  it('→ and ← move to the on-screen neighbour, so rtl is mirrored', () => {
    expect(keyAction('ArrowLeft', rtl, 0, 'horizontal', order)).toEqual({ kind: 'focus', index: 1 });
    expect(keyAction('ArrowRight', rtl, 1, 'horizontal', order)).toEqual({ kind: 'focus', index: 0 });
    expect(keyAction('ArrowRight', ltr, 0, 'horizontal', order)).toEqual({ kind: 'focus', index: 1 });
    expect(keyAction('ArrowRight', rtl, 0, 'horizontal', order)).toEqual({ kind: 'none' });
  });
  it('↑/↓ move on a vertical timeline', () => {
    expect(keyAction('ArrowDown', [10, 50, 90], 0, 'vertical', order)).toEqual({ kind: 'focus', index: 1 });
    expect(keyAction('ArrowLeft', [10, 50, 90], 0, 'vertical', order)).toEqual({ kind: 'none' });
  });
  it('reaches items at the same spot', () => {
    expect(keyAction('ArrowRight', [100, 100, 100], 0, 'horizontal', order)).toEqual({ kind: 'focus', index: 1 });
    expect(keyAction('ArrowRight', [100, 100, 100], 1, 'horizontal', order)).toEqual({ kind: 'focus', index: 2 });
    expect(keyAction('ArrowLeft', [100, 100, 100], 2, 'horizontal', order)).toEqual({ kind: 'focus', index: 1 });
  });
  it('Home/End, zoom, open and close', () => {
    expect(keyAction('Home', rtl, 1, 'horizontal', order)).toEqual({ kind: 'focus', index: 0 });
    expect(keyAction('End', rtl, 1, 'horizontal', order)).toEqual({ kind: 'focus', index: 2 });
    expect(keyAction('+', rtl, 1, 'horizontal', order)).toEqual({ kind: 'zoom', factor: 2 });
    expect(keyAction('-', rtl, 1, 'horizontal', order)).toEqual({ kind: 'zoom', factor: 0.5 });
    expect(keyAction('Enter', rtl, 1, 'horizontal', order)).toEqual({ kind: 'open' });
    expect(keyAction('Enter', rtl, -1, 'horizontal', order)).toEqual({ kind: 'none' });
    expect(keyAction('Escape', rtl, 1, 'horizontal', order)).toEqual({ kind: 'close' });
    expect(keyAction('a', rtl, 1, 'horizontal', order)).toEqual({ kind: 'none' });
    expect(keyAction('ArrowLeft', [], -1, 'horizontal', [])).toEqual({ kind: 'none' });
  });
});
