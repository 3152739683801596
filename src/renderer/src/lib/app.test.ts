import { describe, expect, it, vi } from 'vitest';
import type { AppState } from '@shared/app-state';
import type { VpsApi, WindowTarget } from '@shared/ipc-contract';
import { connect, ui } from './app.svelte';
import { openTarget } from './scope';
import { appState, server, stubVps, withOtherAccount, zone } from './testing/fixtures';

function fakeApi(initial: AppState) {
  const listeners: { state?: (s: AppState) => void; navigate?: (t: WindowTarget) => void } = {};
  const api = {
    getState: vi.fn(async () => ({ ok: true as const, value: initial })),
    onState: (l: (s: AppState) => void) => ((listeners.state = l), () => (listeners.state = undefined)),
    onNavigate: (l: (t: WindowTarget) => void) => ((listeners.navigate = l), () => (listeners.navigate = undefined)),
  };
  return { api: api as unknown as VpsApi, listeners };
}

describe('connect', () => {
  it("loads the state, follows main's events, and lets go when asked", async () => {
    const first = appState();
    const { api, listeners } = fakeApi(first);
    const disconnect = connect(api, openTarget);
    await vi.waitFor(() => expect(ui.state).toBe(first));

    const next = appState({ windowVisible: false });
    listeners.state?.(next);
    expect(ui.state).toBe(next);

    listeners.navigate?.({ view: 'domains', id: 7 });
    expect(ui.view).toBe('domains');
    expect(ui.selected.domains).toBe(7);

    listeners.navigate?.({ view: 'dns', id: 'zone-1' });
    expect(ui.selected.dns).toBe('zone-1');

    disconnect();
    expect(listeners).toEqual({ state: undefined, navigate: undefined });
  });

  it('keeps a pushed state that arrived before the first answer', async () => {
    ui.state = null;
    const stale = appState({ windowVisible: false });
    const { api, listeners } = fakeApi(stale);
    const disconnect = connect(api, openTarget);
    const pushed = appState();
    listeners.state?.(pushed);
    await Promise.resolve();
    await Promise.resolve();
    expect(ui.state).toBe(pushed);
    disconnect();
  });

  it("opens another account's item where main says, in place, without making it the active account", async () => {
    const vps = stubVps();
    const { api, listeners } = fakeApi(withOtherAccount(appState(), { id: 'p2', name: 'Client', servers: [server(9, 'shop-01')], zones: [zone('z-9', 'client.com')] }));
    ui.state = null;
    const disconnect = connect(api, openTarget);
    await vi.waitFor(() => expect(ui.state).not.toBeNull());

    listeners.navigate?.({ view: 'servers', id: 9, profileId: 'p2' });
    expect([ui.view, ui.selected.servers, ui.owners.servers]).toEqual(['servers', 9, 'p2']);
    listeners.navigate?.({ view: 'dns', id: 'z-9', profileId: 'p2' });
    expect([ui.view, ui.selected.dns, ui.owners.dns]).toEqual(['dns', 'z-9', 'p2']);
    // The active account's item, as before.
    listeners.navigate?.({ view: 'servers', id: 7 });
    expect([ui.selected.servers, ui.owners.servers]).toEqual([7, null]);
    expect(vps.switchProfile).not.toHaveBeenCalled();
    disconnect();
  });
});
