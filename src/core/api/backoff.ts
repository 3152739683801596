// How long a GET waits before its next attempt.

export const BASE_RETRY_DELAY_MS = 250;

/**
 * Capped exponential backoff with full jitter: a random wait between 0 and the step, so
 * clients that failed together do not all come back at the same moment.
 */
export function backoffDelay(attempt: number, maxDelayMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxDelayMs, BASE_RETRY_DELAY_MS * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/** Seconds from a Retry-After header in its delta-seconds form, which is what VPS.org sends. */
export function parseRetryAfter(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined;
  return Number(value);
}
