// Where tokens live: in the OS keychain, or, when it cannot be reached, in this process's
// memory for this run only. There is deliberately no third place: never a file, never the store.
import { createKeychain, type Keychain } from './keychain';

export interface Vault {
  /** persisted false: the keychain failed and the token lives in memory until the app quits. */
  setToken(profileId: string, token: string): Promise<{ persisted: boolean }>;
  getToken(profileId: string): Promise<string | null>;
  deleteToken(profileId: string): Promise<void>;
  /** Whether the OS keychain is usable (false after it failed to load or a call failed). */
  available(): boolean;
}

export function createVault(keychain: Keychain = createKeychain()): Vault {
  const inMemory = new Map<string, string>();

  return {
    async setToken(profileId, token) {
      try {
        await keychain.set(profileId, token);
        inMemory.delete(profileId);
        return { persisted: true };
      } catch {
        inMemory.set(profileId, token);
        return { persisted: false };
      }
    },

    async getToken(profileId) {
      const held = inMemory.get(profileId);
      if (held !== undefined) return held;
      try {
        return await keychain.get(profileId);
      } catch {
        return null;
      }
    },

    async deleteToken(profileId) {
      inMemory.delete(profileId);
      try {
        await keychain.delete(profileId);
      } catch {
        // An unreachable keychain cannot be cleaned up and must not block removing a token or
        // a profile; whatever entry it may hold stays protected by the keychain, under a
        // random profile id that is never reused.
      }
    },

    available: () => keychain.available(),
  };
}
