import { describe, expect, it } from 'vitest';
import type { ServerDetail } from '@shared/api-types';
import { expiry, serverDetails, serversTable, tokenExpiry } from './text-views';

const server: ServerDetail = {
  id: 7,
  name: 'web-01',
  hostname: null,
  status: 'active',
  ip_address: null,
  location: 'us-west',
  plan: { id: 1, name: 'Standard VPS', vcpus: 2, memory: 4096, storage: 80, bandwidth: 2000 },
  os: { id: 5, name: 'Ubuntu 22.04 LTS' },
  created_at: '2025-06-01T12:00:00Z',
  updated_at: '2025-06-02T12:00:00Z',
  backups_enabled: true,
  resource_usage: { cpu_percent: 37.6, memory_used: 1024, disk_used: 20, bandwidth_used: 500 },
};

describe('expiry', () => {
  it('counts local calendar days to the expiry date', () => {
    const noonMarch1 = new Date(2026, 2, 1, 12);
    expect(expiry('2026-03-12', noonMarch1)).toBe('Mar 12, 2026 (in 11 days)');
    expect(expiry('2026-03-01', noonMarch1)).toBe('Mar 1, 2026 (expires today)');
    expect(expiry('2026-02-27', noonMarch1)).toBe('Feb 27, 2026 (expired 2 days ago)');
    expect(tokenExpiry(null, noonMarch1)).toBe('never');
  });
});

describe('servers', () => {
  it('shows a dash for what a server does not have yet', () => {
    expect(serversTable([server])).toBe(['ID  NAME    STATUS  IP  LOCATION  PLAN', '7   web-01  active  -   us-west   Standard VPS'].join('\n'));
  });

  it('shows usage against the plan', () => {
    const text = serverDetails(server);
    expect(text).toMatch(/^CPU:\s+38%$/m);
    expect(text).toMatch(/^Memory:\s+1\.0 GiB of 4\.0 GiB \(25%\)$/m);
    expect(text).toMatch(/^Bandwidth:\s+500 GB of 2\.0 TB \(25%\)$/m);
    expect(text).toMatch(/^Backups:\s+yes$/m);
    expect(text).not.toMatch(/^IPv6:/m);
  });
});
