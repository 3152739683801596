// session.defaultSession of the stand-in runtime: the permission handlers the app sets, applied
// to the pages of every stand-in window (browser-window.ts asks this session for each
// permission request and check).
//
// Electron's default holds until the app sets a handler: every permission request and check
// is granted.
import type Electron from 'electron';
import { originOf } from './protocol.ts';

type Permission = Parameters<Parameters<Electron.Session['setPermissionRequestHandler']>[0] & {}>[1];
type RequestHandler = Parameters<Electron.Session['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<Electron.Session['setPermissionCheckHandler']>[0];

export interface PermissionAsk {
  contents: Electron.WebContents;
  permission: Permission;
  requestingUrl: string;
  isMainFrame: boolean;
  mediaTypes?: Array<'video' | 'audio'>;
}

type SessionSubset = Pick<Electron.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

class StandinSession implements SessionSubset {
  #request: RequestHandler = null;
  #check: CheckHandler = null;

  setPermissionRequestHandler(handler: RequestHandler): void {
    this.#request = handler;
  }

  setPermissionCheckHandler(handler: CheckHandler): void {
    this.#check = handler;
  }

  /** A page asks for a permission (Notification.requestPermission, getUserMedia, …). */
  requestPermission(ask: PermissionAsk): Promise<boolean> {
    const handler = this.#request;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) =>
      handler(ask.contents, ask.permission, resolve, {
        requestingUrl: ask.requestingUrl,
        isMainFrame: ask.isMainFrame,
        ...(ask.mediaTypes ? { mediaTypes: ask.mediaTypes, securityOrigin: originOf(ask.requestingUrl) } : {}),
      } as Electron.PermissionRequest),
    );
  }

  /** A page checks a permission (navigator.permissions.query). */
  checkPermission(ask: PermissionAsk): boolean {
    const handler = this.#check;
    if (!handler) return true;
    const origin = originOf(ask.requestingUrl);
    return handler(ask.contents, ask.permission, origin, { requestingUrl: ask.requestingUrl, isMainFrame: ask.isMainFrame });
  }
}

export const defaultSession = new StandinSession();
