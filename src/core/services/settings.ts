// The user's settings: one validated object in the Store. A stored value that no longer fits the
// schema (an older version, a hand edit) gives the defaults and a notice, never a crash.
import * as v from 'valibot';
import { VpsError, appError } from '@shared/errors';
import { m } from '@shared/i18n';
import { DEFAULT_SETTINGS, SettingsSchema, mergeSettings, type Settings, type SettingsPatch } from '@shared/settings';
import { invalidInput } from '@shared/invalid-input';
import { storeKeys, type Store } from '../store/store';
import { NOTICE_IDS, type Notices } from './notices';
import type { StateHolder } from './state-holder';

export interface SettingsService {
  get(): Settings;
  /** Merges, validates and saves; the start-at-login item follows the setting. */
  update(patch: SettingsPatch): Settings;
  onChange(listener: (next: Settings, previous: Settings) => void): () => void;
}

export interface SettingsDeps {
  store: Store;
  state: StateHolder;
  notices: Notices;
  setStartAtLogin: (enabled: boolean) => void;
}

/** Reads the stored settings into the state (with a notice when they had to be reset). */
export function createSettingsService(deps: SettingsDeps): SettingsService {
  const listeners = new Set<(next: Settings, previous: Settings) => void>();
  let current = readStored(deps);
  deps.state.set({ settings: current });

  return {
    get: () => current,
    update(patch) {
      const previous = current;
      const next = merge(previous, patch);
      if (next.startAtLogin !== previous.startAtLogin) applyStartAtLogin(deps, next.startAtLogin);
      current = next;
      deps.store.set(storeKeys.settings, next);
      deps.state.set({ settings: next });
      for (const listener of listeners) listener(next, previous);
      return next;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The stored settings, the defaults when there are none, null when they cannot be read. */
export function storedSettings(store: Store): Settings | null {
  const stored = store.get<unknown>(storeKeys.settings);
  if (stored === undefined) return structuredClone(DEFAULT_SETTINGS);
  const parsed = v.safeParse(SettingsSchema, stored);
  return parsed.success ? parsed.output : null;
}

function readStored(deps: SettingsDeps): Settings {
  const stored = storedSettings(deps.store);
  if (stored !== null) return stored;
  const defaults = structuredClone(DEFAULT_SETTINGS);
  deps.store.set(storeKeys.settings, defaults);
  deps.notices.add({
    id: NOTICE_IDS.settingsReset,
    level: 'warning',
    message: m.settings_reset(),
  });
  return defaults;
}

function merge(base: Settings, patch: SettingsPatch): Settings {
  try {
    return mergeSettings(base, patch);
  } catch (error) {
    if (v.isValiError(error)) throw new VpsError(invalidInput(error.issues));
    throw error;
  }
}

function applyStartAtLogin(deps: SettingsDeps, enabled: boolean): void {
  try {
    deps.setStartAtLogin(enabled);
  } catch {
    throw new VpsError(appError('server', enabled ? m.login_add_failed() : m.login_remove_failed()));
  }
}
