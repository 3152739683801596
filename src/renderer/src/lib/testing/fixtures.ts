// App states and a stubbed window.vps for component tests: only what a test needs, typed
// against the real contract so a change there breaks the tests that depend on it.
import { vi } from 'vitest';
import type { DnsZone, Domain, Server, ServerStatus } from '@shared/api-types';
import { emptyState, type AppState } from '@shared/app-state';
import type { CommandName, Result, VpsApi } from '@shared/ipc-contract';
import { DEFAULT_SETTINGS } from '@shared/settings';

export function server(id: number, name: string, status: ServerStatus = 'active'): Server {
  return {
    id,
    name,
    hostname: `${name}.example.com`,
    status,
    ip_address: `203.0.113.${id}`,
    location: 'us-west',
    plan: { id: 1, name: 'Standard VPS', vcpus: 2, memory: 4096, storage: 80 },
    os: { id: 5, name: 'Ubuntu 22.04 LTS' },
    created_at: '2026-01-10T14:30:00Z',
    updated_at: '2026-01-15T10:20:00Z',
  };
}

export function appState(patch: Partial<AppState> = {}, permissions: string[] = ['*:*']): AppState {
  return {
    ...emptyState(DEFAULT_SETTINGS),
    profiles: [{ id: 'p1', name: 'Work', apiUrl: 'https://admin.vps.org', createdAt: '2026-01-01T00:00:00Z', demo: false }],
    session: {
      profileId: 'p1',
      hasToken: true,
      persisted: true,
      tokenName: 'Laptop',
      permissions,
      expiresAt: null,
      account: { email: 'ops@example.com' },
      status: 'valid',
    },
    sync: { state: 'idle', lastSuccessAt: '2026-01-15T10:20:00Z', stale: false, lastError: null, nextAt: null },
    windowVisible: true,
    ...patch,
  };
}

export function zone(uuid: string, domain: string, recordCount = 3): DnsZone {
  return { uuid, domain, record_count: recordCount, created_at: '2026-01-10T14:30:00Z' };
}

/** A second connected account beside appState's active one ('p1'), with its own profile and token. */
export function withOtherAccount(state: AppState, account: { id: string; name: string; servers?: Server[]; domains?: Domain[]; zones?: DnsZone[]; permissions?: string[] }): AppState {
  const profile = { id: account.id, name: account.name, apiUrl: 'https://admin.vps.org', createdAt: '2026-01-02T00:00:00Z', demo: false };
  const session = { ...state.session, profileId: account.id, permissions: account.permissions ?? ['*:*'] };
  return {
    ...state,
    profiles: [...state.profiles, profile],
    otherAccounts: [...state.otherAccounts, { profileId: account.id, session, sync: state.sync, servers: account.servers ?? [], domains: account.domains ?? [], renewalCosts: [], reminders: [], zones: account.zones ?? [], pending: [], alerts: [], watched: {} }],
  };
}

type Stubbed = { [K in CommandName]: ReturnType<typeof vi.fn<VpsApi[K]>> };

/** window.vps where every command answers ok(undefined) unless the test says otherwise. */
export function stubVps(): Stubbed {
  const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });
  const api = new Proxy({} as Record<string, unknown>, {
    get(target, name: string) {
      if (name.startsWith('on')) return () => () => {};
      target[name] ??= vi.fn(() => ok(undefined));
      return target[name];
    },
  });
  Object.defineProperty(window, 'vps', { value: api, configurable: true });
  return api as unknown as Stubbed;
}
