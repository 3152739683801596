// Deleting a DNS record, asked first, from whichever table shows it.
import type { DnsRecord } from '@shared/api-types';
import { confirm } from './confirm.svelte';
import { run } from './run';

/** True once the record is gone. */
export async function deleteRecord(record: DnsRecord, domain: string): Promise<boolean> {
  const fqdn = record.name === '@' ? domain : `${record.name}.${domain}`;
  const confirmed = await confirm({
    title: `Delete the ${record.record_type} record ${record.name}?`,
    message: `${fqdn} → ${record.value} stops resolving once caches expire (TTL ${record.ttl} s).`,
    confirmLabel: 'Delete record',
    danger: true,
  });
  if (!confirmed) return false;
  const result = await run(window.vps.deleteRecord({ recordId: record.uuid }), () => `Deleted the ${record.record_type} record ${record.name}.`);
  return result.ok;
}
