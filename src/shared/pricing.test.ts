import { describe, expect, it } from 'vitest';
import type { Domain } from './api-types';
import { combineRenewalCosts, priceFor, registrationTotal, renewalCosts, TLD_PRICES } from './pricing';

const now = new Date(2026, 0, 10, 9, 0);

function domain(id: number, name: string, daysFromNow: number, autoRenew = false): Domain {
  return {
    id,
    domain_name: name,
    status: 'active',
    expiration_date: new Date(2026, 0, 10 + daysFromNow, 15, 0).toISOString(),
    auto_renew: autoRenew,
  };
}

describe('pricing', () => {
  it('has the seeds\' table', () => {
    expect(Object.keys(TLD_PRICES).sort()).toEqual(['app', 'co', 'com', 'dev', 'io', 'net', 'org']);
    expect(TLD_PRICES.io).toEqual({ registration: 39.99, renewal: 39.99, transfer: 39.99 });
  });

  it('leaves a domain whose expiration_date is not a date out of every window, and prices the others', () => {
    const broken: Domain = { ...domain(9, 'broken.com', 0), expiration_date: 'not a date' };
    const costs = renewalCosts([broken, domain(1, 'a.com', 10), domain(2, 'b.io', 80)], now);
    expect(costs.map((c) => [c.days, c.count, c.total])).toEqual([
      [30, 1, 12.99],
      [90, 2, 52.98],
      [365, 2, 52.98],
    ]);
  });

  it('prices by the last label, whatever the case or a final dot', () => {
    expect(priceFor('example.com')?.renewal).toBe(12.99);
    expect(priceFor('Shop.Example.CO.')?.registration).toBe(24.99);
    expect(priceFor('example.xyz')).toBeNull();
    expect(priceFor('constructor')).toBeNull();
    expect(priceFor('')).toBeNull();
  });

  it('totals a registration in whole cents', () => {
    expect(registrationTotal('example.com', 1)).toBe(12.99);
    expect(registrationTotal('example.com', 3)).toBe(38.97);
    expect(registrationTotal('example.io', 10)).toBe(399.9);
    expect(registrationTotal('example.xyz', 2)).toBeNull();
    expect(registrationTotal('example.com', 0)).toBeNull();
    expect(registrationTotal('example.com', 1.5)).toBeNull();
    expect(registrationTotal('example.com', 11)).toBeNull();
  });

  it('sums the renewals due in each window, listing unknown TLDs instead of pricing them at zero', () => {
    const domains = [
      domain(1, 'today.com', 0),
      domain(2, 'soon.net', 30, true),
      domain(3, 'later.io', 31),
      domain(4, 'mystery.xyz', 10),
      domain(5, 'far.org', 365),
      domain(6, 'gone.com', -1),
      domain(7, 'never.dev', 366),
    ];
    expect(renewalCosts(domains, now)).toEqual([
      { days: 30, total: 27.98, count: 3, unknown: ['mystery.xyz'] },
      { days: 90, total: 67.97, count: 4, unknown: ['mystery.xyz'] },
      { days: 365, total: 81.96, count: 5, unknown: ['mystery.xyz'] },
    ]);
    expect(renewalCosts([], now, [7])).toEqual([{ days: 7, total: 0, count: 0, unknown: [] }]);
  });

  it('never counts a 0.1 + 0.2 style rounding error', () => {
    const many = Array.from({ length: 100 }, (_, i) => domain(i, `d${i}.com`, 5));
    expect(renewalCosts(many, now, [30])[0]?.total).toBe(1299);
  });

  it("adds several accounts' renewals window by window, in whole cents, with every unknown TLD", () => {
    const work = renewalCosts([domain(1, 'a.com', 5), domain(2, 'b.xyz', 40)], now);
    const client = renewalCosts([domain(1, 'a.com', 5), domain(3, 'c.io', 200)], now);
    const com = TLD_PRICES.com!.renewal;
    expect(combineRenewalCosts([work, client])).toEqual([
      { days: 30, total: Math.round(com * 200) / 100, count: 2, unknown: [] },
      { days: 90, total: Math.round(com * 200) / 100, count: 3, unknown: ['b.xyz'] },
      { days: 365, total: Math.round((com * 2 + TLD_PRICES.io!.renewal) * 100) / 100, count: 4, unknown: ['b.xyz'] },
    ]);
    expect(combineRenewalCosts([work])).toEqual(work);
  });
});
