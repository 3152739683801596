// What VPS.org sells: plans, OS images and datacenter locations. The API has no catalogue
// endpoint; plan 1, plan 2, OS 3 and OS 5 are the ones the provider's examples show, the rest
// fill the catalogue out. The simulator serves these and the window's create form offers them.

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
  { code: 'us-west', name: 'Los Angeles' },
  { code: 'us-east', name: 'New York' },
  { code: 'eu-central', name: 'Frankfurt' },
  { code: 'ap-southeast', name: 'Singapore' },
];

/** The city of a location code, or the code itself for a location the catalogue does not know. */
export function locationName(code: string): string {
  return LOCATIONS.find((l) => l.code === code)?.name ?? code;
}
