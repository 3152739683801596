// Deleting a DNS record, asked first, from whichever table shows it.
import type { DnsRecord } from '@shared/api-types';
import { m } from '@shared/i18n';
import { confirm } from './confirm.svelte';
import { run } from './run';

/**
 * The tables showing the record follow from the app state once it is gone. `owner`: the account
 * the record belongs to, when it is not the active one (lib/scope.ts ownerOf).
 */
export async function deleteRecord(record: DnsRecord, domain: string, owner: { profileId?: string } = {}): Promise<void> {
  const fqdn = record.name === '@' ? domain : `${record.name}.${domain}`;
  const confirmed = await confirm({
    title: m.record_delete_title({ type: record.record_type, name: record.name }),
    message: m.record_delete_text({ fqdn, value: record.value, ttl: record.ttl }),
    confirmLabel: m.record_delete_confirm(),
    danger: true,
  });
  if (!confirmed) return;
  await run(window.vps.deleteRecord({ recordId: record.uuid, ...owner }), () => m.record_deleted({ type: record.record_type, name: record.name }));
}
