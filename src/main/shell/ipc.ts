// Registers one ipcMain handler per command of the contract. Like VS Code's ValidatedIpcMain,
// every message is checked before it reaches a handler: the channel prefix and name (in the
// dispatcher), and that the sender is the app's own page in its main frame, not a sub-frame
// or a page the window was somehow navigated to.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { COMMAND_NAMES, commandChannel, eventChannel, type EventName, type EventPayload, type Result } from '@shared/ipc-contract';
import { appError } from '@shared/errors';

export interface IpcDeps {
  dispatch: (channel: string, input: unknown) => Promise<Result<unknown>>;
  isTrustedSender: (sender: { url: string; isMainFrame: boolean }) => boolean;
}

const UNTRUSTED: Result<never> = {
  ok: false,
  error: appError('forbidden', 'This request did not come from the VPS Tray window and was refused.'),
};

export function handleInvoke(deps: IpcDeps, channel: string, event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> {
  const frame = event.senderFrame;
  if (!frame || !deps.isTrustedSender({ url: frame.url, isMainFrame: frame.parent === null })) {
    return Promise.resolve(UNTRUSTED);
  }
  return deps.dispatch(channel, input);
}

export function registerIpc(deps: IpcDeps): () => void {
  const channels = COMMAND_NAMES.map(commandChannel);
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input: unknown) => handleInvoke(deps, channel, event, input));
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}

export function sendEvent<K extends EventName>(contents: WebContents, name: K, payload: EventPayload<K>): void {
  if (!contents.isDestroyed()) contents.send(eventChannel(name), payload);
}
