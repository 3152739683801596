// Against the real OS keychain: run under scripts/with-keyring.mjs (a private gnome-keyring on
// Linux), as `npm test` does.
import { describe, expect, it } from 'vitest';
import { createKeychain, type Keychain } from './keychain';
import { throwingKeychain } from './testing/fake-keychains';
import { profileIds, secretToolLookup } from './testing/os-keychain';
import { createVault } from './vault';

const profileId = profileIds((id) => createVault().deleteToken(id));

describe('vault over the real keychain', () => {
  it('persists tokens in the keychain and reads them back from a new vault (a new run)', async () => {
    const id = profileId();
    const first = createVault();
    expect(await first.setToken(id, 'vps_persisted_token')).toEqual({ persisted: true });
    expect(first.available()).toBe(true);
    expect(await createVault().getToken(id)).toBe('vps_persisted_token');
    if (process.platform === 'linux') expect(secretToolLookup(id)).toBe('vps_persisted_token');
  });

  it('deletes a token from the keychain', async () => {
    const id = profileId();
    const vault = createVault();
    await vault.setToken(id, 'vps_to_delete');
    await vault.deleteToken(id);
    expect(await vault.getToken(id)).toBeNull();
    expect(await createVault().getToken(id)).toBeNull();
  });

  it('keeps two profiles apart', async () => {
    const a = profileId();
    const b = profileId();
    const vault = createVault();
    await vault.setToken(a, 'vps_a');
    await vault.setToken(b, 'vps_b');
    await vault.deleteToken(a);
    expect(await vault.getToken(a)).toBeNull();
    expect(await vault.getToken(b)).toBe('vps_b');
  });
});

describe('vault without a keychain', () => {
  it('keeps the token in memory for this run only when the keychain calls throw', async () => {
    const id = profileId();
    const vault = createVault(throwingKeychain);
    expect(await vault.setToken(id, 'vps_memory_only')).toEqual({ persisted: false });
    expect(vault.available()).toBe(false);
    expect(await vault.getToken(id)).toBe('vps_memory_only');
    // Another run (a new vault over the real keychain) knows nothing of it.
    expect(await createVault().getToken(id)).toBeNull();
    if (process.platform === 'linux') expect(secretToolLookup(id)).toBeNull();
    await vault.deleteToken(id);
    expect(await vault.getToken(id)).toBeNull();
  });

  it('keeps the token in memory when keytar cannot be loaded', async () => {
    const id = profileId();
    const vault = createVault(createKeychain(() => Promise.reject(new Error('keytar.node: cannot open shared object file'))));
    expect(await vault.setToken(id, 'vps_unloadable')).toEqual({ persisted: false });
    expect(vault.available()).toBe(false);
    expect(await vault.getToken(id)).toBe('vps_unloadable');
    expect(await createVault().getToken(id)).toBeNull();
  });

  it('prefers this run’s in-memory token over an older keychain entry', async () => {
    const id = profileId();
    await createVault().setToken(id, 'vps_old_in_keychain');
    let failing = false;
    const real = createKeychain();
    const sometimes: Keychain = {
      available: () => !failing && real.available(),
      set: (p, t) => (failing ? Promise.reject(new Error('locked')) : real.set(p, t)),
      get: (p) => real.get(p),
      delete: (p) => real.delete(p),
    };
    const vault = createVault(sometimes);
    failing = true;
    expect(await vault.setToken(id, 'vps_new_in_memory')).toEqual({ persisted: false });
    expect(await vault.getToken(id)).toBe('vps_new_in_memory');
    failing = false;
    expect(await vault.setToken(id, 'vps_newest')).toEqual({ persisted: true });
    expect(await createVault().getToken(id)).toBe('vps_newest');
  });
});
