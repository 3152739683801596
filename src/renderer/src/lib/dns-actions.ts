// Deleting a DNS record, asked first, from whichever table shows it.
import type { DnsRecord } from '@shared/api-types';
import { m } from '@shared/i18n';
import { confirm } from './confirm.svelte';
import { run } from './run';

/** True once the record is gone. */
export async function deleteRecord(record: DnsRecord, domain: string): Promise<boolean> {
  const fqdn = record.name === '@' ? domain : `${record.name}.${domain}`;
  const confirmed = await confirm({
    title: m.record_delete_title({ type: record.record_type, name: record.name }),
    message: m.record_delete_text({ fqdn, value: record.value, ttl: record.ttl }),
    confirmLabel: m.record_delete_confirm(),
    danger: true,
  });
  if (!confirmed) return false;
  const result = await run(window.vps.deleteRecord({ recordId: record.uuid }), () => m.record_deleted({ type: record.record_type, name: record.name }));
  return result.ok;
}
