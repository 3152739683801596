// /api/v1/dns-zones/ and /api/v1/dns-records/: zones with their records, and records directly.
// DNS lists are bare arrays, as the provider's examples show.
import { objectBody, requiredDomainName } from './body-fields';
import { invalid, notFound } from './failures';
import type { Handler, HandlerContext } from './handler-types';
import { patchedRecord, recordFromBody } from './record-rules';
import { jsonResponse } from './respond';
import type { SimRecord, SimZone } from './state';
import { recordView, zoneDetailView, zoneView } from './views';

export const listZones: Handler = (ctx) => {
  const domain = ctx.url.searchParams.get('domain')?.trim().toLowerCase();
  const counts = new Map<string, number>();
  for (const record of ctx.state.records.values()) counts.set(record.zone, (counts.get(record.zone) ?? 0) + 1);
  const zones = [...ctx.state.zones.values()].filter((z) => domain === undefined || z.domain === domain);
  return jsonResponse(200, zones.map((z) => zoneView(z, counts.get(z.uuid) ?? 0)));
};

export const getZone: Handler = (ctx) => {
  const zone = zoneOf(ctx);
  return jsonResponse(200, zoneDetailView(zone, ctx.state.zoneRecords(zone.uuid)));
};

export const createZone: Handler = (ctx) => {
  const domain = requiredDomainName(objectBody(ctx.body), 'domain');
  if (ctx.state.findZoneByDomain(domain)) throw invalid(`A DNS zone for ${domain} already exists.`, 'domain');
  const zone = ctx.state.addZone({ uuid: ctx.state.newUuid(), domain, createdAt: ctx.now });
  return jsonResponse(201, zoneDetailView(zone, []));
};

export const deleteZone: Handler = (ctx) => {
  ctx.state.deleteZone(zoneOf(ctx).uuid);
  return jsonResponse(204);
};

export const listZoneRecords: Handler = (ctx) => {
  const zone = zoneOf(ctx);
  return jsonResponse(200, ctx.state.zoneRecords(zone.uuid).map((r) => recordView(r, false)));
};

export const createZoneRecord: Handler = (ctx) => {
  const zone = zoneOf(ctx);
  const fields = recordFromBody(objectBody(ctx.body));
  const record = ctx.state.addRecord({ uuid: ctx.state.newUuid(), ...fields, zone: zone.uuid, createdAt: ctx.now });
  return jsonResponse(201, recordView(record, false));
};

export const listRecords: Handler = (ctx) => {
  const zone = ctx.url.searchParams.get('zone');
  const type = ctx.url.searchParams.get('record_type');
  const records = [...ctx.state.records.values()].filter((r) => (zone === null || r.zone === zone) && (type === null || r.record_type === type));
  return jsonResponse(200, records.map((r) => recordView(r, true)));
};

export const getRecord: Handler = (ctx) => jsonResponse(200, recordView(recordOf(ctx), true));

export const replaceRecord: Handler = (ctx) => {
  const record = recordOf(ctx);
  Object.assign(record, recordFromBody(objectBody(ctx.body)));
  return jsonResponse(200, recordView(record, true));
};

export const updateRecord: Handler = (ctx) => {
  const record = recordOf(ctx);
  Object.assign(record, patchedRecord(record, objectBody(ctx.body)));
  return jsonResponse(200, recordView(record, true));
};

export const deleteRecord: Handler = (ctx) => {
  ctx.state.records.delete(recordOf(ctx).uuid);
  return jsonResponse(204);
};

function zoneOf(ctx: HandlerContext): SimZone {
  const zone = ctx.params.uuid === undefined ? undefined : ctx.state.zones.get(ctx.params.uuid);
  if (!zone) throw notFound();
  return zone;
}

function recordOf(ctx: HandlerContext): SimRecord {
  const record = ctx.params.uuid === undefined ? undefined : ctx.state.records.get(ctx.params.uuid);
  if (!record) throw notFound();
  return record;
}
