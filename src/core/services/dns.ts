// DNS zones and records: the zone list and the writes (what the window reads of one zone or
// record is in details.ts). Every record is checked with the shared per-type rules before it is
// sent, so a mistake is named field by field instead of coming back as a 400.
import type { DnsRecord, DnsRecordInput, DnsRecordPatchInput, DnsZone, DnsZoneDetail } from '@shared/api-types';
import { validatePatch, validateRecord, type FieldError, type RecordDraft } from '@shared/dns-validation';
import { VpsError, appError } from '@shared/errors';
import { m } from '@shared/i18n';
import type { ActivityLog } from './activity';
import type { ApiGate } from './api-gate';
import type { StatePort } from './state-holder';

export interface DnsService {
  /** Without a domain filter, the state's zones are replaced too. */
  listZones(domain?: string): Promise<DnsZone[]>;
  refreshZones(): Promise<void>;
  createZone(domain: string): Promise<DnsZoneDetail>;
  deleteZone(zoneId: string): Promise<void>;
  createZoneRecord(zoneId: string, record: DnsRecordInput): Promise<DnsRecord>;
  replaceRecord(recordId: string, record: DnsRecordInput): Promise<DnsRecord>;
  updateRecord(recordId: string, patch: DnsRecordPatchInput): Promise<DnsRecord>;
  deleteRecord(recordId: string): Promise<void>;
}

/** Throws the first problem as a `validation` error naming the field. */
function throwFirst([first]: FieldError[]): void {
  if (first) throw new VpsError(appError('validation', first.message, { field: first.field }));
}

function checkRecord(record: RecordDraft): void {
  throwFirst(validateRecord(record));
}

/** `state`: the active account's, or another account's slice of it (src/core/services/accounts.ts). */
export function createDnsService(deps: { gate: ApiGate; state: StatePort<'zones'>; activity: ActivityLog }): DnsService {
  const { gate, state, activity } = deps;

  const zoneName = (zoneId: string | undefined): string | undefined => state.get().zones.find((z) => z.uuid === zoneId)?.domain;
  const recordLabel = (record: { name: string; record_type: string }, zoneId: string | undefined): string =>
    [record.name, record.record_type, zoneName(zoneId)].filter(Boolean).join(' ');

  /** The record as it is now, or null when the token may change it but not read it. */
  async function readable(recordId: string): Promise<DnsRecord | null> {
    return gate.allowed('dns.records.get') ? gate.run('dns.records.get', (client) => client.dns.records.get(recordId)) : null;
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
      // A patch alone cannot be fully checked (an MX value needs the priority it already has):
      // the record as it will be is, when the token may read it; otherwise the patch's own fields.
      const current = await readable(recordId);
      throwFirst(validatePatch(current, patch));
      const after = current ? { ...current, ...patch } : null;
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
