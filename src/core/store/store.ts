// Persistence behind one small interface, with one implementation on disk (file-store.ts) that
// the app and the `vps` command share (data-store.ts). No secret is ever stored here: the token
// is in the keychain.

export interface Store {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  /**
   * Replaces the value with `change(current)` (undefined deletes it), with `current` read fresh
   * and no other writer in between, even in another process: for a read-modify-write of one key.
   */
  update<T>(key: string, change: (current: T | undefined) => T | undefined): T | undefined;
}

const CACHE_PREFIX = 'cache.';

/** Keys are namespaced per profile so several accounts live side by side. */
export const storeKeys = {
  profiles: 'profiles',
  activeProfile: 'activeProfileId',
  settings: 'settings',
  cache: (profileId: string) => `${CACHE_PREFIX}${profileId}`,
  ledger: (profileId: string) => `reminderLedger.${profileId}`,
  snoozes: (profileId: string) => `reminderSnoozes.${profileId}`,
  activity: (profileId: string) => `activity.${profileId}`,
  /** What the alerts beyond expiry last saw (their baseline) and which crossings have fired. */
  alertLedger: (profileId: string) => `alertLedger.${profileId}`,
  /** The alerts that fired, with the user's snoozes and "handled" marks. */
  alerts: (profileId: string) => `alerts.${profileId}`,
  /** The last account and token info `GET /account/me/` returned (never the token), for offline starts. */
  session: (profileId: string) => `session.${profileId}`,
} as const;

/** The last known servers, domains and zones of a profile: kept apart from the settings (data-store.ts). */
export function isCacheKey(key: string): boolean {
  return key.startsWith(CACHE_PREFIX);
}

/** Everything kept for one profile, for removing a profile without leaving anything behind. */
export function profileKeys(profileId: string): string[] {
  return [
    storeKeys.cache(profileId),
    storeKeys.ledger(profileId),
    storeKeys.snoozes(profileId),
    storeKeys.activity(profileId),
    storeKeys.alertLedger(profileId),
    storeKeys.alerts(profileId),
    storeKeys.session(profileId),
  ];
}

/** A store in memory, for tests that do not care about the disk. */
export class MemoryStore implements Store {
  private readonly data = new Map<string, unknown>();
  get<T>(key: string): T | undefined {
    const value = this.data.get(key);
    return value === undefined ? undefined : (structuredClone(value) as T);
  }
  set(key: string, value: unknown): void {
    this.data.set(key, structuredClone(value));
  }
  delete(key: string): void {
    this.data.delete(key);
  }
  update<T>(key: string, change: (current: T | undefined) => T | undefined): T | undefined {
    const next = change(this.get<T>(key));
    if (next === undefined) this.delete(key);
    else this.set(key, next);
    return next;
  }
}
