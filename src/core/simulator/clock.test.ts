import { describe, expect, it } from 'vitest';
import { createManualClock, DEFAULT_MANUAL_START_MS } from './clock';

describe('createManualClock', () => {
  it('starts at a fixed moment and moves only when told', () => {
    const clock = createManualClock();
    expect(clock.now()).toBe(DEFAULT_MANUAL_START_MS);
    clock.advance(1_500);
    expect(clock.now()).toBe(DEFAULT_MANUAL_START_MS + 1_500);
    clock.set(42);
    expect(clock.now()).toBe(42);
  });

  it('refuses to advance backwards', () => {
    expect(() => createManualClock(0).advance(-1)).toThrow(RangeError);
  });
});
