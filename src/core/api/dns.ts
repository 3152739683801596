// /api/v1/dns-zones/ and /api/v1/dns-records/: zones with their records, and records directly.
import type { CallOptions, VpsClient } from './client-types';
import { fetchList } from './list';
import type { HttpMethod, RequestCore } from './request';
import { DNS_RECORD, DNS_ZONE, DNS_ZONE_DETAIL, parseAs } from './schemas';
import { queryString, uuidSegment } from './url-parts';

const ZONES = { target: 'DNS zone', plural: 'DNS zones' };
const RECORDS = { target: 'DNS record', plural: 'DNS records' };

export function dnsApi(core: RequestCore): VpsClient['dns'] {
  const send = (method: HttpMethod, path: string, target: string, opts: CallOptions | undefined, body?: unknown): Promise<unknown> =>
    core.send({ method, path, body, target, signal: opts?.signal });
  const zone = (uuid: string): string => `/api/v1/dns-zones/${uuidSegment(uuid, 'DNS zone')}/`;
  const record = (uuid: string): string => `/api/v1/dns-records/${uuidSegment(uuid, 'DNS record')}/`;

  return {
    zones: {
      list: (filter, opts) => fetchList(core, `/api/v1/dns-zones/${queryString({ domain: filter?.domain })}`, DNS_ZONE, ZONES, opts?.signal),
      get: async (uuid, opts) => parseAs(DNS_ZONE_DETAIL, await send('GET', zone(uuid), ZONES.target, opts)),
      create: async (domain, opts) => parseAs(DNS_ZONE_DETAIL, await send('POST', '/api/v1/dns-zones/', ZONES.target, opts, { domain })),
      delete: async (uuid, opts) => {
        await send('DELETE', zone(uuid), ZONES.target, opts);
      },
    },
    records: {
      // A 404 here means the zone is gone, so errors name the zone.
      listInZone: async (zoneUuid, opts) => fetchList(core, `${zone(zoneUuid)}records/`, DNS_RECORD, { target: ZONES.target, plural: RECORDS.plural }, opts?.signal),
      createInZone: async (zoneUuid, input, opts) =>
        parseAs(DNS_RECORD, await send('POST', `${zone(zoneUuid)}records/`, ZONES.target, opts, input)),
      list: (filter, opts) =>
        fetchList(core, `/api/v1/dns-records/${queryString({ zone: filter?.zone, record_type: filter?.record_type })}`, DNS_RECORD, RECORDS, opts?.signal),
      get: async (uuid, opts) => parseAs(DNS_RECORD, await send('GET', record(uuid), RECORDS.target, opts)),
      replace: async (uuid, input, opts) => parseAs(DNS_RECORD, await send('PUT', record(uuid), RECORDS.target, opts, input)),
      update: async (uuid, patch, opts) => parseAs(DNS_RECORD, await send('PATCH', record(uuid), RECORDS.target, opts, patch)),
      delete: async (uuid, opts) => {
        await send('DELETE', record(uuid), RECORDS.target, opts);
      },
    },
  };
}
