// For the tests that run against the real OS keychain (under scripts/with-keyring.mjs, a private
// gnome-keyring on Linux, as `npm test` does).
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterEach } from 'vitest';
import { KEYCHAIN_SERVICE } from '../keychain';

/** A maker of fresh profile ids; each one is removed with `remove` after its test, so the real keychain keeps nothing. */
export function profileIds(remove: (id: string) => Promise<unknown>): () => string {
  const used: string[] = [];
  afterEach(async () => {
    for (const id of used.splice(0)) await remove(id);
  });
  return () => {
    const id = randomUUID();
    used.push(id);
    return id;
  };
}

/** The token secret-tool finds for a profile id under the app's service; null when there is none. */
export function secretToolLookup(account: string): string | null {
  const result = spawnSync('secret-tool', ['lookup', 'service', KEYCHAIN_SERVICE, 'account', account], { encoding: 'utf8' });
  if (result.error) throw result.error;
  return result.status === 0 ? result.stdout : null;
}
