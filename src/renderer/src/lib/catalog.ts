// What a new server can be made of. VPS.org's API has no catalogue endpoint, so the choices
// the provider's pages and the embedded simulator use are listed here.
export interface PlanChoice {
  id: number;
  name: string;
  vcpus: number;
  /** MiB */
  memory: number;
  /** GB */
  storage: number;
}

export const PLANS: readonly PlanChoice[] = [
  { id: 1, name: 'Standard VPS', vcpus: 2, memory: 4096, storage: 80 },
  { id: 2, name: 'Performance VPS', vcpus: 4, memory: 8192, storage: 160 },
  { id: 3, name: 'Business VPS', vcpus: 8, memory: 16384, storage: 320 },
  { id: 4, name: 'Enterprise VPS', vcpus: 16, memory: 32768, storage: 640 },
];

export const OS_IMAGES: readonly { id: number; name: string }[] = [
  { id: 1, name: 'Ubuntu 24.04 LTS' },
  { id: 5, name: 'Ubuntu 22.04 LTS' },
  { id: 3, name: 'Debian 12' },
  { id: 2, name: 'Debian 11' },
  { id: 4, name: 'Rocky Linux 9' },
  { id: 6, name: 'AlmaLinux 9' },
];

export const LOCATIONS: readonly { id: string; name: string }[] = [
  { id: 'us-west', name: 'Los Angeles' },
  { id: 'us-east', name: 'New York' },
  { id: 'eu-central', name: 'Frankfurt' },
  { id: 'ap-southeast', name: 'Singapore' },
];

export function locationName(id: string): string {
  return LOCATIONS.find((l) => l.id === id)?.name ?? id;
}
