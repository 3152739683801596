// The preload exposes one method per command and one subscribe function per event, and hands
// the renderer only payloads, never Electron's event object.
import { describe, expect, it, vi } from 'vitest';
import { COMMAND_NAMES, EVENT_NAMES, subscribeName } from '@shared/ipc-contract';

const exposed = vi.hoisted(() => ({ api: null as Record<string, unknown> | null }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (_key: string, api: Record<string, unknown>) => (exposed.api = api) },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}));

const { buildApi } = await import('./index');

describe('window.vps', () => {
  it('is exposed with exactly the contract: one method per command, one subscription per event', () => {
    const names = Object.keys(exposed.api!).sort();
    expect(names).toEqual([...COMMAND_NAMES, ...EVENT_NAMES.map(subscribeName)].sort());
    expect(Object.isFrozen(exposed.api)).toBe(true);
  });

  it('invokes the prefixed channel and unwraps nothing raw', async () => {
    const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
    const renderer = {
      invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
      on: vi.fn((channel: string, l: (event: unknown, payload: unknown) => void) => listeners.set(channel, l)),
      removeListener: vi.fn((channel: string) => listeners.delete(channel)),
    };
    const api = buildApi(renderer as never) as Record<string, (...args: unknown[]) => unknown>;
    await expect(api.powerServer!({ serverId: 1, action: 'reboot' })).resolves.toEqual({
      ok: true,
      value: { channel: 'vps:powerServer', input: { serverId: 1, action: 'reboot' } },
    });
    const received: unknown[] = [];
    const unsubscribe = api.onState!((payload: unknown) => received.push(payload)) as () => void;
    listeners.get('vps:event:state')!({ sender: 'electron internals' }, { servers: [] });
    expect(received).toEqual([{ servers: [] }]);
    unsubscribe();
    expect(listeners.has('vps:event:state')).toBe(false);
  });
});
