// The BUILT command (out/main/cli.js, as `npm test` builds it) in child processes, against the
// simulator over real HTTP, with its store in a temporary folder. The keychain part uses the
// real OS keychain: run under scripts/with-keyring.mjs (a private gnome-keyring on Linux).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DnsRecord, DnsZone, DnsZoneDetail, Domain, Server, ServerDetail } from '@shared/api-types';
import { daysUntilExpiry, expiryDateKey } from '@shared/expiry';
import { DEFAULT_SETTINGS } from '@shared/settings';
import { startSimulator, type Simulator } from '../core/simulator/simulator';
import { openDataStore } from '../core/store/data-store';
import { storeKeys } from '../core/store/store';
import { KEYCHAIN_SERVICE } from '../core/vault/keychain';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(ROOT, 'out', 'main', 'cli.js');
const BIN = path.join(ROOT, 'bin', 'vps.js');

/** Short enough for --wait to finish in a test, long enough to be seen in transition. */
const TIMINGS = { provisionMs: 1_500, startMs: 1_000, stopMs: 1_000, rebootMs: 1_500, domainPendingMs: 1_500 };

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let sim: Simulator;
let dataDir: string;
const transcripts: string[] = [];

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test builds before it tests).`);
  sim = await startSimulator({ timings: TIMINGS });
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'vps-cli-'));
});

afterAll(async () => {
  await sim?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Runs a script with this Node; asynchronously, so the simulator in this process can answer. */
function runScript(script: string, args: string[], opts: { env?: Record<string, string | undefined>; input?: string; node?: string } = {}): Promise<Run> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    VPS_TRAY_DATA_DIR: dataDir,
    VPS_API_URL: sim.url,
    VPS_TOKEN: sim.tokens.full,
    VPS_POLL_MS: undefined,
    ...opts.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(opts.node ?? process.execPath, [script, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      transcripts.push(stdout, stderr);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(opts.input ?? '');
  });
}

const vps = (line: string | string[], opts: { env?: Record<string, string | undefined>; input?: string } = {}): Promise<Run> =>
  runScript(CLI, typeof line === 'string' ? line.split(' ').filter(Boolean) : line, opts);

async function json<T>(line: string, opts: { env?: Record<string, string | undefined> } = {}): Promise<T> {
  const run = await vps(`${line} --json`, opts);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as T;
}

async function quiet(line: string): Promise<string[]> {
  const run = await vps(`${line} --quiet`);
  expect(run.code).toBe(0);
  return run.stdout.split('\n').filter(Boolean);
}

/** Requests the simulator received while `action` ran. */
async function requestsDuring(action: () => Promise<unknown>): Promise<Array<{ method: string; path: string; query: string; status: number }>> {
  const before = sim.requests.length;
  await action();
  return sim.requests.slice(before).map(({ method, path: p, query, status }) => ({ method, path: p, query, status }));
}

describe('help and usage errors', () => {
  it('prints usage for the tool, a group and a command with --help (exit 0)', async () => {
    const root = await vps('--help');
    expect(root.code).toBe(0);
    expect(root.stdout).toContain('vps servers reboot SERVER [--wait] [--timeout SECONDS] [--yes]');
    const group = await vps('dns records --help');
    expect(group.stdout).toContain('vps dns records add ZONE --type T --name N --value V [--ttl S] [--priority P]');
    const leaf = await vps('domains expiring --help');
    expect(leaf.stdout).toMatch(/^usage: vps domains expiring \[--within DAYS\] \[--ics \[FILE\]\] \[--all-profiles\]\n/);
    const completion = await vps('completion --help');
    expect(completion.stdout).toMatch(/^usage: vps completion bash\|zsh\|fish\n/);
    expect(completion.stdout).toContain('vps completion bash > ~/.local/share/bash-completion/completions/vps');
    expect(completion.stdout).toContain('vps completion fish > ~/.config/fish/completions/vps.fish');
  });

  it('exits 2 with a short usage hint for an unknown command, an unknown option or a missing argument', async () => {
    const unknown = await vps('servers explode');
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toBe('error: unknown command "servers explode"\nRun "vps servers --help" to see the commands.\n');
    const option = await vps('domains list --colour red');
    expect(option.code).toBe(2);
    expect(option.stderr).toBe('error: unknown option --colour\nusage: vps domains list [--status S] [--search Q] [--all-profiles]\n');
    const missing = await vps('servers create --name web-09 --plan 1 --os 5');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('error: missing --location');
  });
});

describe('version', () => {
  it('prints the version of package.json for --version and for vps version (exit 0)', async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await vps('--version')).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(await vps('version')).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(await json<{ version: string }>('version')).toEqual({ version });
  });
});

describe('servers', () => {
  it('lists servers as an aligned table, as JSON and as ids', async () => {
    const table = await vps('servers list');
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+NAME\s+STATUS\s+IP\s+LOCATION\s+PLAN$/);
    expect(lines).toHaveLength(9);
    expect(lines.find((l) => l.includes(' web-01 '))).toMatch(/^\d+\s+web-01\s+active\s+[\d.]+\s+us-west\s+Standard VPS$/);

    const servers = await json<Server[]>('servers list');
    expect(servers).toHaveLength(8);
    expect(servers[0]).toMatchObject({ id: expect.any(Number), name: 'web-01', status: 'active', plan: { name: 'Standard VPS' } });
    expect(await quiet('servers list')).toEqual(servers.map((s) => String(s.id)));
  });

  it('filters by status and location on the server side', async () => {
    let stopped: string[] = [];
    const sentRequests = await requestsDuring(async () => (stopped = await quiet('servers list --status stopped --location us-west')));
    expect(sentRequests).toEqual([{ method: 'GET', path: '/api/v1/servers/', query: 'status=stopped&location=us-west', status: 200 }]);
    const staging = (await json<Server[]>('servers list')).find((s) => s.name === 'staging')!;
    expect(stopped).toEqual([String(staging.id)]);
  });

  it('gets a server by name or by id, with its resource usage', async () => {
    const byName = await json<ServerDetail>('servers get db-01');
    const byId = await json<ServerDetail>(`servers get ${byName.id}`);
    expect(byId).toMatchObject({ id: byName.id, name: 'db-01', plan: { name: 'Performance VPS' } });
    expect(byId.resource_usage).toMatchObject({ cpu_percent: expect.any(Number) });
    const text = await vps('servers get db-01');
    expect(text.stdout).toMatch(/^Name:\s+db-01$/m);
    expect(text.stdout).toMatch(/^Memory:\s+.+ of 8\.0 GiB \(\d+%\)$/m);
  });

  it('creates, updates (PATCH), replaces (PUT) and deletes a server', async () => {
    const created = await json<ServerDetail>('servers create --name cli-box --plan 1 --os 3 --location eu-central --hostname box.example.com --backups');
    expect(created).toMatchObject({ name: 'cli-box', status: 'provisioning', location: 'eu-central', hostname: 'box.example.com' });

    const patchRequests = await requestsDuring(async () => {
      const updated = await json<ServerDetail>(`servers update ${created.id} --name cli-box-2 --no-backups`);
      expect(updated).toMatchObject({ id: created.id, name: 'cli-box-2', backups_enabled: false });
    });
    expect(patchRequests.map((r) => r.method)).toEqual(['PATCH']);

    const putRequests = await requestsDuring(async () => {
      const replaced = await json<ServerDetail>('servers replace cli-box-2 --name cli-box-3 --hostname three.example.com --backups');
      expect(replaced).toMatchObject({ name: 'cli-box-3', hostname: 'three.example.com', backups_enabled: true });
    });
    expect(putRequests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v1/servers/', `PUT /api/v1/servers/${created.id}/`]);

    const deleted = await vps('servers delete cli-box-3 --yes');
    expect(deleted).toMatchObject({ code: 0, stdout: 'Deleted cli-box-3.\n' });
    const gone = await vps(`servers get ${created.id}`);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toBe('error: VPS.org has no such server; it may have been deleted. Refresh and try again.\n');
  });

  it('refuses invalid values before sending anything (exit 2)', async () => {
    const sentRequests = await requestsDuring(async () => {
      const badName = await vps('servers create --name web_01 --plan 1 --os 3 --location us-west');
      expect(badName.code).toBe(2);
      expect(badName.stderr).toContain('error: --name: A server name may contain only letters, digits and hyphens.');
      const badPlan = await vps('servers create --name web-09 --plan zero --os 3 --location us-west');
      expect(badPlan.stderr).toContain('error: --plan must be a whole number of at least 1, not "zero"');
      const nothing = await vps('servers update web-01');
      expect(nothing.stderr).toContain('error: give at least one of --name, --hostname, --backups, --no-backups');
    });
    expect(sentRequests).toEqual([]);
  });

  it('will not delete without --yes when stdin is not a terminal (exit 2, nothing deleted)', async () => {
    const sentRequests = await requestsDuring(async () => {
      const refused = await vps('servers delete worker-01');
      expect(refused.code).toBe(2);
      expect(refused.stderr).toBe('error: vps servers delete needs --yes when not run from a terminal\nusage: vps servers delete SERVER [--yes]\n');
    });
    expect(sentRequests).toEqual([]);
    expect((await json<ServerDetail>('servers get worker-01')).name).toBe('worker-01');
  });

  it('stops and starts a server; stop and reboot need --yes without a terminal', async () => {
    const refused = await vps('servers stop cache-01');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('vps servers stop needs --yes when not run from a terminal');

    const stopped = await json<{ status: string; server: { name: string; status: string } }>('servers stop cache-01 --yes');
    expect(stopped).toMatchObject({ status: 'success', server: { name: 'cache-01', status: 'stopping' } });

    const start = await vps('servers start staging');
    expect(start.code).toBe(0);
    expect(start.stdout).toMatch(/^staging: .+ \(starting\)\n$/);
  });

  it('follows a reboot with --wait until the server is up again, with progress on stderr', async () => {
    const run = await vps('servers reboot web-02 --wait --yes', { env: { VPS_POLL_MS: '200' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^web-02 is up again after \d+ s\.\n$/);
    expect(run.stderr).toMatch(/^web-02: rebooting… \d+ s\n$/);
    expect((await json<ServerDetail>('servers get web-02')).status).toBe('active');
  });

  it('exits 1 when --wait runs out of time', async () => {
    const run = await vps('servers reboot mail-01 --wait --timeout 1 --yes', { env: { VPS_POLL_MS: '200' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error: mail-01 did not settle within 1 s; it was last seen rebooting.');
  });
});

describe('domains', () => {
  it('lists domains with local expiry dates and countdowns', async () => {
    const table = await vps('domains list');
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^ID\s+NAME\s+STATUS\s+EXPIRES\s+AUTO-RENEW$/);
    expect(table.stdout).toMatch(/acme-shop\.com\s+active\s+\w{3} \d{1,2}, \d{4} \(in 3 days\)\s+no/);
    expect(table.stdout).toMatch(/acme-promo\.org\s+expired\s+.+\(expired 2 days ago\)/);

    const domains = await json<Domain[]>('domains list --search acme-api');
    expect(domains.map((d) => d.domain_name)).toEqual(['acme-api.io']);
    expect(await quiet('domains list --status expired')).toHaveLength(1);
  });

  it('lists the domains expiring within N local calendar days, soonest first', async () => {
    const all = await json<Domain[]>('domains list');
    const now = new Date();
    const daysLeft = (d: Domain): number => daysUntilExpiry(d.expiration_date, now) ?? Number.NaN;
    const expected = all
      .filter((d) => daysLeft(d) <= 30)
      .sort((a, b) => daysLeft(a) - daysLeft(b))
      .map((d) => d.domain_name);
    expect(expected).toEqual(['acme-promo.org', 'acme-shop.com', 'acme-api.io', 'acme-labs.dev']);
    expect((await json<Domain[]>('domains expiring --within 30')).map((d) => d.domain_name)).toEqual(expected);
    expect((await json<Domain[]>('domains expiring')).map((d) => d.domain_name)).toEqual(expected);
    expect((await json<Domain[]>('domains expiring --within 10')).map((d) => d.domain_name)).toEqual(['acme-promo.org', 'acme-shop.com', 'acme-api.io']);
    const none = await vps('domains expiring --within -1');
    expect(none.code).toBe(2);
  });

  it('writes the expiring domains as the window’s iCalendar export, to stdout or to a file', async () => {
    const expiring = await json<Domain[]>('domains expiring --within 10');
    const stdout = await vps('domains expiring --within 10 --ics');
    expect(stdout).toMatchObject({ code: 0, stderr: '' });
    expect(stdout.stdout).toMatch(/^BEGIN:VCALENDAR\r\n[^]*END:VCALENDAR\r\n$/);
    const events = new ICAL.Component(ICAL.parse(stdout.stdout)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.summary).sort()).toEqual(expiring.map((d) => `${d.domain_name} expires`).sort());
    const shop = events.find((e) => e.summary === 'acme-shop.com expires')!;
    const shopDomain = expiring.find((d) => d.domain_name === 'acme-shop.com')!;
    expect(shop.startDate.isDate).toBe(true);
    expect(shop.startDate.toString()).toBe(expiryDateKey(shopDomain.expiration_date));
    // The window's alarm: the widest reminder threshold, 30 days by default.
    expect(shop.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-P30D');
    // Runs a second apart differ only in the time stamp of the export.
    const unstamped = (ics: string): string => ics.replace(/^DTSTAMP:.*$/gm, '');
    expect(unstamped((await vps('domains expiring --within 10 --ics -')).stdout)).toBe(unstamped(stdout.stdout));

    const file = path.join(dataDir, 'expiry.ics');
    const written = await vps(`domains expiring --within 10 --ics ${file}`);
    expect(written).toMatchObject({ code: 0, stdout: `Wrote the expiry dates of ${expiring.length} domains to ${file}.\n` });
    expect(unstamped(readFileSync(file, 'utf8'))).toBe(unstamped(stdout.stdout));
  });

  it('gives the calendar the alarm of the reminder settings the app keeps', async () => {
    const settingsDir = mkdtempSync(path.join(os.tmpdir(), 'vps-cli-settings-'));
    try {
      openDataStore(settingsDir).store.set(storeKeys.settings, { ...DEFAULT_SETTINGS, reminders: { ...DEFAULT_SETTINGS.reminders, thresholds: [7, 1] } });
      const run = await vps('domains expiring --within 10 --ics', { env: { VPS_TRAY_DATA_DIR: settingsDir } });
      const triggers = new ICAL.Component(ICAL.parse(run.stdout)).getAllSubcomponents('vevent').map((e) => e.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString());
      expect(triggers.length).toBeGreaterThan(0);
      expect(new Set(triggers)).toEqual(new Set(['-P7D']));
    } finally {
      rmSync(settingsDir, { recursive: true, force: true });
    }
  });

  it('refuses a FILE without --ics, --ics on stdout with --json, and a FILE it cannot write (exit 2)', async () => {
    const sentRequests = await requestsDuring(async () => {
      expect(await vps('domains expiring out.ics')).toMatchObject({ code: 2, stderr: expect.stringContaining('error: unexpected argument "out.ics" (a FILE goes with --ics)') });
      expect(await vps('domains expiring --ics --json')).toMatchObject({ code: 2, stderr: expect.stringContaining('error: choose one of --ics and --json, or give --ics a FILE') });
    });
    expect(sentRequests).toEqual([]);
    const missing = path.join(dataDir, 'no-such-folder', 'expiry.ics');
    expect(await vps(`domains expiring --ics ${missing}`)).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `error: Could not write the calendar to ${missing}: its folder does not exist.\n`,
    });
  });

  it('gets a domain by name or id', async () => {
    const byName = await json<Domain>('domains get acme.co');
    expect(byName).toMatchObject({ domain_name: 'acme.co', auto_renew: true });
    expect((await json<Domain>(`domains get ${byName.id}`)).domain_name).toBe('acme.co');
    const text = await vps('domains get ACME.CO');
    expect(text.stdout).toMatch(/^Nameservers:\s+\S+, \S+/m);
  });

  it('registers, updates, transfers and removes a domain', async () => {
    const registered = await json<Domain & { total_cost: number }>(
      'domains register cli-test.com --years 2 --no-auto-renew --nameserver ns1.example.net --nameserver ns2.example.net',
    );
    expect(registered).toMatchObject({ domain_name: 'cli-test.com', auto_renew: false, nameservers: ['ns1.example.net', 'ns2.example.net'] });
    expect(registered.total_cost).toBeGreaterThan(0);

    const updated = await json<{ locked: boolean; privacy_protection: boolean }>('domains update cli-test.com --unlock --no-privacy --auto-renew');
    expect(updated).toMatchObject({ locked: false, privacy_protection: false, auto_renew: true });

    const transfer = await vps('domains transfer acme-corp.net --auth-code-stdin', { input: 'XyZ-123\n' });
    expect(transfer.code).toBe(0);
    expect(transfer.stderr).toBe('');
    expect(transfer.stdout).toMatch(/^Transfer:\s+pending$/m);
    expect(transfer.stdout).toContain('Next steps:');

    const refused = await vps('domains remove cli-test.com');
    expect(refused.code).toBe(2);
    const removed = await vps('domains remove cli-test.com --yes --quiet');
    expect(removed).toMatchObject({ code: 0, stdout: `${registered.id}\n` });
    expect((await vps('domains get cli-test.com')).stderr).toBe(
      'error: cli-test.com is not in this account. `vps domains list` shows the domains it has.\n',
    );
  });

  it('refuses registrations outside the rules before sending anything', async () => {
    const sentRequests = await requestsDuring(async () => {
      expect((await vps('domains register cli-two.com --years 11')).stderr).toContain('--years must be a whole number from 1 to 10');
      expect((await vps('domains register not_a_domain')).stderr).toContain('error: NAME: Enter a domain name like example.com.');
      expect((await vps('domains update acme.co --nameserver ns1.example.net')).stderr).toContain('error: --nameserver: Give 2 to 4 nameservers.');
    });
    expect(sentRequests).toEqual([]);
  });
});

describe('dns', () => {
  it('lists, gets, creates and deletes zones (by uuid or domain)', async () => {
    const zones = await json<DnsZone[]>('dns zones list');
    expect(zones.map((z) => z.domain)).toEqual(['acme-shop.com', 'acme-api.io', 'acme-labs.dev']);
    expect(await quiet('dns zones list --domain acme-api.io')).toEqual([zones[1]!.uuid]);

    const byDomain = await json<DnsZoneDetail>('dns zones get acme-labs.dev');
    expect(byDomain.records).toHaveLength(2);
    expect((await json<DnsZoneDetail>(`dns zones get ${byDomain.uuid}`)).domain).toBe('acme-labs.dev');

    const created = await json<DnsZoneDetail>('dns zones create acme.co');
    expect(created).toMatchObject({ domain: 'acme.co', records: [] });
    expect((await vps('dns zones delete acme.co')).code).toBe(2);
    expect((await vps(`dns zones delete ${created.uuid} --yes`)).stdout).toBe(`Deleted the DNS zone of ${created.uuid}.\n`);
    expect(await quiet('dns zones list --domain acme.co')).toEqual([]);
  });

  it('lists a zone’s records and searches records across zones', async () => {
    const inZone = await json<DnsRecord[]>('dns records list acme-shop.com');
    expect(inZone).toHaveLength(11);
    const table = await vps('dns records list acme-shop.com');
    expect(table.stdout.split('\n')[0]).toMatch(/^UUID\s+TYPE\s+NAME\s+VALUE\s+TTL\s+PRIORITY$/);
    expect(table.stdout).toMatch(/MX\s+@\s+mail\.acme-shop\.com\s+3600\s+10/);

    const mx = await json<DnsRecord[]>('dns records search --type mx');
    expect(mx.map((r) => r.value).sort()).toEqual(['mail.acme-shop.com', 'mail2.acme-shop.com', 'mx.acme-labs.dev']);
    const zone = (await json<DnsZone[]>('dns zones list --domain acme-labs.dev'))[0]!;
    const sentRequests = await requestsDuring(async () => expect(await quiet('dns records search --zone acme-labs.dev --type A')).toHaveLength(1));
    expect(sentRequests.map((r) => `${r.path}?${r.query}`)).toEqual([
      '/api/v1/dns-zones/?domain=acme-labs.dev',
      `/api/v1/dns-records/?zone=${zone.uuid}&record_type=A`,
    ]);
  });

  it('adds, gets, updates (PATCH), replaces (PUT) and deletes a record', async () => {
    const added = await json<DnsRecord>('dns records add acme-api.io --type MX --name @ --value mx1.acme-api.io --priority 10 --ttl 600');
    expect(added).toMatchObject({ record_type: 'MX', name: '@', value: 'mx1.acme-api.io', priority: 10, ttl: 600 });
    expect((await json<DnsRecord>(`dns records get ${added.uuid}`)).value).toBe('mx1.acme-api.io');

    const patched = await json<DnsRecord>(`dns records update ${added.uuid} --value mx2.acme-api.io`);
    expect(patched).toMatchObject({ value: 'mx2.acme-api.io', priority: 10 });

    const replaced = await vps(['dns', 'records', 'replace', added.uuid, '--type', 'TXT', '--name', 'mail', '--value', 'v=spf1 -all', '--json']);
    expect(replaced.code).toBe(0);
    expect(JSON.parse(replaced.stdout)).toMatchObject({ uuid: added.uuid, record_type: 'TXT', name: 'mail', value: 'v=spf1 -all', ttl: 3600 });

    expect((await vps(`dns records delete ${added.uuid}`)).code).toBe(2);
    expect((await vps(`dns records delete ${added.uuid} --yes`)).stdout).toBe('Deleted the record.\n');
    expect((await vps(`dns records get ${added.uuid}`)).code).toBe(1);
  });

  it('refuses an MX record without a priority before any request (exit 2)', async () => {
    const sentRequests = await requestsDuring(async () => {
      const run = await vps('dns records add acme-shop.com --type MX --name @ --value mail3.acme-shop.com');
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        'error: --priority: MX records need a priority: enter a whole number from 0 to 65535, like 10.\n' +
          'usage: vps dns records add ZONE --type T --name N --value V [--ttl S] [--priority P]\n',
      );
      const ttl = await vps('dns records add acme-shop.com --type A --name x --value 192.0.2.9 --ttl 0');
      expect(ttl.stderr).toContain('error: --ttl must be a whole number of at least 1, not "0"');
      const ipv4 = await vps('dns records add acme-shop.com --type A --name x --value 300.1.1.1');
      expect(ipv4.stderr).toContain('error: --value: Enter an IPv4 address like 192.0.2.1.');
    });
    expect(sentRequests).toEqual([]);
  });

  it('checks a PATCH against the record as it will be', async () => {
    const mx = (await json<DnsRecord[]>('dns records search --type MX'))[0]!;
    const run = await vps(`dns records update ${mx.uuid} --value 192.0.2.1`);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: --value: Enter the mail server's host name, like mail.example.com.");
  });
});

describe('account, errors and secrets', () => {
  it('shows the account and the token’s permissions', async () => {
    const me = await json<{ account: { email: string }; token: { name: string; permissions: string[] } }>('account');
    expect(me).toMatchObject({ account: { email: 'demo@vps.example' }, token: { name: 'Demo full access', permissions: ['*:*'] } });
    const text = await vps('account');
    expect(text.stdout).toMatch(/^Permissions:\s+\*:\*$/m);
  });

  it('exits 1 with the API’s sentence when the token lacks a permission', async () => {
    const run = await vps('servers reboot web-01 --yes', { env: { VPS_TOKEN: sim.tokens.readOnly } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: .*servers:power.*\n$/);
  });

  it('exits 1 for an expired token, naming no token, even with --verbose', async () => {
    const run = await vps('account --verbose', { env: { VPS_TOKEN: sim.tokens.expired } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ warn api\.request \{"method":"GET","path":"\/api\/v1\/account\/me\/","status":401,/);
    expect(run.stderr).toContain('error: Your API token is invalid or has expired.');
    expect(run.stderr).toContain('hint: run `vps auth login`');
    expect(run.stderr + run.stdout).not.toContain(sim.tokens.expired);
  });

  it('logs each request to the app’s log file, echoed on stderr with --verbose, keeping stdout clean', async () => {
    const run = await vps('servers get web-01 --verbose --quiet');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+\n$/);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines.map((line) => line.replace(/^\S+ /, ''))).toEqual([
      expect.stringMatching(/^info api\.request \{"method":"GET","path":"\/api\/v1\/servers\/","status":200,"ms":\d+,"attempt":1\}$/),
      expect.stringMatching(/^info api\.request \{"method":"GET","path":"\/api\/v1\/servers\/\d+\/","status":200,"ms":\d+,"attempt":1\}$/),
    ]);
    expect(readFileSync(path.join(dataDir, 'logs', 'vps-tray.log'), 'utf8')).toContain(lines.join('\n'));
  });

  it('refuses a plain-http address that is not this machine (exit 2)', async () => {
    const run = await vps('account --api-url http://api.example.com');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('https://');
  });
});

function keychainLookup(profileId: string): string | null {
  const result = spawnSync('secret-tool', ['lookup', 'service', KEYCHAIN_SERVICE, 'account', profileId], { encoding: 'utf8' });
  if (result.error) throw result.error;
  return result.status === 0 ? result.stdout : null;
}

describe('auth with the real keychain', () => {
  const noEnvToken = { VPS_TOKEN: undefined };

  it('logs in from stdin, works without VPS_TOKEN, reports its status, and logs out', async () => {
    const before = await vps('servers list', { env: noEnvToken });
    expect(before.code).toBe(1);
    expect(before.stderr).toBe('error: Not logged in. Run `vps auth login`, or set VPS_TOKEN.\n');

    const login = await vps('auth login --token-stdin', { env: noEnvToken, input: `${sim.tokens.power}\n` });
    expect(login.stderr).toBe('');
    expect(login.code).toBe(0);
    expect(login.stdout).toContain('Logged in as demo@vps.example.');
    expect(login.stdout).toMatch(/^Token:\s+Demo power$/m);
    expect(login.stdout).toMatch(/^Permissions:\s+servers:list, servers:power$/m);

    const config = JSON.parse(readFileSync(path.join(dataDir, 'config.json'), 'utf8')) as { profiles: Array<{ id: string; name: string; apiUrl: string }> };
    const [profile] = config.profiles;
    expect(profile).toMatchObject({ name: 'Default', apiUrl: sim.url });
    expect(keychainLookup(profile!.id)).toBe(sim.tokens.power);
    expect(readFileSync(path.join(dataDir, 'config.json'), 'utf8')).not.toContain(sim.tokens.power);

    const status = await vps('auth status', { env: noEnvToken });
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^Profile:\s+Default$/m);
    expect(status.stdout).toMatch(/^Account:\s+demo@vps\.example$/m);
    expect(status.stdout).toMatch(/^Stored:\s+in the system keychain$/m);

    const list = await vps('servers list --quiet', { env: noEnvToken });
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n').filter(Boolean).length).toBeGreaterThan(0);
    const dns = await vps('dns zones list', { env: noEnvToken });
    expect(dns.code).toBe(1);
    expect(dns.stderr).toContain('dns:list');

    const logout = await vps('auth logout', { env: noEnvToken });
    expect(logout).toMatchObject({ code: 0, stdout: 'Removed the token of profile "Default" from the system keychain.\n' });
    expect(keychainLookup(profile!.id)).toBeNull();
    expect((await vps('servers list', { env: noEnvToken })).code).toBe(1);
  });

  it('reports the VPS_TOKEN in use as not stored', async () => {
    const status = await json<{ token_source: string; profile: unknown; account: { email: string } }>('auth status');
    expect(status).toMatchObject({ token_source: 'VPS_TOKEN', profile: null, account: { email: 'demo@vps.example' } });
  });

  it('stores nothing for a token VPS.org refuses', async () => {
    const run = await vps('auth login --token-stdin --profile spare', { env: noEnvToken, input: 'vps_made_up_token_1234\n' });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('error: That token is invalid or has expired.\n');
    const config = JSON.parse(readFileSync(path.join(dataDir, 'config.json'), 'utf8')) as { profiles: Array<{ name: string }> };
    expect(config.profiles.map((p) => p.name)).toEqual(['Default']);
  });
});

describe('bin/vps.js', () => {
  it('starts the built command', async () => {
    const run = await runScript(BIN, ['servers', 'list', '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter(Boolean).length).toBeGreaterThan(0);
  });

  const olderNode = ['/usr/bin/node', '/usr/local/bin/node'].find((candidate) => {
    const version = spawnSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout?.trim();
    if (!version) return false;
    const [major = 0, minor = 0] = version.split('.').map(Number);
    return major < 22 || (major === 22 && minor < 12);
  });

  it.runIf(olderNode !== undefined)('runs itself again under the Node 22 npm installed when the Node that started it is older', async () => {
    const run = await runScript(BIN, ['account', '--quiet'], { node: olderNode });
    expect(run).toMatchObject({ code: 0, stdout: 'demo@vps.example\n' });
  });
});

describe('secrets', () => {
  it('never printed a token on stdout or stderr in any run above', () => {
    expect(transcripts.length).toBeGreaterThan(50);
    const tokens = Object.values(sim.tokens);
    const leaks = transcripts.filter((text) => tokens.some((token) => text.includes(token)) || text.includes('vps_made_up_token'));
    expect(leaks).toEqual([]);
  });
});
