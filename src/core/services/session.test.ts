// The session against the embedded simulator through the real client, with the real OS keychain
// (run under scripts/with-keyring.mjs, as `npm test` does) and the app's data store in a temp folder.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AccountMe } from '@shared/api-types';
import type { SessionView } from '@shared/app-state';
import { isAppError, type AppError } from '@shared/errors';
import { formatDay } from '@shared/format';
import { m } from '@shared/i18n';
import { OPERATIONS, OPERATION_IDS } from '@shared/operations';
import { createClient } from '../api/client';
import { startSimulator, type Simulator } from '../simulator/simulator';
import { openDataStore } from '../store/data-store';
import type { Store } from '../store/store';
import { storeKeys } from '../store/store';
import { createKeychain } from '../vault/keychain';
import { throwingKeychain } from '../vault/testing/fake-keychains';
import { secretToolLookup } from '../vault/testing/os-keychain';
import { createVault, type Vault } from '../vault/vault';
import { createApiGate } from './api-gate';
import { createSessionManager, type SessionManager } from './session';

const dataRoot = mkdtempSync(path.join(os.tmpdir(), 'vps-session-test-'));
/** Every token handed to a session in this file; none may end up in any file under dataRoot. */
const tokensSeen = new Set<string>();
const profilesSeen = new Set<string>();
let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator();
  for (const token of Object.values(sim.tokens)) tokensSeen.add(token);
});

afterEach(async () => {
  const vault = createVault();
  for (const id of profilesSeen) await vault.deleteToken(id);
  profilesSeen.clear();
});

afterAll(async () => {
  await sim.close();
  try {
    const files = listFiles(dataRoot);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const content = readFileSync(file, 'utf8');
      for (const token of tokensSeen) expect(content, `${file} contains a token`).not.toContain(token);
    }
  } finally {
    rmSync(dataRoot, { recursive: true, force: true });
  }
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** The real client without retry waits, so an unreachable server fails at once. */
const fastClient = (opts: { baseUrl: string; token: () => string }) => createClient({ ...opts, maxRetries: 0 });

interface Setup {
  session: SessionManager;
  store: Store;
  vault: Vault;
  dataDir: string;
  changes: SessionView[];
  unauthorized: string[];
  clock: { now: number };
}

function setup(opts: { vault?: Vault; dataDir?: string; now?: number } = {}): Setup {
  const dataDir = opts.dataDir ?? path.join(dataRoot, randomUUID());
  mkdirSync(dataDir, { recursive: true });
  const { store } = openDataStore(dataDir);
  const vault = opts.vault ?? createVault();
  const clock = { now: opts.now ?? Date.now() };
  const session = createSessionManager({ store, vault, createClient: fastClient, defaultApiUrl: sim.url, now: () => clock.now });
  const changes: SessionView[] = [];
  const unauthorized: string[] = [];
  session.onChange((view) => {
    changes.push(view);
    for (const p of session.profiles()) profilesSeen.add(p.id);
  });
  session.onUnauthorized((id) => unauthorized.push(id));
  return { session, store, vault, dataDir, changes, unauthorized, clock };
}

function newSimToken(permissions: string[], expiresAt: string | null = null): string {
  const token = `vps_test_${randomUUID().replaceAll('-', '')}`;
  sim.addToken(token, { name: 'Test token', permissions, expiresAt });
  tokensSeen.add(token);
  return token;
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe('adding a token', () => {
  it('checks it with GET /account/me/, stores it in the keychain and shows account and permissions', async () => {
    const { session, vault, store, changes } = setup();
    const view = await session.addToken({ token: `  ${sim.tokens.full}\n` });

    const [profile] = session.profiles();
    expect(profile).toBeDefined();
    expect(session.activeProfileId()).toBe(profile?.id);
    expect(profile).toMatchObject({ apiUrl: sim.url, demo: false, name: view.account?.email });
    expect(view).toMatchObject({ profileId: profile?.id, hasToken: true, persisted: true, status: 'valid', tokenName: 'Demo full access' });
    expect(view.permissions).toEqual(['*:*']);
    expect(view.account?.email).toContain('@');
    expect(changes.at(-1)).toEqual(view);
    expect(session.keychainAvailable()).toBe(true);

    const id = profile?.id ?? '';
    expect(await vault.getToken(id)).toBe(sim.tokens.full);
    if (process.platform === 'linux') expect(secretToolLookup(id)).toBe(sim.tokens.full);
    expect(store.get<AccountMe>(storeKeys.session(id))?.token.name).toBe('Demo full access');
    expect(JSON.stringify(view)).not.toContain(sim.tokens.full);
    expect(JSON.stringify(session.profiles())).not.toContain(sim.tokens.full);

    const servers = await session.client()?.servers.list();
    expect(servers?.length).toBeGreaterThan(0);
  });

  it('refuses a token without the vps_ prefix before any request', async () => {
    const { session, store } = setup();
    const before = sim.requests.length;
    for (const token of ['abc123', '  ', 'Bearer vps_x', 'vps_', 'vps_has space']) {
      const error = await rejection(session.addToken({ token }));
      expect(error).toMatchObject({ kind: 'invalid_input', message: m.session_token_prefix() });
    }
    expect(sim.requests.length).toBe(before);
    expect(session.profiles()).toEqual([]);
    expect(store.get(storeKeys.profiles)).toBeUndefined();
  });

  it('refuses a token with characters outside the alphabet that is redacted, before any request', async () => {
    const { session } = setup();
    const before = sim.requests.length;
    for (const token of ['vps_abc.DEF+ghi/jkl=', 'vps_abc:def', 'vps_é1', 'vps_abc\u0000']) {
      const error = await rejection(session.addToken({ token }));
      expect(error).toMatchObject({ kind: 'invalid_input', message: m.session_token_prefix() });
      expect(JSON.stringify(error)).not.toContain(token);
    }
    expect(sim.requests.length).toBe(before);
  });

  it('refuses a token the API answers with 401, storing nothing', async () => {
    const { session, store } = setup();
    const bogus = 'vps_not_a_real_token_0000';
    tokensSeen.add(bogus);
    const error = await rejection(session.addToken({ token: bogus }));
    expect(error).toMatchObject({ kind: 'unauthorized', message: m.session_token_invalid() });
    expect(session.profiles()).toEqual([]);
    expect(store.get(storeKeys.profiles)).toBeUndefined();
    expect(session.view()).toMatchObject({ hasToken: false, status: 'none' });
  });

  it('refuses an expired token (the API says 401)', async () => {
    const { session } = setup();
    const error = await rejection(session.addToken({ token: sim.tokens.expired }));
    expect(error).toMatchObject({ kind: 'unauthorized', message: m.session_token_invalid() });
    expect(session.profiles()).toEqual([]);
  });

  it('refuses a token whose expires_at has passed by this machine’s clock', async () => {
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    const token = newSimToken(['*:*'], expiresAt);
    const { session } = setup({ now: Date.now() + 2 * 3_600_000 });
    const error = await rejection(session.addToken({ token }));
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toBe(`That token expired on ${formatDay(expiresAt.slice(0, 10))}. Create a new one at admin.vps.org/account/developers/.`);
    expect(session.profiles()).toEqual([]);
  });

  it('refuses a token the API reports with is_expired true', async () => {
    const me: AccountMe = {
      account: { email: 'old@example.com' },
      token: { name: 'Old', permissions: ['*:*'], expires_at: null, is_expired: true },
    };
    const server: Server = createServer((req, res) => {
      res.writeHead(req.url === '/api/v1/account/me/' ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(me));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { session } = setup();
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const error = await rejection(session.addToken({ token: 'vps_flagged_expired', apiUrl: url }));
      expect(error.kind).toBe('unauthorized');
      expect(error.message).toMatch(/^That token expired\. /);
      expect(session.profiles()).toEqual([]);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('reports an unreachable server as a network error, storing nothing', async () => {
    const { session } = setup();
    const url = await closedPortUrl();
    const error = await rejection(session.addToken({ token: sim.tokens.full, apiUrl: url }));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/^Could not reach VPS\.org/);
    expect(error.message).not.toContain(sim.tokens.full);
    expect(session.profiles()).toEqual([]);
  });

  it('refuses a non-https API address before sending the token anywhere', async () => {
    const { session } = setup();
    for (const apiUrl of ['http://admin.vps.org', 'ftp://127.0.0.1', 'not a url']) {
      const error = await rejection(session.addToken({ token: sim.tokens.full, apiUrl }));
      expect(error.kind).toBe('invalid_input');
    }
    expect(session.profiles()).toEqual([]);
  });

  it('replaces the token of a profile, and keeps the previous one when the new one is refused', async () => {
    const { session, vault } = setup();
    const first = await session.addToken({ token: sim.tokens.full, profileName: 'Work' });
    const id = first.profileId ?? '';

    const bad = await rejection(session.addToken({ token: 'vps_wrong_one', profileId: id }));
    expect(bad.kind).toBe('unauthorized');
    const offline = await rejection(session.addToken({ token: sim.tokens.readOnly, profileId: id, apiUrl: await closedPortUrl() }));
    expect(offline.kind).toBe('network');
    expect(await vault.getToken(id)).toBe(sim.tokens.full);
    expect(session.view()).toMatchObject({ status: 'valid', tokenName: 'Demo full access' });
    expect(session.profiles()[0]?.apiUrl).toBe(sim.url);

    const replaced = await session.addToken({ token: sim.tokens.readOnly, profileId: id });
    expect(session.profiles()).toHaveLength(1);
    expect(session.profiles()[0]?.name).toBe('Work');
    expect(replaced).toMatchObject({ profileId: id, tokenName: 'Demo read-only', permissions: ['servers:list', 'domains:list', 'dns:list'] });
    expect(await vault.getToken(id)).toBe(sim.tokens.readOnly);
    expect(session.can('servers.reboot')).toEqual({ allowed: false, permission: 'servers:power', reason: 'needs servers:power' });
  });

  it('keeps the token in memory only when the keychain calls throw', async () => {
    const { session } = setup({ vault: createVault(throwingKeychain) });
    const view = await session.addToken({ token: sim.tokens.power });
    const id = view.profileId ?? '';
    expect(view).toMatchObject({ hasToken: true, persisted: false, status: 'valid' });
    expect(session.keychainAvailable()).toBe(false);
    expect(await session.client()?.servers.list()).toBeDefined();
    expect(await createVault().getToken(id)).toBeNull();
    if (process.platform === 'linux') expect(secretToolLookup(id)).toBeNull();
  });

  it('keeps the token in memory only when keytar cannot be loaded', async () => {
    const vault = createVault(createKeychain(() => Promise.reject(new Error('Cannot find module keytar'))));
    const { session } = setup({ vault });
    const view = await session.addToken({ token: sim.tokens.readOnly });
    expect(view).toMatchObject({ hasToken: true, persisted: false });
    expect(session.keychainAvailable()).toBe(false);
    expect(await vault.getToken(view.profileId ?? '')).toBe(sim.tokens.readOnly);
    expect(await createVault().getToken(view.profileId ?? '')).toBeNull();
  });
});

describe('mid-session', () => {
  it('turns 401s into status invalid and ONE unauthorized event, until a valid token is saved', async () => {
    const token = newSimToken(['*:*']);
    const { session, changes, unauthorized } = setup();
    const { profileId } = await session.addToken({ token });
    sim.revokeToken(token);

    const client = session.client();
    for (let i = 0; i < 3; i++) {
      const error = await rejection(client?.servers.list() ?? Promise.resolve());
      expect(error.kind).toBe('unauthorized');
      session.reportUnauthorized();
    }
    expect(unauthorized).toEqual([profileId]);
    expect(session.view()).toMatchObject({ status: 'invalid', hasToken: true });
    expect(changes.at(-1)?.status).toBe('invalid');

    const changesBefore = changes.length;
    const view = await session.addToken({ token: sim.tokens.full, profileId: profileId ?? '' });
    expect(view.status).toBe('valid');
    expect(changes.length).toBeGreaterThan(changesBefore);
    expect(changes.at(-1)?.status).toBe('valid');
    // The same client object now carries the new token.
    expect(await client?.servers.list()).toBeDefined();
    expect(unauthorized).toHaveLength(1);

    session.reportUnauthorized();
    expect(unauthorized).toHaveLength(2);
  });

  it('notices the token expiring from expires_at', async () => {
    // Whole seconds: the API writes expires_at without milliseconds.
    const expiresAt = new Date(Math.floor(Date.now() / 1000) * 1000 + 3_600_000).toISOString().replace('.000Z', 'Z');
    const token = newSimToken(['servers:*'], expiresAt);
    const { session, clock } = setup();
    const view = await session.addToken({ token });
    expect(view).toMatchObject({ status: 'valid', expiresAt });
    clock.now += 2 * 3_600_000;
    expect(session.view().status).toBe('expired');
  });

  it('removes a token: no client, nothing in the keychain, the profile stays', async () => {
    const { session, store } = setup();
    const { profileId } = await session.addToken({ token: sim.tokens.full });
    const id = profileId ?? '';
    const view = await session.removeToken(id);
    expect(view).toMatchObject({ profileId: id, hasToken: false, status: 'none', permissions: [], tokenName: null });
    expect(session.client()).toBeNull();
    expect(session.profiles()).toHaveLength(1);
    expect(store.get(storeKeys.session(id))).toBeUndefined();
    expect(await createVault().getToken(id)).toBeNull();
    expect(session.can('servers.list')).toMatchObject({ allowed: false });
  });
});

describe('restore at start', () => {
  it('loads the active profile’s token from the keychain and checks it', async () => {
    const first = setup();
    const { profileId } = await first.session.addToken({ token: sim.tokens.power });

    const second = setup({ dataDir: first.dataDir, vault: createVault() });
    // Before the keychain answers: the profile's token counts as there, with the account last seen.
    expect(second.session.view()).toMatchObject({ profileId, hasToken: true, persisted: true, status: 'checking', tokenName: 'Demo power' });
    const before = sim.requests.length;
    const view = await second.session.restore();
    expect(view).toMatchObject({ profileId, hasToken: true, persisted: true, status: 'valid', tokenName: 'Demo power' });
    expect(sim.requests.slice(before).map((r) => r.path)).toEqual(['/api/v1/account/me/']);
    expect(second.changes.map((c) => c.status)).toEqual(['checking', 'valid']);
  });

  it('lets a request made before the keychain answered wait for the token', async () => {
    const first = setup();
    await first.session.addToken({ token: sim.tokens.full });
    const second = setup({ dataDir: first.dataDir });
    const restored = second.session.restore();
    const servers = await createApiGate(second.session).run('servers.list', (client) => client.servers.list());
    expect(servers.length).toBeGreaterThan(0);
    await restored;
  });

  it('reads as no token once the keychain says its entry is gone', async () => {
    const first = setup();
    const { profileId } = await first.session.addToken({ token: sim.tokens.full });
    await createVault().deleteToken(profileId!);
    const second = setup({ dataDir: first.dataDir });
    expect(second.session.view()).toMatchObject({ hasToken: true, status: 'checking' });
    expect(await second.session.restore()).toMatchObject({ profileId, hasToken: false, status: 'none', tokenName: null });
  });

  it('keeps the token and the cached account when the server cannot be reached', async () => {
    const offlineSim = await startSimulator();
    const first = setup();
    try {
      await first.session.addToken({ token: offlineSim.tokens.full, apiUrl: offlineSim.url });
    } finally {
      await offlineSim.close();
    }
    const second = setup({ dataDir: first.dataDir });
    const view = await second.session.restore();
    expect(view).toMatchObject({ hasToken: true, persisted: true, status: 'valid', tokenName: 'Demo full access', permissions: ['*:*'] });
    expect(view.account?.email).toContain('@');
    expect(second.unauthorized).toEqual([]);
  });

  it('marks a revoked token invalid with one unauthorized event', async () => {
    const token = newSimToken(['*:*']);
    const first = setup();
    const { profileId } = await first.session.addToken({ token });
    sim.revokeToken(token);
    const second = setup({ dataDir: first.dataDir });
    const view = await second.session.restore();
    expect(view).toMatchObject({ hasToken: true, status: 'invalid' });
    expect(second.unauthorized).toEqual([profileId]);
  });

  it('without any profile there is nothing to restore', async () => {
    const { session } = setup();
    expect(await session.restore()).toEqual({
      profileId: null,
      hasToken: false,
      persisted: false,
      tokenName: null,
      permissions: [],
      expiresAt: null,
      account: null,
      status: 'none',
    });
    expect(session.client()).toBeNull();
  });
});

describe('profiles side by side', () => {
  it('switches between profiles, each with its own token and permissions', async () => {
    const { session } = setup();
    const work = await session.addToken({ token: sim.tokens.full, profileName: 'Work' });
    const ro = await session.addToken({ token: sim.tokens.readOnly, profileName: 'Read only' });
    expect(session.profiles().map((p) => p.name)).toEqual(['Work', 'Read only']);
    expect(session.activeProfileId()).toBe(ro.profileId);
    expect(session.can('servers.create').allowed).toBe(false);

    const back = await session.switchProfile(work.profileId ?? '');
    expect(back).toMatchObject({ profileId: work.profileId, tokenName: 'Demo full access', status: 'valid' });
    expect(session.can('servers.create')).toEqual({ allowed: true });

    session.renameProfile(work.profileId ?? '', 'Main account');
    expect(session.profiles()[0]?.name).toBe('Main account');
    expect(() => session.renameProfile(work.profileId ?? '', '  ')).toThrow();
  });

  it('removes a profile with its keychain entry and keys, and activates the other one', async () => {
    const { session, store } = setup();
    const a = await session.addToken({ token: sim.tokens.full, profileName: 'A' });
    const b = await session.addToken({ token: sim.tokens.power, profileName: 'B' });
    const idB = b.profileId ?? '';
    store.set(storeKeys.activity(idB), [{ action: 'Reboot' }]);

    await session.removeProfile(idB);

    expect(session.profiles().map((p) => p.id)).toEqual([a.profileId]);
    expect(session.view()).toMatchObject({ profileId: a.profileId, hasToken: true, status: 'valid' });
    expect(store.get(storeKeys.activity(idB))).toBeUndefined();
    expect(store.get(storeKeys.session(idB))).toBeUndefined();
    expect(await createVault().getToken(idB)).toBeNull();
    if (process.platform === 'linux') expect(secretToolLookup(idB)).toBeNull();

    await session.removeProfile(a.profileId ?? '');
    expect(session.profiles()).toEqual([]);
    expect(session.view()).toMatchObject({ profileId: null, hasToken: false });
  });
});

describe('several profiles live at once', () => {
  it('connects a profile that is not the active one from the keychain, leaving the active one as it was', async () => {
    const first = setup();
    const work = await first.session.addToken({ token: sim.tokens.full, profileName: 'Work' });
    const ro = await first.session.addToken({ token: sim.tokens.readOnly, profileName: 'Read only' });

    const second = setup({ dataDir: first.dataDir, vault: createVault() });
    await second.session.restore();
    const before = sim.requests.length;
    const connected = await second.session.connect(work.profileId!);
    expect(connected).toMatchObject({ profileId: work.profileId, status: 'valid', tokenName: 'Demo full access' });
    expect(second.session.activeProfileId()).toBe(ro.profileId);
    expect(second.session.view()).toMatchObject({ profileId: ro.profileId, tokenName: 'Demo read-only' });
    // Connected once: asking again costs no request.
    await second.session.connect(work.profileId!);
    expect(sim.requests.slice(before).map((r) => r.path)).toEqual(['/api/v1/account/me/']);
  });

  it('gives each profile its own gate: its token, its permissions, its 401', async () => {
    const { session, unauthorized } = setup();
    const revocable = newSimToken(['servers:*']);
    const work = await session.addToken({ token: revocable, profileName: 'Work' });
    const ro = await session.addToken({ token: sim.tokens.readOnly, profileName: 'Read only' });
    const workGate = createApiGate(session.scoped(work.profileId!));
    const roGate = createApiGate(session.scoped(ro.profileId!));

    expect(workGate.allowed('servers.create')).toBe(true);
    expect(roGate.allowed('servers.create')).toBe(false);
    sim.revokeToken(revocable);
    const failure = await rejection(workGate.run('servers.list', (client) => client.servers.list()));
    expect(failure.kind).toBe('unauthorized');
    expect(unauthorized).toEqual([work.profileId]);
    expect(session.scoped(work.profileId!).view().status).toBe('invalid');
    expect(session.view()).toMatchObject({ profileId: ro.profileId, status: 'valid' });
    await expect(roGate.run('servers.list', (client) => client.servers.list())).resolves.not.toHaveLength(0);
  });
});

describe('can()', () => {
  const resources = ['servers', 'domains', 'dns', 'billing'] as const;
  const actions = ['list', 'create', 'update', 'delete', 'power', 'read'] as const;
  const permission = fc.oneof(
    fc.tuple(fc.constantFrom(...resources, '*'), fc.constantFrom(...actions, '*')).map(([r, a]) => `${r}:${a}`),
    fc.constantFrom('servers', 'nonsense', ':list', 'servers:'),
  );

  /** An oracle written apart from src/shared/permissions.ts. */
  function expected(perms: string[], needed: string): boolean {
    const [resource, action] = needed.split(':');
    return [`${resource}:${action}`, `${resource}:*`, `*:${action}`, '*:*'].some((p) => perms.includes(p));
  }

  it('follows the token’s wildcard permissions for every operation', async () => {
    const { session } = setup();
    let profileId: string | undefined;
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(permission, { maxLength: 6 }), async (perms) => {
        const view = await session.addToken({ token: newSimToken(perms), ...(profileId ? { profileId } : {}) });
        profileId = view.profileId ?? undefined;
        expect(view.permissions).toEqual(perms);
        for (const op of OPERATION_IDS) {
          const needed = OPERATIONS[op].permission;
          const verdict = session.can(op);
          if (needed === null) expect(verdict).toEqual({ allowed: true });
          else if (needed === 'unknown') expect(verdict).toEqual({ allowed: 'unknown' });
          else if (expected(perms, needed)) expect(verdict).toEqual({ allowed: true });
          else expect(verdict).toEqual({ allowed: false, permission: needed, reason: `needs ${needed}` });
        }
      }),
      { numRuns: 40 },
    );
  });
});
