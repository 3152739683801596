// DNS zones and records. Every record is checked with the shared per-type rules before it is
// sent, so a mistake is named field by field instead of coming back as a 400.
import type { DnsRecord, DnsRecordFilter, DnsRecordInput, DnsRecordPatchInput, DnsZone, DnsZoneDetail } from '@shared/api-types';
import { validateRecord, type RecordDraft } from '@shared/dns-validation';
import { VpsError, appError } from '@shared/errors';
import { m } from '@shared/i18n';
import type { ActivityLog } from './activity';
import type { ApiGate } from './api-gate';
import type { StateHolder } from './state-holder';

export interface DnsService {
  /** Without a domain filter, the state's zones are replaced too. */
  listZones(domain?: string): Promise<DnsZone[]>;
  refreshZones(): Promise<void>;
  getZone(zoneId: string): Promise<DnsZoneDetail>;
  createZone(domain: string): Promise<DnsZoneDetail>;
  deleteZone(zoneId: string): Promise<void>;
  listZoneRecords(zoneId: string): Promise<DnsRecord[]>;
  createZoneRecord(zoneId: string, record: DnsRecordInput): Promise<DnsRecord>;
  listRecords(filter: DnsRecordFilter): Promise<DnsRecord[]>;
  getRecord(recordId: string): Promise<DnsRecord>;
  replaceRecord(recordId: string, record: DnsRecordInput): Promise<DnsRecord>;
  updateRecord(recordId: string, patch: DnsRecordPatchInput): Promise<DnsRecord>;
  deleteRecord(recordId: string): Promise<void>;
}

/** Throws the first problem as a `validation` error naming the field. */
export function checkRecord(record: RecordDraft): void {
  const [first] = validateRecord(record);
  if (first) throw new VpsError(appError('validation', first.message, { field: first.field }));
}

export function createDnsService(deps: { gate: ApiGate; state: StateHolder; activity: ActivityLog }): DnsService {
  const { gate, state, activity } = deps;

  const zoneName = (zoneId: string | undefined): string | undefined => state.get().zones.find((z) => z.uuid === zoneId)?.domain;
  const recordLabel = (record: { name: string; record_type: string }, zoneId: string | undefined): string =>
    [record.name, record.record_type, zoneName(zoneId)].filter(Boolean).join(' ');

  /** The record as it is now, or null when the token may change it but not read it. */
  async function readable(recordId: string): Promise<DnsRecord | null> {
    return gate.allowed('dns.records.get') ? service.getRecord(recordId) : null;
  }

  /** Record counts and zones change with every write; a failed refresh must not fail the write. */
  async function refreshQuietly(): Promise<void> {
    await service.refreshZones().catch(() => undefined);
  }

  const service: DnsService = {
    async listZones(domain) {
      const zones = await gate.run('dns.zones.list', (client) => client.dns.zones.list(domain === undefined ? {} : { domain }));
      if (domain === undefined) state.set({ zones });
      return zones;
    },

    async refreshZones() {
      if (!gate.allowed('dns.zones.list')) return;
      await service.listZones();
    },

    getZone(zoneId) {
      return gate.run('dns.zones.get', (client) => client.dns.zones.get(zoneId));
    },

    async createZone(domain) {
      const zone = await activity.track(m.activity_create_zone(), domain, () => gate.run('dns.zones.create', (client) => client.dns.zones.create(domain)), () => m.activity_created());
      await refreshQuietly();
      return zone;
    },

    async deleteZone(zoneId) {
      await activity.track(m.activity_delete_zone(), zoneName(zoneId) ?? zoneId, () => gate.run('dns.zones.delete', (client) => client.dns.zones.delete(zoneId)), () => m.activity_deleted());
      state.set({ zones: state.get().zones.filter((z) => z.uuid !== zoneId) });
      await refreshQuietly();
    },

    listZoneRecords(zoneId) {
      return gate.run('dns.records.listInZone', (client) => client.dns.records.listInZone(zoneId));
    },

    async createZoneRecord(zoneId, record) {
      checkRecord(record);
      const created = await activity.track(
        m.activity_add_record(),
        recordLabel(record, zoneId),
        () => gate.run('dns.records.createInZone', (client) => client.dns.records.createInZone(zoneId, record)),
        () => m.activity_added(),
      );
      await refreshQuietly();
      return created;
    },

    listRecords(filter) {
      return gate.run('dns.records.list', (client) => client.dns.records.list(filter));
    },

    getRecord(recordId) {
      return gate.run('dns.records.get', (client) => client.dns.records.get(recordId));
    },

    replaceRecord(recordId, record) {
      checkRecord(record);
      return activity.track(
        m.activity_edit_record(),
        recordLabel(record, undefined),
        () => gate.run('dns.records.replace', (client) => client.dns.records.replace(recordId, record)),
        () => m.activity_saved(),
      );
    },

    async updateRecord(recordId, patch) {
      // A patch alone cannot be checked (an MX value needs the priority it already has): check
      // the record as it will be after the patch, when the token may read it.
      const current = await readable(recordId);
      const after = current ? { ...current, ...patch } : null;
      if (after) checkRecord(after);
      return activity.track(
        m.activity_edit_record(),
        after ? recordLabel(after, after.zone) : recordId,
        () => gate.run('dns.records.update', (client) => client.dns.records.update(recordId, patch)),
        () => m.activity_saved(),
      );
    },

    async deleteRecord(recordId) {
      const current = await readable(recordId);
      await activity.track(
        m.activity_delete_record(),
        current ? recordLabel(current, current.zone) : recordId,
        () => gate.run('dns.records.delete', (client) => client.dns.records.delete(recordId)),
        () => m.activity_deleted(),
      );
      await refreshQuietly();
    },
  };
  return service;
}
