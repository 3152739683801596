// Every VPS.org API operation, with the permission a token needs for it. One table, used by
// the session (`can`), the tray menu and the UI (disabled buttons that name the permission),
// and the CLI. `null` = any valid token may call it; 'unknown' = the provider's pages name no
// permission (domain register, remove, transfer), so the app lets the API decide.

export const OPERATIONS = {
  'account.me': { method: 'GET', path: '/api/v1/account/me/', permission: null },

  'servers.list': { method: 'GET', path: '/api/v1/servers/', permission: 'servers:list' },
  'servers.create': { method: 'POST', path: '/api/v1/servers/', permission: 'servers:create' },
  'servers.get': { method: 'GET', path: '/api/v1/servers/{id}/', permission: 'servers:list' },
  'servers.replace': { method: 'PUT', path: '/api/v1/servers/{id}/', permission: 'servers:update' },
  'servers.update': { method: 'PATCH', path: '/api/v1/servers/{id}/', permission: 'servers:update' },
  'servers.delete': { method: 'DELETE', path: '/api/v1/servers/{id}/', permission: 'servers:delete' },
  'servers.start': { method: 'POST', path: '/api/v1/servers/{id}/start/', permission: 'servers:power' },
  'servers.stop': { method: 'POST', path: '/api/v1/servers/{id}/stop/', permission: 'servers:power' },
  'servers.reboot': { method: 'POST', path: '/api/v1/servers/{id}/reboot/', permission: 'servers:power' },

  'domains.list': { method: 'GET', path: '/api/v1/domains/', permission: 'domains:list' },
  'domains.register': { method: 'POST', path: '/api/v1/domains/', permission: 'unknown' },
  'domains.get': { method: 'GET', path: '/api/v1/domains/{id}/', permission: 'domains:list' },
  'domains.update': { method: 'PUT', path: '/api/v1/domains/{id}/', permission: 'domains:update' },
  'domains.remove': { method: 'DELETE', path: '/api/v1/domains/{id}/', permission: 'unknown' },
  'domains.transfer': { method: 'POST', path: '/api/v1/domains/{id}/transfer/', permission: 'unknown' },

  'dns.zones.list': { method: 'GET', path: '/api/v1/dns-zones/', permission: 'dns:list' },
  'dns.zones.get': { method: 'GET', path: '/api/v1/dns-zones/{uuid}/', permission: 'dns:list' },
  'dns.zones.create': { method: 'POST', path: '/api/v1/dns-zones/', permission: 'dns:create' },
  'dns.zones.delete': { method: 'DELETE', path: '/api/v1/dns-zones/{uuid}/', permission: 'dns:delete' },
  'dns.records.listInZone': { method: 'GET', path: '/api/v1/dns-zones/{uuid}/records/', permission: 'dns:list' },
  'dns.records.createInZone': { method: 'POST', path: '/api/v1/dns-zones/{uuid}/records/', permission: 'dns:create' },
  'dns.records.list': { method: 'GET', path: '/api/v1/dns-records/', permission: 'dns:list' },
  'dns.records.get': { method: 'GET', path: '/api/v1/dns-records/{uuid}/', permission: 'dns:list' },
  'dns.records.replace': { method: 'PUT', path: '/api/v1/dns-records/{uuid}/', permission: 'dns:update' },
  'dns.records.update': { method: 'PATCH', path: '/api/v1/dns-records/{uuid}/', permission: 'dns:update' },
  'dns.records.delete': { method: 'DELETE', path: '/api/v1/dns-records/{uuid}/', permission: 'dns:delete' },
} as const satisfies Record<string, OperationSpec>;

export interface OperationSpec {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** The permission the operation needs; null when none; 'unknown' when the provider does not say. */
  permission: string | null;
}

export type OperationId = keyof typeof OPERATIONS;

export const OPERATION_IDS = Object.keys(OPERATIONS) as OperationId[];
