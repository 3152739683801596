// What vps dns zones … and vps dns records … do (their words are in table/dns.ts). Records are
// checked with the app's per-type rules before anything is sent.
import { RECORD_TYPES, type DnsRecord, type DnsRecordInput } from '@shared/api-types';
import { DnsRecordPatchSchema, DnsRecordSchema } from '@shared/api-inputs';
import type { Args } from '../command-args';
import type { CommandRun } from '../command-spec';
import type { CliContext } from '../context';
import { confirmOrCancel, mustAsk } from '../prompt';
import { domainName, recordUuid, resolveZone } from '../resolve';
import { recordDetails, recordsTable, zoneDetails, zonesTable } from '../text-views';
import { checkInput, checkRecord, definedOnly, requireSome } from '../validate';

const RECORD_OPTIONS = { record_type: '--type', name: '--name', value: '--value', ttl: '--ttl', priority: '--priority' };

const recordType = (args: Args) => args.choice('type', RECORD_TYPES);
const ttl = (args: Args) => args.integer('ttl', { min: 1 });
const priority = (args: Args) => args.integer('priority', { min: 0, max: 65535 });

/** A whole record from the options, checked with the shared DNS rules. */
function recordInput(args: Args): DnsRecordInput {
  const draft = definedOnly({
    record_type: recordType(args) ?? args.required('type'),
    name: args.required('name'),
    value: args.required('value'),
    ttl: ttl(args),
    priority: priority(args),
  }) as DnsRecordInput;
  checkRecord(draft);
  return checkInput(DnsRecordSchema, draft, RECORD_OPTIONS);
}

const recordLabel = (r: DnsRecord): string => `${r.record_type} record ${r.name}`;

const recordsText = (records: readonly DnsRecord[], withZone: boolean): string =>
  records.length === 0 ? 'No records.' : recordsTable(records, withZone);

export const RUNS = {
  async zonesList(ctx, args) {
    const domain = args.string('domain');
    const zones = await (await ctx.client()).dns.zones.list(domain === undefined ? {} : { domain: domainName(domain, '--domain') });
    return { json: zones, ids: zones.map((z) => z.uuid), text: zones.length === 0 ? 'No DNS zones.' : zonesTable(zones) };
  },

  async zonesGet(ctx, args) {
    const client = await ctx.client();
    const zone = await client.dns.zones.get((await resolveZone(client, args.arg(0))).uuid);
    return { json: zone, ids: [zone.uuid], text: zoneDetails(zone) };
  },

  async zonesCreate(ctx, args) {
    const zone = await (await ctx.client()).dns.zones.create(domainName(args.arg(0), 'DOMAIN'));
    return { json: zone, ids: [zone.uuid], text: `Created the DNS zone for ${zone.domain}.\n\n${zoneDetails(zone)}` };
  },

  async zonesDelete(ctx, args) {
    const ask = mustAsk(ctx.io, args.flag('yes'), 'vps dns zones delete');
    const client = await ctx.client();
    const ref = await resolveZone(client, args.arg(0));
    const domain = ref.domain ?? (ask ? (await client.dns.zones.get(ref.uuid)).domain : ref.uuid);
    if (ask) await confirmOrCancel(ctx.io, `Delete the DNS zone of ${domain} and all its records?`);
    await client.dns.zones.delete(ref.uuid);
    return { ids: [ref.uuid], text: `Deleted the DNS zone of ${domain}.` };
  },

  async recordsList(ctx, args) {
    const client = await ctx.client();
    const records = await client.dns.records.listInZone((await resolveZone(client, args.arg(0))).uuid);
    return { json: records, ids: records.map((r) => r.uuid), text: recordsText(records, false) };
  },

  async recordsSearch(ctx, args) {
    const type = recordType(args);
    const zoneRef = args.string('zone');
    const client = await ctx.client();
    const zone = zoneRef === undefined ? undefined : (await resolveZone(client, zoneRef)).uuid;
    const records = await client.dns.records.list(definedOnly({ zone, record_type: type }));
    return { json: records, ids: records.map((r) => r.uuid), text: recordsText(records, true) };
  },

  async recordsGet(ctx, args) {
    const record = await (await ctx.client()).dns.records.get(recordUuid(args.arg(0), 'RECORD'));
    return { json: record, ids: [record.uuid], text: recordDetails(record) };
  },

  async recordsAdd(ctx, args) {
    const input = recordInput(args);
    const client = await ctx.client();
    const record = await client.dns.records.createInZone((await resolveZone(client, args.arg(0))).uuid, input);
    return { json: record, ids: [record.uuid], text: `Added the ${recordLabel(record)}.\n\n${recordDetails(record)}` };
  },

  async recordsUpdate(ctx, args) {
    const uuid = recordUuid(args.arg(0), 'RECORD');
    const patch = definedOnly({
      record_type: recordType(args),
      name: args.string('name'),
      value: args.string('value'),
      ttl: ttl(args),
      priority: priority(args),
    });
    requireSome(patch, '--type, --name, --value, --ttl, --priority');
    const input = checkInput(DnsRecordPatchSchema, patch, RECORD_OPTIONS);
    const client = await ctx.client();
    // A patch alone cannot be checked (an MX value needs the priority it already has): the
    // record as it will be is, as in the app.
    checkRecord({ ...(await client.dns.records.get(uuid)), ...input });
    const record = await client.dns.records.update(uuid, input);
    return { json: record, ids: [record.uuid], text: `Updated the ${recordLabel(record)}.\n\n${recordDetails(record)}` };
  },

  async recordsReplace(ctx, args) {
    const uuid = recordUuid(args.arg(0), 'RECORD');
    const input = recordInput(args);
    const record = await (await ctx.client()).dns.records.replace(uuid, input);
    return { json: record, ids: [record.uuid], text: `Replaced the ${recordLabel(record)}.\n\n${recordDetails(record)}` };
  },

  async recordsDelete(ctx, args) {
    const ask = mustAsk(ctx.io, args.flag('yes'), 'vps dns records delete');
    const uuid = recordUuid(args.arg(0), 'RECORD');
    const client = await ctx.client();
    if (ask) {
      const record = await client.dns.records.get(uuid);
      await confirmOrCancel(ctx.io, `Delete the ${recordLabel(record)} (${record.value})?`);
    }
    await client.dns.records.delete(uuid);
    return { ids: [uuid], text: 'Deleted the record.' };
  },
} satisfies Record<string, CommandRun<CliContext>>;
