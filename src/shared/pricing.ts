// Domain prices from the provider's TLD table (seeds 001/002, "Domain pricing"), in USD per
// year. Sums are made in cents so that 3 × 12.99 is 38.97 and not 38.970000000000006.
import type { Domain } from './api-types';
import type { RenewalCost } from './app-state';
import { daysUntilExpiry } from './expiry';

export interface TldPrice {
  registration: number;
  renewal: number;
  transfer: number;
}

export const TLD_PRICES: Readonly<Record<string, TldPrice>> = {
  com: { registration: 12.99, renewal: 12.99, transfer: 12.99 },
  net: { registration: 14.99, renewal: 14.99, transfer: 14.99 },
  org: { registration: 13.99, renewal: 13.99, transfer: 13.99 },
  io: { registration: 39.99, renewal: 39.99, transfer: 39.99 },
  dev: { registration: 14.99, renewal: 14.99, transfer: 14.99 },
  app: { registration: 14.99, renewal: 14.99, transfer: 14.99 },
  co: { registration: 24.99, renewal: 24.99, transfer: 24.99 },
};

export const RENEWAL_WINDOWS = [30, 90, 365] as const;

const cents = (usd: number): number => Math.round(usd * 100);

/** The price of the domain's TLD, or null when the table does not list it. */
export function priceFor(domainName: string): TldPrice | null {
  const tld = domainName.trim().toLowerCase().replace(/\.$/, '').split('.').pop() ?? '';
  return Object.hasOwn(TLD_PRICES, tld) ? (TLD_PRICES[tld] ?? null) : null;
}

/**
 * What registering for `years` costs, or null when it cannot be priced: an unknown TLD, or a
 * term outside the 1 to 10 whole years the API accepts (a form field being typed into).
 */
export function registrationTotal(domainName: string, years: number): number | null {
  const price = priceFor(domainName);
  if (price === null || !Number.isInteger(years) || years < 1 || years > 10) return null;
  return (cents(price.registration) * years) / 100;
}

/**
 * One year's renewal of every domain expiring within each window (today counts; expired ones and
 * those whose expiry is unknown do not), auto-renew or not: the money leaves the account either
 * way. TLDs missing from the table are listed by name in `unknown`, never priced at zero;
 * `count` includes them.
 */
export function renewalCosts(domains: Domain[], now: Date, windows: readonly number[] = RENEWAL_WINDOWS): RenewalCost[] {
  const dated = domains.map((domain) => ({ domain, daysLeft: daysUntilExpiry(domain.expiration_date, now) }));
  return windows.map((days) => {
    const inWindow = dated.filter((d) => d.daysLeft !== null && d.daysLeft >= 0 && d.daysLeft <= days);
    let totalCents = 0;
    const unknown: string[] = [];
    for (const { domain } of inWindow) {
      const price = priceFor(domain.domain_name);
      if (price === null) unknown.push(domain.domain_name);
      else totalCents += cents(price.renewal);
    }
    return { days, total: totalCents / 100, count: inWindow.length, unknown };
  });
}

/** Several accounts' renewal costs as one, window by window. */
export function combineRenewalCosts(lists: readonly RenewalCost[][]): RenewalCost[] {
  return RENEWAL_WINDOWS.map((days) => {
    const same = lists.flatMap((list) => list.filter((cost) => cost.days === days));
    return {
      days,
      total: same.reduce((sum, cost) => sum + cents(cost.total), 0) / 100,
      count: same.reduce((sum, cost) => sum + cost.count, 0),
      unknown: same.flatMap((cost) => cost.unknown),
    };
  });
}
