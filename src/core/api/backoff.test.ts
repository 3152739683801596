import { describe, expect, it } from 'vitest';
import { BASE_RETRY_DELAY_MS, backoffDelay, parseRetryAfter } from './backoff';

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, with full jitter below it', () => {
    const top = (): number => 0.999999;
    expect(backoffDelay(1, 30_000, top)).toBe(BASE_RETRY_DELAY_MS - 1);
    expect(backoffDelay(2, 30_000, top)).toBe(2 * BASE_RETRY_DELAY_MS - 1);
    expect(backoffDelay(3, 30_000, top)).toBe(4 * BASE_RETRY_DELAY_MS - 1);
    expect(backoffDelay(20, 5_000, top)).toBe(4_999);
    expect(backoffDelay(3, 30_000, () => 0)).toBe(0);
    expect(backoffDelay(3, 30_000, () => 0.5)).toBe(2 * BASE_RETRY_DELAY_MS);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and ignores anything else', () => {
    expect(parseRetryAfter('7')).toBe(7);
    expect(parseRetryAfter(' 0 ')).toBe(0);
    expect(parseRetryAfter(['3', '9'])).toBe(3);
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter('-1')).toBeUndefined();
    expect(parseRetryAfter('1.5')).toBeUndefined();
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT')).toBeUndefined();
  });
});
