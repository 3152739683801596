import { describe, expect, it } from 'vitest';
import { scrollToReveal, visibleRows } from './virtual';

describe('visibleRows', () => {
  it('renders the rows in view plus the overscan either side', () => {
    expect(visibleRows(4400, 440, 44, 10_000, 5)).toEqual({ start: 95, end: 116 });
  });

  it('stays inside the list at both ends', () => {
    expect(visibleRows(0, 440, 44, 10_000, 5)).toEqual({ start: 0, end: 16 });
    expect(visibleRows(44 * 9_995, 440, 44, 10_000, 5)).toEqual({ start: 9_990, end: 10_000 });
    expect(visibleRows(0, 440, 44, 3, 5)).toEqual({ start: 0, end: 3 });
    expect(visibleRows(0, 440, 44, 0, 5)).toEqual({ start: 0, end: 0 });
  });
});

describe('scrollToReveal', () => {
  it('scrolls up or down just enough, or not at all', () => {
    expect(scrollToReveal(2, 440, 440, 44)).toBe(88);
    expect(scrollToReveal(30, 440, 440, 44)).toBe(30 * 44 + 44 - 440);
    expect(scrollToReveal(12, 440, 440, 44)).toBeNull();
  });
});
