// ipcMain of the stand-in runtime: the handlers the shell registers, invoked by the pages of
// the stand-in BrowserWindow with a sender frame that says where the call came from.
import { EventEmitter } from 'node:events';
import type Electron from 'electron';

type Handler = (event: Electron.IpcMainInvokeEvent, ...args: any[]) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any -- Electron's own signature

class IpcMain extends EventEmitter implements Pick<Electron.IpcMain, 'handle' | 'removeHandler'> {
  readonly #handlers = new Map<string, Handler>();

  handle(channel: string, handler: Handler): void {
    if (this.#handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.#handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.#handlers.delete(channel);
  }

  channels(): string[] {
    return [...this.#handlers.keys()];
  }

  async invoke(channel: string, event: { sender: unknown; senderFrame: { url: string; parent: unknown } }, args: unknown[]): Promise<unknown> {
    const handler = this.#handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    // The fields the shell reads; the rest of Electron's event does not exist here.
    return handler(event as unknown as Electron.IpcMainInvokeEvent, ...args);
  }
}

export const ipcMain = new IpcMain();
