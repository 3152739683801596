// Against the real OS keychain: run under scripts/with-keyring.mjs (a private gnome-keyring on
// Linux), as `npm test` does.
import { describe, expect, it } from 'vitest';
import { isAppError } from '@shared/errors';
import { rejection } from '@shared/testing/rejection';
import { createKeychain, type KeytarApi } from './keychain';
import { profileIds, secretToolLookup } from './testing/os-keychain';

const profileId = profileIds((id) => createKeychain().delete(id));

describe('keychain (real OS keychain)', () => {
  it('sets, gets and deletes a token per profile', async () => {
    const keychain = createKeychain();
    const id = profileId();
    expect(await keychain.get(id)).toBeNull();
    await keychain.set(id, 'vps_first_token');
    expect(await keychain.get(id)).toBe('vps_first_token');
    await keychain.set(id, 'vps_second_token');
    expect(await keychain.get(id)).toBe('vps_second_token');
    await keychain.delete(id);
    expect(await keychain.get(id)).toBeNull();
    expect(keychain.available()).toBe(true);
  });

  it('keeps two profiles side by side', async () => {
    const keychain = createKeychain();
    const a = profileId();
    const b = profileId();
    await keychain.set(a, 'vps_token_of_a');
    await keychain.set(b, 'vps_token_of_b');
    expect(await keychain.get(a)).toBe('vps_token_of_a');
    expect(await keychain.get(b)).toBe('vps_token_of_b');
    await keychain.delete(a);
    expect(await keychain.get(a)).toBeNull();
    expect(await keychain.get(b)).toBe('vps_token_of_b');
  });

  it.runIf(process.platform === 'linux')('stores the token where secret-tool finds it: service "VPS Tray", account = profile id', async () => {
    const keychain = createKeychain();
    const id = profileId();
    await keychain.set(id, 'vps_found_by_secret_tool');
    expect(secretToolLookup(id)).toBe('vps_found_by_secret_tool');
    await keychain.delete(id);
    expect(secretToolLookup(id)).toBeNull();
  });

  it('reports unavailable, with a keychain error, when keytar cannot be loaded', async () => {
    const keychain = createKeychain(() => Promise.reject(new Error('Cannot find module keytar')));
    const error = await rejection(keychain.set(profileId(), 'vps_never_stored'));
    expect(isAppError(error) && error.kind).toBe('keychain');
    expect(keychain.available()).toBe(false);
    expect(isAppError(await rejection(keychain.get('any')))).toBe(true);
  });

  it('reports unavailable when a keychain call throws, and leaves the cause and the token out of the error', async () => {
    const broken: KeytarApi = {
      getPassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
      setPassword: (_s, _a, password) => Promise.reject(new Error(`refused ${password}`)),
      deletePassword: () => Promise.reject(new Error('locked')),
    };
    const keychain = createKeychain(() => Promise.resolve(broken));
    const error = await rejection(keychain.set(profileId(), 'vps_secret_in_cause'));
    expect(isAppError(error) && error.kind).toBe('keychain');
    expect(JSON.stringify(error) + String((error as Error).message)).not.toContain('vps_secret_in_cause');
    expect(keychain.available()).toBe(false);
  });

  it('is available again once a call succeeds (a keychain unlocked later)', async () => {
    let locked = true;
    const flaky: KeytarApi = {
      getPassword: () => (locked ? Promise.reject(new Error('locked')) : Promise.resolve(null)),
      setPassword: () => Promise.resolve(),
      deletePassword: () => Promise.resolve(true),
    };
    const keychain = createKeychain(() => Promise.resolve(flaky));
    await rejection(keychain.get('x'));
    expect(keychain.available()).toBe(false);
    locked = false;
    expect(await keychain.get('x')).toBeNull();
    expect(keychain.available()).toBe(true);
  });
});
