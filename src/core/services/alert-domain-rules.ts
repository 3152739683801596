// Domain settings changed elsewhere, pure: nameservers, lock, status, auto-renew and privacy of
// each listed domain against what was seen last time (Domain Locker's best feature). A field
// the list leaves out is not compared; a domain seen for the first time only joins the baseline.
// A status moving to or from expired is the expiry reminders' business (a lapse, a renewal that
// restarts their ladder), not a change made elsewhere.
import type { Domain } from '@shared/api-types';
import { DOMAIN_FIELDS, type DomainField, type DomainFieldValue } from '@shared/alerts';
import type { DomainSnapshot, Expectation } from './alert-ledger';
import { domainExpectationKey, sameValue, takeExpected } from './alert-expectations';

/** Nameservers as a set: lower case, no trailing dot, sorted. */
export function normalizeNameservers(nameservers: readonly string[]): string[] {
  return nameservers.map((ns) => ns.trim().toLowerCase().replace(/\.$/, '')).sort();
}

export function domainSnapshot(domain: Domain): DomainSnapshot {
  const snapshot: DomainSnapshot = { status: domain.status, auto_renew: domain.auto_renew };
  if (domain.nameservers !== undefined) snapshot.nameservers = normalizeNameservers(domain.nameservers);
  if (domain.locked !== undefined) snapshot.locked = domain.locked;
  if (domain.privacy_protection !== undefined) snapshot.privacy_protection = domain.privacy_protection;
  return snapshot;
}

export interface DomainChange {
  domain: Domain;
  field: DomainField;
  from: DomainFieldValue;
  to: DomainFieldValue;
}

export interface DomainChangeInput {
  /** null: the account's domains have never been seen. */
  baseline: Record<string, DomainSnapshot> | null;
  /** The complete list of a successful refresh. */
  domains: Domain[];
  expected: Record<string, Expectation>;
  /** First sight, or domain-change alerts are off: the baseline moves and nothing fires. */
  silent: boolean;
  /** A snoozed domain keeps its old values, so a change that lasts fires when the snooze ends. */
  snoozed: (domainId: number) => boolean;
}

export function evaluateDomainChanges(input: DomainChangeInput): {
  baseline: Record<string, DomainSnapshot>;
  expected: Record<string, Expectation>;
  changes: DomainChange[];
} {
  const silent = input.silent || input.baseline === null;
  const expected = { ...input.expected };
  const baseline: Record<string, DomainSnapshot> = {};
  const changes: DomainChange[] = [];

  for (const domain of input.domains) {
    const seen = domainSnapshot(domain);
    const previous = input.baseline?.[String(domain.id)];
    if (previous === undefined) {
      baseline[String(domain.id)] = seen;
      continue;
    }
    const next: DomainSnapshot = { ...previous };
    for (const field of DOMAIN_FIELDS) {
      const to = seen[field];
      const from = previous[field];
      if (to === undefined || (from !== undefined && sameValue(from, to))) continue;
      const expiry = field === 'status' && (from === 'expired' || to === 'expired');
      if (from === undefined || expiry || takeExpected(expected, domainExpectationKey(domain.id, field), to) || silent) {
        next[field] = to;
      } else if (!input.snoozed(domain.id)) {
        next[field] = to;
        changes.push({ domain, field, from, to });
      }
    }
    baseline[String(domain.id)] = next;
  }
  return { baseline, expected, changes };
}
