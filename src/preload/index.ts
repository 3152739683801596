// Exposes `window.vps`: one named method per command and one subscribe function per event of
// the IPC contract, nothing else. Built as CommonJS because a sandboxed preload cannot load ESM.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { COMMAND_NAMES, EVENT_NAMES, commandChannel, eventChannel, subscribeName } from '@shared/ipc-contract';

export function buildApi(renderer: Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>): Record<string, unknown> {
  const api: Record<string, unknown> = {};
  for (const name of COMMAND_NAMES) {
    const channel = commandChannel(name);
    api[name] = (input?: unknown) => renderer.invoke(channel, input);
  }
  for (const name of EVENT_NAMES) {
    const channel = eventChannel(name);
    api[subscribeName(name)] = (listener: (payload: unknown) => void) => {
      // Only the payload crosses: the renderer never sees Electron's event object.
      const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      renderer.on(channel, handler);
      return () => {
        renderer.removeListener(channel, handler);
      };
    };
  }
  return Object.freeze(api);
}

contextBridge.exposeInMainWorld('vps', buildApi(ipcRenderer));
