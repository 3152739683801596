// The simulator's view of the catalogue: lookups over the shared lists, and what it charges
// for a TLD, from the provider's price table (src/shared/pricing.ts) with a price for the TLDs
// the table leaves out.
import { LOCATIONS, OS_IMAGES, PLANS, type CatalogLocation, type CatalogOs, type CatalogPlan } from '@shared/catalog';
import { priceFor, type TldPrice } from '@shared/pricing';

/** What VPS.org charges for a TLD its table does not list. */
export const OTHER_TLD_PRICE: TldPrice = { registration: 19.99, renewal: 19.99, transfer: 19.99 };

export function tldPrice(domainName: string): TldPrice {
  return priceFor(domainName) ?? OTHER_TLD_PRICE;
}

export function findPlan(id: number): CatalogPlan | undefined {
  return PLANS.find((p) => p.id === id);
}

export function findOs(id: number): CatalogOs | undefined {
  return OS_IMAGES.find((o) => o.id === id);
}

export function findLocation(code: string): CatalogLocation | undefined {
  return LOCATIONS.find((l) => l.code === code);
}
