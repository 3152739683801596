// main() in this process, against the simulator over real HTTP: what needs a terminal (the
// confirmations, the hidden token prompt) and what needs a controlled clock (--wait).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../core/api/testing/fixture-server';
import { createManualClock, startSimulator, type ManualClock, type Simulator } from '../core/simulator/simulator';
import { openDataStore } from '../core/store/data-store';
import { storeKeys } from '../core/store/store';
import type { Keychain } from '../core/vault/keychain';
import { createVault, type Vault } from '../core/vault/vault';
import { AUTH_CODE_ARGUMENT_WARNING } from './commands/domains';
import { main } from './main';
import { testIo, type TestIo } from './testing/test-io';

const TIMINGS = { provisionMs: 60_000, startMs: 5_000, stopMs: 4_000, rebootMs: 8_000, domainPendingMs: 30_000 };

let sim: Simulator;
let clock: ManualClock;
let dataDir: string;
let entries: Map<string, string>;
let vault: Vault;

/** An in-memory stand-in for the OS keychain; the real one is exercised by cli.test.ts. */
function memoryKeychain(): Keychain {
  return {
    available: () => true,
    set: async (id, token) => void entries.set(id, token),
    get: async (id) => entries.get(id) ?? null,
    delete: async (id) => void entries.delete(id),
  };
}

beforeEach(async () => {
  clock = createManualClock();
  sim = await startSimulator({ clock, timings: TIMINGS });
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'vps-cli-main-'));
  entries = new Map();
  vault = createVault(memoryKeychain());
});

afterEach(async () => {
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function env(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return { VPS_API_URL: sim.url, VPS_TOKEN: sim.tokens.full, VPS_TRAY_DATA_DIR: dataDir, ...extra };
}

async function run(line: string, io: TestIo): Promise<number> {
  return main(line.split(' ').filter(Boolean), io, { vault, now: () => clock.now(), sleep: async (ms) => clock.advance(ms) });
}

const sent = (method: string, pathEnd: string): number => sim.requests.filter((r) => r.method === method && r.path.endsWith(pathEnd)).length;

describe('confirmations on a terminal', () => {
  it('reboots only after a yes', async () => {
    const no = testIo({ tty: true, env: env() });
    no.stdin.write('n\n');
    expect(await run('servers reboot web-01', no)).toBe(1);
    expect(no.err()).toContain('Reboot web-01? [y/N] ');
    expect(no.err()).toContain('error: Cancelled; nothing was changed.');
    expect(sent('POST', '/reboot/')).toBe(0);

    const yes = testIo({ tty: true, env: env() });
    yes.stdin.write('y\n');
    expect(await run('servers reboot web-01', yes)).toBe(0);
    expect(sent('POST', '/reboot/')).toBe(1);
    expect(yes.out()).toContain('web-01: ');
  });

  it('deletes a server only when its name is typed back', async () => {
    const wrong = testIo({ tty: true, env: env() });
    wrong.stdin.write('y\n');
    expect(await run('servers delete web-02', wrong)).toBe(1);
    expect(wrong.err()).toContain('Type its name to confirm:');
    expect(sent('DELETE', '/')).toBe(0);

    const right = testIo({ tty: true, env: env() });
    right.stdin.write('web-02\n');
    expect(await run('servers delete web-02', right)).toBe(0);
    expect(right.out()).toBe('Deleted web-02.\n');
    expect(sent('DELETE', '/')).toBe(1);
  });

  it('asks before deleting a record and names it', async () => {
    const list = testIo({ env: env() });
    await run('dns records search --type CAA --quiet', list);
    const uuid = list.out().trim();
    const io = testIo({ tty: true, env: env() });
    io.stdin.write('yes\n');
    expect(await run(`dns records delete ${uuid}`, io)).toBe(0);
    expect(io.err()).toContain('Delete the CAA record @ (0 issue "letsencrypt.org")? [y/N]');
    expect(sent('DELETE', `/dns-records/${uuid}/`)).toBe(1);
  });
});

describe('--wait', () => {
  it('follows a reboot until the server is active again and says how long it took', async () => {
    const io = testIo({ env: env() });
    expect(await run('servers reboot web-01 --wait --yes', io)).toBe(0);
    expect(io.out()).toBe('web-01 is up again after 8 s.\n');
    expect(io.err()).toBe('web-01: rebooting… 0 s\n');
  });

  it('prints the settled server with --json', async () => {
    const io = testIo({ env: env() });
    expect(await run('servers start staging --wait --json', io)).toBe(0);
    const server = JSON.parse(io.out()) as { name: string; status: string; resource_usage?: unknown };
    expect(server).toMatchObject({ name: 'staging', status: 'active' });
    expect(server.resource_usage).toBeDefined();
  });

  it('exits 1 when the server does not settle within --timeout', async () => {
    const io = testIo({ env: env() });
    expect(await run('servers reboot web-01 --wait --timeout 4 --yes', io)).toBe(1);
    expect(io.err()).toContain('error: web-01 did not settle within 4 s; it was last seen rebooting.');
  });
});

describe('auth with a hidden prompt', () => {
  it('logs in from the terminal without echo, then works without VPS_TOKEN, then logs out', async () => {
    const login = testIo({ tty: true, env: env({ VPS_TOKEN: undefined }) });
    const done = run('auth login', login);
    login.stdin.write(`${sim.tokens.readOnly}\r`);
    expect(await done).toBe(0);
    expect(login.rawModes).toEqual([true, false]);
    expect(login.out()).toContain('Logged in as demo@vps.example.');
    expect(login.out()).toContain('Profile:      Default');
    expect(login.out()).toContain('Permissions:  servers:list, domains:list, dns:list');
    expect(login.out() + login.err()).not.toContain(sim.tokens.readOnly);
    expect([...entries.values()]).toEqual([sim.tokens.readOnly]);

    const list = testIo({ env: env({ VPS_TOKEN: undefined }) });
    expect(await run('servers list --quiet', list)).toBe(0);
    expect(list.out().trim().split('\n')).toHaveLength(8);

    const forbidden = testIo({ env: env({ VPS_TOKEN: undefined }) });
    expect(await run('servers reboot web-01 --yes', forbidden)).toBe(1);
    expect(forbidden.err()).toContain('servers:power');

    const logout = testIo({ env: env({ VPS_TOKEN: undefined }) });
    expect(await run('auth logout', logout)).toBe(0);
    expect(logout.out()).toBe('Removed the token of profile "Default" from the system keychain.\n');
    expect(entries.size).toBe(0);

    const after = testIo({ env: env({ VPS_TOKEN: undefined }) });
    expect(await run('servers list', after)).toBe(1);
    expect(after.err()).toBe('error: No API token is stored for profile "Default". Run `vps auth login`, or set VPS_TOKEN.\n');
  });

  it('leaves the app’s demo profile alone and logs in to a "Default" profile instead', async () => {
    const { store } = openDataStore(dataDir);
    const demo = { id: 'demo-profile', name: 'Demo', apiUrl: 'http://127.0.0.1:9', createdAt: '2026-01-01T00:00:00.000Z', demo: true };
    store.set(storeKeys.profiles, [demo]);
    store.set(storeKeys.activeProfile, demo.id);

    const io = testIo({ env: env({ VPS_TOKEN: undefined }) });
    io.stdin.end(`${sim.tokens.full}\n`);
    expect(await run('auth login --token-stdin --json', io)).toBe(0);
    const json = JSON.parse(io.out()) as { profile: { id: string; name: string; apiUrl: string } };
    expect(json.profile).toMatchObject({ name: 'Default', apiUrl: sim.url });
    expect(json.profile.id).not.toBe(demo.id);
    expect(openDataStore(dataDir).store.get(storeKeys.profiles)).toEqual([demo, expect.objectContaining({ name: 'Default' })]);
    expect([...entries.keys()]).toEqual([json.profile.id]);
  });

  it('needs --token-stdin when stdin is not a terminal', async () => {
    const io = testIo({ env: env() });
    expect(await run('auth login', io)).toBe(2);
    expect(io.err()).toContain('vps auth login needs --token-stdin when not run from a terminal');
  });

  it('refuses a token without the vps_ prefix before asking VPS.org (exit 2), and an unknown one after (exit 1)', async () => {
    const shape = testIo({ env: env() });
    shape.stdin.end('not-a-token\n');
    expect(await run('auth login --token-stdin', shape)).toBe(2);
    expect(shape.err()).toContain('API tokens start with vps_');
    expect(sim.requests).toHaveLength(0);

    const unknown = testIo({ env: env() });
    unknown.stdin.end('vps_not_a_real_token\n');
    expect(await run('auth login --token-stdin', unknown)).toBe(1);
    expect(unknown.err()).toBe('error: That token is invalid or has expired.\n');
    expect(unknown.err()).not.toContain('vps_not_a_real_token');
    expect(entries.size).toBe(0);
  });

  it('saves into a named profile with --profile, creating it', async () => {
    const io = testIo({ env: env({ VPS_TOKEN: undefined }) });
    io.stdin.end(`${sim.tokens.full}\n`);
    expect(await run('auth login --token-stdin --profile work --json', io)).toBe(0);
    const json = JSON.parse(io.out()) as { profile: { name: string; apiUrl: string }; token_source: string; token: { permissions: string[] } };
    expect(json.profile).toMatchObject({ name: 'work', apiUrl: sim.url });
    expect(json.token_source).toBe('keychain');
    expect(json.token.permissions).toEqual(['*:*']);

    const status = testIo({ env: env({ VPS_TOKEN: undefined }) });
    expect(await run('auth status --profile work', status)).toBe(0);
    expect(status.out()).toContain('Stored:       in the system keychain');

    const missing = testIo({ env: env({ VPS_TOKEN: undefined }) });
    expect(await run('servers list --profile home', missing)).toBe(2);
    expect(missing.err()).toBe('error: No profile is named "home". Profiles: "work".\n');
  });
});

describe('an API address override with a token from the keychain', () => {
  async function loginWork(): Promise<void> {
    const io = testIo({ env: env({ VPS_TOKEN: undefined }) });
    io.stdin.end(`${sim.tokens.full}\n`);
    expect(await run('auth login --token-stdin --profile work', io)).toBe(0);
  }

  it('is refused (exit 2) when it leads to another origin, saying why and how, with nothing sent anywhere', async () => {
    await loginWork();
    const other = await startSimulator();
    try {
      const before = sim.requests.length;
      for (const [line, extra] of [
        ['servers list', { VPS_API_URL: other.url }],
        [`servers list --api-url ${other.url}/api`, {}],
        ['auth status', { VPS_API_URL: other.url }],
      ] as const) {
        const io = testIo({ env: env({ VPS_TOKEN: undefined, ...extra }) });
        expect(await run(line, io)).toBe(2);
        const source = line.includes('--api-url') ? '--api-url' : 'VPS_API_URL';
        expect(io.err()).toContain(`error: ${source} points to ${other.url}, but the token of profile "work" comes from the system keychain and belongs to ${sim.url}`);
        expect(io.err()).toContain('vps auth login --profile NAME --api-url');
        expect(io.err()).toContain('VPS_TOKEN');
        expect(io.err()).not.toContain(sim.tokens.full);
      }
      expect(other.requests).toEqual([]);
      expect(sim.requests.length).toBe(before);
    } finally {
      await other.close();
    }
  });

  it('is fine on the profile’s own origin, and with a token from VPS_TOKEN or a new login', async () => {
    await loginWork();
    const same = testIo({ env: env({ VPS_TOKEN: undefined, VPS_API_URL: `${sim.url}/` }) });
    expect(await run('servers list --quiet', same)).toBe(0);

    const other = await startSimulator();
    try {
      const fromEnv = testIo({ env: env({ VPS_API_URL: other.url }) });
      expect(await run('servers list --quiet', fromEnv)).toBe(0);
      expect(other.requests).toHaveLength(1);

      const login = testIo({ env: env({ VPS_TOKEN: undefined }) });
      login.stdin.end(`${other.tokens.full}\n`);
      expect(await run(`auth login --token-stdin --profile other --api-url ${other.url}`, login)).toBe(0);
      const list = testIo({ env: env({ VPS_TOKEN: undefined, VPS_API_URL: undefined }) });
      expect(await run('servers list --quiet --profile other', list)).toBe(0);
      expect(other.requests.filter((r) => r.path === '/api/v1/servers/')).toHaveLength(2);
    } finally {
      await other.close();
    }
  });
});

describe('the transfer auth code', () => {
  const transfers = (): string[] => sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/transfer/')).map((r) => r.path);

  it('is typed at a hidden prompt on a terminal', async () => {
    const io = testIo({ tty: true, env: env() });
    const done = run('domains transfer acme-corp.net', io);
    io.stdin.write('XyZ-123\r');
    expect(await done).toBe(0);
    expect(io.rawModes).toEqual([true, false]);
    expect(io.err()).toBe('Auth code from the current registrar (it is not shown): \n');
    expect(io.err() + io.out()).not.toContain('XyZ-123');
    expect(transfers()).toHaveLength(1);
  });

  it('is read from the first line of stdin with --auth-code-stdin', async () => {
    const io = testIo({ env: env() });
    io.stdin.end('XyZ-123\n');
    expect(await run('domains transfer acme-corp.net --auth-code-stdin --quiet', io)).toBe(0);
    expect(io.err()).toBe('');
    expect(transfers()).toHaveLength(1);
  });

  it('still works as --auth-code, with a warning on stderr', async () => {
    const io = testIo({ env: env() });
    expect(await run('domains transfer acme-corp.net --auth-code XyZ-123 --quiet', io)).toBe(0);
    expect(io.err()).toBe(`${AUTH_CODE_ARGUMENT_WARNING}\n`);
    expect(transfers()).toHaveLength(1);
  });

  it('needs --auth-code-stdin without a terminal, and an empty code is refused, with nothing sent', async () => {
    const piped = testIo({ env: env() });
    expect(await run('domains transfer acme-corp.net', piped)).toBe(2);
    expect(piped.err()).toContain('error: vps domains transfer needs --auth-code-stdin when not run from a terminal');

    const empty = testIo({ env: env() });
    empty.stdin.end('\n');
    expect(await run('domains transfer acme-corp.net --auth-code-stdin', empty)).toBe(2);
    expect(empty.err()).toContain('Enter the auth code from your current registrar.');
    expect(transfers()).toEqual([]);
  });
});

describe('text from the API on the terminal', () => {
  const HOSTILE = 'web\u001b[2J\u009b31m\u202e\r\n-01';
  const rename = (from: string, to: string): void => {
    const server = [...sim.state.servers.values()].find((s) => s.name === from);
    if (!server) throw new Error(`no server ${from}`);
    server.name = to;
  };
  // eslint-disable-next-line no-control-regex -- the test looks for raw control characters
  const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/;

  it('prints names with escape sequences and other control characters as visible text, in every mode', async () => {
    rename('web-01', HOSTILE);
    const text = testIo({ env: env() });
    expect(await run('servers list', text)).toBe(0);
    expect(text.out()).not.toMatch(raw);
    expect(text.out()).toContain('web\\u001b[2J\\u009b31m\\u202e\\u000d\\u000a-01');

    const detail = testIo({ env: env() });
    expect(await main(['servers', 'get', HOSTILE], detail, { vault })).toBe(0);
    expect(detail.out()).toMatch(/^Name:\s+web\\u001b\[2J/m);
    expect(detail.out()).not.toMatch(raw);

    const json = testIo({ env: env() });
    expect(await run('servers list --json', json)).toBe(0);
    expect(json.out()).not.toMatch(raw);
    expect((JSON.parse(json.out()) as { name: string }[]).map((s) => s.name)).toContain(HOSTILE);
  });

  it('escapes them in confirmations, progress lines and errors too', async () => {
    rename('web-01', HOSTILE);
    const ask = testIo({ tty: true, env: env() });
    ask.stdin.write('n\n');
    await main(['servers', 'reboot', HOSTILE], ask, { vault });
    expect(ask.err()).toContain('Reboot web\\u001b[2J');
    expect(ask.err()).not.toMatch(raw);

    const wait = testIo({ env: env() });
    expect(await main(['servers', 'reboot', HOSTILE, '--wait', '--yes'], wait, { vault, now: () => clock.now(), sleep: async (ms) => clock.advance(ms) })).toBe(0);
    expect(wait.err() + wait.out()).not.toMatch(raw);

    const fixture = await startFixtureServer(() => ({ status: 400, body: { detail: 'Bad \u001b[31mred\u001b[0m name' } }));
    try {
      const error = testIo({ env: env({ VPS_API_URL: fixture.url }) });
      expect(await run('domains list', error)).toBe(1);
      expect(error.err()).toBe('error: Bad \\u001b[31mred\\u001b[0m name.\n');
    } finally {
      await fixture.close();
    }
  });
});

describe('a domain whose expiration_date is not a date', () => {
  it('reads "expiry unknown" in the lists, and the other domains are listed and counted as usual', async () => {
    const soon = new Date(clock.now() + 5 * 86_400_000).toISOString();
    const domains = [
      { id: 1, domain_name: 'broken.com', status: 'active', expiration_date: 'soon', auto_renew: false },
      { id: 2, domain_name: 'fine.com', status: 'active', expiration_date: soon, auto_renew: false },
    ];
    const fixture = await startFixtureServer(() => ({ body: { count: 2, results: domains } }));
    try {
      const list = testIo({ env: env({ VPS_API_URL: fixture.url }) });
      expect(await run('domains list', list)).toBe(0);
      expect(list.out()).toMatch(/^1\s+broken\.com\s+active\s+expiry unknown\s+no$/m);
      expect(list.out()).toMatch(/^2\s+fine\.com\s+active\s+.+\(in 5 days\)/m);

      const expiring = testIo({ env: env({ VPS_API_URL: fixture.url }) });
      expect(await run('domains expiring --within 30', expiring)).toBe(0);
      expect(expiring.out()).toContain('fine.com');
      expect(expiring.out()).toContain('Expiry unknown (VPS.org sent no date): broken.com.');

      const json = testIo({ env: env({ VPS_API_URL: fixture.url }) });
      expect(await run('domains expiring --within 30 --quiet', json)).toBe(0);
      expect(json.out()).toBe('2\n');
    } finally {
      await fixture.close();
    }
  });
});

describe('vps dns records update', () => {
  it('changes the TTL of a record whose value the app would not accept, and names only options given', async () => {
    const odd = [...sim.state.records.values()].find((r) => r.record_type === 'CNAME')!;
    odd.value = 'legacy target with spaces';
    const ttl = testIo({ env: env() });
    expect(await run(`dns records update ${odd.uuid} --ttl 900 --quiet`, ttl)).toBe(0);
    expect(sim.state.records.get(odd.uuid)?.ttl).toBe(900);

    const a = [...sim.state.records.values()].find((r) => r.record_type === 'A')!;
    const type = testIo({ env: env() });
    expect(await run(`dns records update ${a.uuid} --type MX`, type)).toBe(2);
    expect(type.err()).toMatch(/^error: --type: With type MX, the record's current (value|priority) does not fit/);
    expect(type.err()).not.toMatch(/--priority:|--value:/);
  });

  it('checks the given options when the token may change records but not read them', async () => {
    sim.addToken('vps_dns_writer_1', { permissions: ['dns:update'] });
    const a = [...sim.state.records.values()].find((r) => r.record_type === 'A')!;
    const io = testIo({ env: env({ VPS_TOKEN: 'vps_dns_writer_1' }) });
    expect(await run(`dns records update ${a.uuid} --type A --value 300.1.1.1`, io)).toBe(2);
    expect(io.err()).toContain('error: --value: Enter an IPv4 address');
    expect(sim.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
    const ok = testIo({ env: env({ VPS_TOKEN: 'vps_dns_writer_1' }) });
    expect(await run(`dns records update ${a.uuid} --ttl 60 --quiet`, ok)).toBe(0);
  });
});

describe('--json', () => {
  it('prints only the documented fields of what VPS.org sent', async () => {
    const me = {
      account: { email: 'a@example.com', first_name: null, internal_id: 7 },
      token: { name: 'ci', permissions: ['*:*'], is_expired: false, prefix: 'vps_abcd', secret_hint: 'xyz' },
      billing: { card: '4242' },
    };
    const fixture = await startFixtureServer(() => ({ body: me }));
    try {
      const io = testIo({ env: env({ VPS_API_URL: fixture.url }) });
      expect(await run('account --json', io)).toBe(0);
      expect(JSON.parse(io.out())).toStrictEqual({
        account: { email: 'a@example.com', first_name: null },
        token: { name: 'ci', permissions: ['*:*'], is_expired: false },
      });
    } finally {
      await fixture.close();
    }
  });
});

describe('the app’s demo profile', () => {
  it('gets nothing from vps: neither its stored token nor a VPS_TOKEN goes to its address', async () => {
    const squatter = await startFixtureServer(() => ({ body: {} }));
    try {
      const { store } = openDataStore(dataDir);
      const demo = { id: 'demo-profile', name: 'Demo', apiUrl: squatter.url, createdAt: '2026-01-01T00:00:00.000Z', demo: true };
      store.set(storeKeys.profiles, [demo]);
      store.set(storeKeys.activeProfile, demo.id);
      entries.set(demo.id, 'vps_demo_full_0123');
      for (const [line, extra] of [
        ['servers list', { VPS_TOKEN: undefined, VPS_API_URL: undefined }],
        ['servers list --profile Demo', { VPS_API_URL: undefined }],
      ] as const) {
        const io = testIo({ env: env(extra) });
        expect(await run(line, io)).toBe(2);
        expect(io.err()).toContain('error: profile "Demo" is the app\'s demo');
      }
      expect(squatter.requests).toEqual([]);
    } finally {
      await squatter.close();
    }
  });
});

describe('VPS_TOKEN', () => {
  it('is refused (exit 2) unless it is shaped like an API token, with nothing sent', async () => {
    const io = testIo({ env: env({ VPS_TOKEN: 'vps_abc.DEF+ghi/jkl=' }) });
    expect(await run('servers list', io)).toBe(2);
    expect(io.err()).toContain('error: VPS_TOKEN does not hold an API token');
    expect(io.err()).not.toContain('DEF+ghi');
    expect(sim.requests).toEqual([]);
  });
});

describe('exit codes', () => {
  it('refuses a plain-http API address that is not this machine (2) and says when VPS.org cannot be reached (1)', async () => {
    const http = testIo({ env: env() });
    expect(await run('servers list --api-url http://api.example.com', http)).toBe(2);
    expect(http.err()).toContain('https://');

    const closed = await startSimulator();
    const url = closed.url;
    await closed.close();
    const unreachable = testIo({ env: env({ VPS_API_URL: url }) });
    expect(await main(['account'], unreachable, { vault })).toBe(1);
    expect(unreachable.err()).toMatch(/^error: Could not reach VPS\.org/);
  });
});

describe('--all-profiles', () => {
  let second: Simulator;
  beforeEach(async () => {
    second = await startSimulator({ clock, timings: TIMINGS });
    second.generate({ servers: 2 });
  });
  afterEach(async () => {
    await second.close();
  });

  /** Alpha: the full-access token on the first simulator; Beta: a token that may only list and power servers on the second. */
  async function twoProfiles(): Promise<void> {
    for (const [name, server, token] of [['Alpha', sim, sim.tokens.full], ['Beta', second, second.tokens.power]] as const) {
      const io = testIo({ env: env({ VPS_TOKEN: undefined, VPS_API_URL: undefined }) });
      io.stdin.end(`${token}\n`);
      expect(await run(`auth login --token-stdin --profile ${name} --api-url ${server.url}`, io)).toBe(0);
    }
  }
  const noOverrides = (): Record<string, string | undefined> => env({ VPS_TOKEN: undefined, VPS_API_URL: undefined });

  it('merges the servers of every profile, each asked at its own address, each item naming its profile', async () => {
    await twoProfiles();
    const io = testIo({ env: noOverrides() });
    expect(await run('servers list --all-profiles --json', io)).toBe(0);
    const servers = JSON.parse(io.out()) as { name: string; profile: string }[];
    expect(servers.filter((s) => s.profile === 'Alpha')).toHaveLength(8);
    expect(servers.filter((s) => s.profile === 'Beta')).toHaveLength(10);
    expect(sim.requests.filter((r) => r.path === '/api/v1/servers/')).toHaveLength(1);
    expect(second.requests.filter((r) => r.path === '/api/v1/servers/')).toHaveLength(1);

    const text = testIo({ env: noOverrides() });
    expect(await run('servers list --all-profiles', text)).toBe(0);
    const lines = text.out().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^PROFILE\s+ID\s+NAME\s+STATUS/);
    expect(lines.filter((l) => l.startsWith('Alpha '))).toHaveLength(8);

    // Without the flag, nothing changes: the active profile alone, no profile field.
    const plain = testIo({ env: noOverrides() });
    expect(await run('servers list --json', plain)).toBe(0);
    const active = JSON.parse(plain.out()) as Record<string, unknown>[];
    expect(active).toHaveLength(10);
    expect(active.some((s) => 'profile' in s)).toBe(false);
  });

  it("names the profile whose token may not list domains, and merges the expiring domains when each may", async () => {
    await twoProfiles();
    const refused = testIo({ env: noOverrides() });
    expect(await run('domains list --all-profiles --json', refused)).toBe(1);
    expect(refused.err()).toMatch(/^error: profile "Beta": /);

    // Beta logs in again with full access: both lists merge, soonest first.
    const io = testIo({ env: noOverrides() });
    io.stdin.end(`${second.tokens.full}\n`);
    expect(await run(`auth login --token-stdin --profile Beta --api-url ${second.url}`, io)).toBe(0);
    const expiring = testIo({ env: noOverrides() });
    expect(await run('domains expiring --within 30 --all-profiles --json', expiring)).toBe(0);
    const domains = JSON.parse(expiring.out()) as { domain_name: string; profile: string }[];
    expect(new Set(domains.map((d) => d.profile))).toEqual(new Set(['Alpha', 'Beta']));
    expect(domains.filter((d) => d.profile === 'Alpha').map((d) => d.domain_name)).toEqual(domains.filter((d) => d.profile === 'Beta').map((d) => d.domain_name));
    const all = testIo({ env: noOverrides() });
    expect(await run('domains list --all-profiles --json', all)).toBe(0);
    expect((JSON.parse(all.out()) as { profile: string }[]).every((d) => d.profile === 'Alpha' || d.profile === 'Beta')).toBe(true);
  });

  it('watches every profile with its own ledgers, each alert naming its profile, and each token going to its own address', async () => {
    await twoProfiles();
    const baseline = testIo({ env: noOverrides() });
    expect(await run('watch --once --all-profiles --json', baseline)).toBe(0);
    const lines = (io: TestIo) => io.out().trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { kind: string; subject: string; profile: string });
    // The first sight of each account is its baseline: only Alpha's expiring domains speak (Beta's token may not list domains).
    expect(lines(baseline).every((l) => l.profile === 'Alpha' && l.kind === 'expiry')).toBe(true);
    expect(second.requests.some((r) => r.path === '/api/v1/servers/')).toBe(true);

    // A server of Beta's is stopped elsewhere: the next cycle says so under Beta's name, and only that.
    const betaServer = [...second.state.servers.values()].find((s) => s.status === 'active')!;
    second.scenario.setServerStatus(betaServer.id, 'stopped');
    const next = testIo({ env: noOverrides() });
    expect(await run('watch --once --all-profiles --json', next)).toBe(0);
    expect(lines(next)).toEqual([expect.objectContaining({ kind: 'server_state', subject: betaServer.name, profile: 'Beta' })]);

    const text = testIo({ env: noOverrides() });
    second.scenario.setServerStatus(betaServer.id, 'active');
    expect(await run('watch --once --all-profiles', text)).toBe(0);
    expect(text.out()).toMatch(new RegExp(`  Beta: ${betaServer.name} is running again\\n$`));
    expect(await run('watch --once --all-profiles --profile Alpha', testIo({ env: noOverrides() }))).toBe(2);
  });

  it('is refused (exit 2) with anything that would redirect or replace the saved tokens, with nothing sent', async () => {
    await twoProfiles();
    const before = sim.requests.length + second.requests.length;
    for (const [line, extra, says] of [
      ['servers list --all-profiles --profile Alpha', {}, 'choose one of --all-profiles and --profile'],
      ['servers list --all-profiles', { VPS_TOKEN: sim.tokens.full }, 'unset VPS_TOKEN'],
      ['domains list --all-profiles', { VPS_API_URL: sim.url }, 'unset VPS_API_URL'],
      ['domains expiring --all-profiles --ics out.ics', {}, 'choose one of --ics and --all-profiles'],
    ] as const) {
      const io = testIo({ env: { ...noOverrides(), ...extra } });
      expect(await run(line, io)).toBe(2);
      expect(io.err()).toContain(says);
    }
    expect(sim.requests.length + second.requests.length).toBe(before);
  });
});
