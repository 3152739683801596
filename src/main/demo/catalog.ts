// What VPS.org sells: plans, OS images, datacenter locations and TLD prices. The TLD table
// is the provider's own; plan 1, plan 2, OS 3 and OS 5 are the ones its examples show, the
// rest fill the catalogue out. Pure data, so the UI's create form can show the same lists.

export interface CatalogPlan {
  id: number;
  name: string;
  vcpus: number;
  /** MiB */
  memory: number;
  /** GB */
  storage: number;
  /** GB per month */
  bandwidth: number;
  /** USD, charged when the server is created */
  monthly_price: number;
}

export interface CatalogOs {
  id: number;
  name: string;
}

export interface CatalogLocation {
  /** The code the API takes and returns, e.g. "us-west". */
  code: string;
  name: string;
}

export interface TldPrice {
  register: number;
  renew: number;
  transfer: number;
}

export const PLANS: readonly CatalogPlan[] = [
  { id: 1, name: 'Standard VPS', vcpus: 2, memory: 4096, storage: 80, bandwidth: 2048, monthly_price: 24 },
  { id: 2, name: 'Performance VPS', vcpus: 4, memory: 8192, storage: 160, bandwidth: 4096, monthly_price: 48 },
  { id: 3, name: 'Business VPS', vcpus: 8, memory: 16384, storage: 320, bandwidth: 8192, monthly_price: 96 },
  { id: 4, name: 'Enterprise VPS', vcpus: 16, memory: 32768, storage: 640, bandwidth: 16384, monthly_price: 192 },
];

export const OS_IMAGES: readonly CatalogOs[] = [
  { id: 1, name: 'Ubuntu 24.04 LTS' },
  { id: 2, name: 'Debian 11' },
  { id: 3, name: 'Debian 12' },
  { id: 4, name: 'Rocky Linux 9' },
  { id: 5, name: 'Ubuntu 22.04 LTS' },
  { id: 6, name: 'AlmaLinux 9' },
];

export const LOCATIONS: readonly CatalogLocation[] = [
  { code: 'us-west', name: 'Los Angeles, United States' },
  { code: 'us-east', name: 'New York, United States' },
  { code: 'eu-central', name: 'Frankfurt, Germany' },
  { code: 'ap-southeast', name: 'Singapore' },
];

export const TLD_PRICES: Readonly<Record<string, TldPrice>> = {
  com: { register: 12.99, renew: 12.99, transfer: 12.99 },
  net: { register: 14.99, renew: 14.99, transfer: 14.99 },
  org: { register: 13.99, renew: 13.99, transfer: 13.99 },
  io: { register: 39.99, renew: 39.99, transfer: 39.99 },
  dev: { register: 14.99, renew: 14.99, transfer: 14.99 },
  app: { register: 14.99, renew: 14.99, transfer: 14.99 },
  co: { register: 24.99, renew: 24.99, transfer: 24.99 },
};

/** What VPS.org charges for a TLD its table does not list. */
export const OTHER_TLD_PRICE: TldPrice = { register: 19.99, renew: 19.99, transfer: 19.99 };

export function tldPrice(domainName: string): TldPrice {
  const tld = domainName.slice(domainName.lastIndexOf('.') + 1).toLowerCase();
  return TLD_PRICES[tld] ?? OTHER_TLD_PRICE;
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
