import { describe, expect, it, vi } from 'vitest';
import type { AppState, View } from '@shared/app-state';
import type { VpsApi } from '@shared/ipc-contract';
import { connect, ui } from './app.svelte';
import { openTarget } from './scope';
import { appState } from './testing/fixtures';

function fakeApi(initial: AppState) {
  const listeners: { state?: (s: AppState) => void; navigate?: (t: { view: View; id?: number | string }) => void} = {};
  const api = {
    getState: vi.fn(async () => ({ ok: true as const, value: initial })),
    onState: (l: (s: AppState) => void) => ((listeners.state = l), () => (listeners.state = undefined)),
    onNavigate: (l: (t: { view: View; id?: number | string }) => void) => ((listeners.navigate = l), () => (listeners.navigate = undefined)),
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
});
