// Keychains for tests and benchmarks that do not use the OS keychain: one in memory, and ones
// that are not there (no Secret Service on Linux).
import type { Keychain } from '../keychain';

export function memoryKeychain(): Keychain {
  const entries = new Map<string, string>();
  return {
    available: () => true,
    async set(profileId, token) {
      entries.set(profileId, token);
    },
    async get(profileId) {
      return entries.get(profileId) ?? null;
    },
    async delete(profileId) {
      entries.delete(profileId);
    },
  };
}

/** A keychain that is not there (no Secret Service): every call fails. */
export function missingKeychain(): Keychain {
  const fail = async (): Promise<never> => {
    throw new Error('no keychain');
  };
  return { available: () => false, set: fail, get: fail, delete: fail };
}

/** A keychain whose every call fails, as with no Secret Service on Linux. */
export const throwingKeychain: Keychain = {
  available: () => false,
  set: () => Promise.reject(new Error('no Secret Service')),
  get: () => Promise.reject(new Error('no Secret Service')),
  delete: () => Promise.reject(new Error('no Secret Service')),
};
