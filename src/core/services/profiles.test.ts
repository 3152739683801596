import { describe, expect, it } from 'vitest';
import { isAppError } from '@shared/errors';
import { MemoryStore, profileKeys, storeKeys } from '../store/store';
import type { Keychain } from '../vault/keychain';
import { createVault } from '../vault/vault';
import { createProfiles } from './profiles';

/** Pure-logic tests: an in-memory stand-in for the OS keychain (the real one is tested in src/core/vault). */
function memoryKeychain(): Keychain & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    available: () => true,
    set: async (id, token) => void entries.set(id, token),
    get: async (id) => entries.get(id) ?? null,
    delete: async (id) => void entries.delete(id),
  };
}

function setup() {
  const store = new MemoryStore();
  const keychain = memoryKeychain();
  const vault = createVault(keychain);
  const profiles = createProfiles({ store, vault, now: () => new Date('2025-03-01T10:00:00Z') });
  return { store, keychain, vault, profiles };
}

function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('profiles', () => {
  it('creates profiles with random ids and keeps them in the store', () => {
    const { store, profiles } = setup();
    const a = profiles.create({ name: ' Work ', apiUrl: 'https://admin.vps.org', demo: false });
    const b = profiles.create({ name: 'Demo', apiUrl: 'http://127.0.0.1:4000', demo: true });
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.id).not.toBe(a.id);
    expect(a).toEqual({ id: a.id, name: 'Work', apiUrl: 'https://admin.vps.org', createdAt: '2025-03-01T10:00:00.000Z', demo: false });
    expect(store.get(storeKeys.profiles)).toEqual([a, b]);
    expect(profiles.list()).toEqual([a, b]);
  });

  it('renames and moves a profile to another API address', () => {
    const { profiles } = setup();
    const a = profiles.create({ name: 'Work', apiUrl: 'https://admin.vps.org', demo: false });
    profiles.update(a.id, { name: 'Client X' });
    profiles.update(a.id, { apiUrl: 'https://eu.vps.example' });
    expect(profiles.get(a.id)).toMatchObject({ name: 'Client X', apiUrl: 'https://eu.vps.example' });
  });

  it('gives a profile a colour and takes it away', () => {
    const { profiles } = setup();
    const a = profiles.create({ name: 'Work', apiUrl: 'https://admin.vps.org', demo: false });
    profiles.update(a.id, { colour: 'green' });
    expect(profiles.get(a.id)?.colour).toBe('green');
    profiles.update(a.id, { name: 'Client X' });
    expect(profiles.get(a.id)?.colour).toBe('green');
    profiles.update(a.id, { colour: null });
    expect(profiles.get(a.id)).not.toHaveProperty('colour');
  });

  it('moves a profile one place up or down in the order, staying put at either end', () => {
    const { profiles } = setup();
    const [a, b, c] = ['A', 'B', 'C'].map((name) => profiles.create({ name, apiUrl: 'https://admin.vps.org', demo: false }));
    const order = () => profiles.list().map((p) => p.name);
    profiles.move(c!.id, -1);
    expect(order()).toEqual(['A', 'C', 'B']);
    profiles.move(a!.id, -1);
    profiles.move(b!.id, 1);
    expect(order()).toEqual(['A', 'C', 'B']);
    profiles.move(a!.id, 1);
    expect(order()).toEqual(['C', 'A', 'B']);
    expect(errorOf(() => profiles.move('nope', 1))).toMatchObject({ kind: 'invalid_input' });
  });

  it('refuses empty and overlong names and unknown profiles', () => {
    const { profiles } = setup();
    const a = profiles.create({ name: 'Work', apiUrl: 'https://admin.vps.org', demo: false });
    for (const name of ['   ', 'x'.repeat(81)]) {
      const error = errorOf(() => profiles.update(a.id, { name }));
      expect(isAppError(error) && error.kind).toBe('invalid_input');
    }
    const error = errorOf(() => profiles.update('nope', { name: 'Other' }));
    expect(isAppError(error) && error.message).toBe('That profile no longer exists.');
    expect(profiles.get(a.id)?.name).toBe('Work');
  });

  it('falls back to the first profile when the stored active one is gone, and to null without profiles', () => {
    const { store, profiles } = setup();
    expect(profiles.activeId()).toBeNull();
    const a = profiles.create({ name: 'A', apiUrl: 'https://admin.vps.org', demo: false });
    const b = profiles.create({ name: 'B', apiUrl: 'https://admin.vps.org', demo: false });
    expect(profiles.activeId()).toBe(a.id);
    profiles.setActive(b.id);
    expect(profiles.activeId()).toBe(b.id);
    store.set(storeKeys.activeProfile, 'deleted-elsewhere');
    expect(profiles.activeId()).toBe(a.id);
  });

  it('removes a profile with its keychain entry and every key it owns, leaving the others alone', async () => {
    const { store, keychain, vault, profiles } = setup();
    const a = profiles.create({ name: 'A', apiUrl: 'https://admin.vps.org', demo: false });
    const b = profiles.create({ name: 'B', apiUrl: 'https://admin.vps.org', demo: false });
    await vault.setToken(a.id, 'vps_a');
    await vault.setToken(b.id, 'vps_b');
    for (const key of [...profileKeys(a.id), ...profileKeys(b.id)]) store.set(key, { something: key });
    profiles.setActive(a.id);

    await profiles.remove(a.id);

    expect(profiles.list()).toEqual([b]);
    expect(profiles.activeId()).toBe(b.id);
    expect(store.get(storeKeys.activeProfile)).toBe(b.id);
    expect(keychain.entries.has(a.id)).toBe(false);
    expect(keychain.entries.get(b.id)).toBe('vps_b');
    for (const key of profileKeys(a.id)) expect(store.get(key)).toBeUndefined();
    for (const key of profileKeys(b.id)) expect(store.get(key)).toEqual({ something: key });
  });

  it('ignores stored entries that are not profiles', () => {
    const { store, profiles } = setup();
    const good = { id: 'p1', name: 'Good', apiUrl: 'https://admin.vps.org', createdAt: '2025-01-01T00:00:00Z', demo: false };
    store.set(storeKeys.profiles, [good, { id: 'p2' }, 'junk', null]);
    expect(profiles.list()).toEqual([good]);
    // A colour from a later version (or a hand edit): the profile stays, without it.
    store.set(storeKeys.profiles, [{ ...good, colour: 'chartreuse' }, { ...good, id: 'p3', colour: 'red' }]);
    expect(profiles.list()).toEqual([good, { ...good, id: 'p3', colour: 'red' }]);
    store.set(storeKeys.profiles, { not: 'a list' });
    expect(profiles.list()).toEqual([]);
  });
});
