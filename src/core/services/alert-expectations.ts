// Changes this app makes itself are not news: a power action or a domain update records what
// it will make the server or domain look like, and when the lists show exactly that within
// EXPECT_MS, the baseline follows without an alert. Kept in the ledger, so a restart in between
// does not turn the app's own reboot into an alert.
import type { DomainField, DomainFieldValue, SettledStatus } from '@shared/alerts';
import type { Expectation } from './alert-ledger';

/** Long enough for a hidden refresh (15 min by default) after the longest action settles. */
export const EXPECT_MS = 60 * 60_000;

export const serverExpectationKey = (serverId: number): string => `server:${serverId}:status`;
export const domainExpectationKey = (domainId: number, field: DomainField): string => `domain:${domainId}:${field}`;

type Value = DomainFieldValue | SettledStatus;

/** Equal as settings; nameserver lists arrive normalized (see normalizeNameservers). */
export function sameValue(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}

/** The expectations still running at `now`. */
export function liveExpectations(expected: Record<string, Expectation>, now: Date): Record<string, Expectation> {
  return Object.fromEntries(Object.entries(expected).filter(([, e]) => Date.parse(e.until) > now.getTime()));
}

/**
 * Whether a change to `observed` at `key` is the one this app asked for. Either way the
 * expectation is used up: the change it waited for has happened, or another one did.
 */
export function takeExpected(expected: Record<string, Expectation>, key: string, observed: Value): boolean {
  const expectation = expected[key];
  delete expected[key];
  return expectation !== undefined && sameValue(expectation.value, observed);
}

export function expectation(value: Value, now: Date): Expectation {
  return { value, until: new Date(now.getTime() + EXPECT_MS).toISOString() };
}
