// The OS keychain (macOS Keychain, Windows Credential Manager, the Secret Service on Linux)
// through keytar: one entry per profile, service "VPS Tray", account = the profile id.
// keytar is a native module that may be missing or unable to reach a keychain (no Secret
// Service, a locked keychain), so it is loaded lazily and every failure is reported as a
// `keychain` error; the vault then keeps the token in memory. Nothing here ever writes the
// token anywhere else.
import { VpsError, appError } from '@shared/errors';

export const KEYCHAIN_SERVICE = 'VPS Tray';

/** The part of keytar this app uses. */
export interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

export type KeytarLoader = () => Promise<KeytarApi>;

export interface Keychain {
  /** false once loading keytar or a keychain call failed; true again after a call succeeds. */
  available(): boolean;
  set(profileId: string, token: string): Promise<void>;
  get(profileId: string): Promise<string | null>;
  delete(profileId: string): Promise<void>;
}

export const loadKeytar: KeytarLoader = async () => {
  // keytar is CommonJS: under ESM its functions sit on the default export.
  const mod = (await import('keytar')) as unknown as { default?: KeytarApi } & Partial<KeytarApi>;
  const api = mod.default ?? mod;
  if (typeof api.getPassword !== 'function' || typeof api.setPassword !== 'function' || typeof api.deletePassword !== 'function') {
    throw new Error('keytar does not export the expected functions');
  }
  return api as KeytarApi;
};

const UNAVAILABLE =
  'The system keychain is not available, so VPS Tray keeps your token in memory for this run only.';

export function createKeychain(load: KeytarLoader = loadKeytar): Keychain {
  let keytar: Promise<KeytarApi> | null = null;
  let ok = true;

  async function call<T>(use: (api: KeytarApi) => Promise<T>): Promise<T> {
    keytar ??= load();
    try {
      const result = await use(await keytar);
      ok = true;
      return result;
    } catch {
      // The cause (a D-Bus message, a native stack) is left out: it helps no one and a
      // keychain library's message is not ours to vouch for.
      ok = false;
      throw new VpsError(appError('keychain', UNAVAILABLE));
    }
  }

  return {
    available: () => ok,
    set: (profileId, token) => call((api) => api.setPassword(KEYCHAIN_SERVICE, profileId, token)),
    get: (profileId) => call((api) => api.getPassword(KEYCHAIN_SERVICE, profileId)),
    delete: (profileId) => call(async (api) => void (await api.deletePassword(KEYCHAIN_SERVICE, profileId))),
  };
}
