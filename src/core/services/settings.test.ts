import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@shared/settings';
import { createManualClock } from '../simulator/clock';
import { MemoryStore, storeKeys } from '../store/store';
import { NOTICE_IDS, createNotices } from './notices';
import { createSettingsService } from './settings';
import { createStateHolder } from './state-holder';
import { emptyState } from '@shared/app-state';
import { createManualTimers } from './testing/manual-timers';

function setup(stored?: unknown) {
  const store = new MemoryStore();
  if (stored !== undefined) store.set(storeKeys.settings, stored);
  const state = createStateHolder(emptyState(DEFAULT_SETTINGS), createManualTimers(createManualClock()));
  const startAtLogin: boolean[] = [];
  const settings = createSettingsService({ store, state, notices: createNotices(state), setStartAtLogin: (on) => void startAtLogin.push(on) });
  return { store, state, settings, startAtLogin };
}

describe('settings', () => {
  it('start from the defaults when nothing is stored, without a notice', () => {
    const t = setup();
    expect(t.settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(t.state.get().notices).toEqual([]);
  });

  it('read what was stored', () => {
    const stored = { ...DEFAULT_SETTINGS, theme: 'dark' };
    expect(setup(stored).settings.get().theme).toBe('dark');
  });

  it('replace an invalid stored value by the defaults, with a notice', () => {
    const t = setup({ ...DEFAULT_SETTINGS, refresh: { shownSeconds: 1, hiddenSeconds: 'often' } });
    expect(t.settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(t.store.get(storeKeys.settings)).toEqual(DEFAULT_SETTINGS);
    expect(t.state.get().notices.map((n) => n.id)).toEqual([NOTICE_IDS.settingsReset]);
  });

  it('merge a patch, save it, publish it, and follow start-at-login only when it changes', () => {
    const t = setup();
    const changes: string[] = [];
    t.settings.onChange((next, previous) => changes.push(`${previous.theme}->${next.theme}`));
    t.settings.update({ theme: 'light', confirm: { stop: false } });
    expect(t.settings.get().confirm).toEqual({ stop: false, reboot: true });
    expect(t.store.get(storeKeys.settings)).toMatchObject({ theme: 'light', confirm: { stop: false, reboot: true } });
    expect(t.state.get().settings.theme).toBe('light');
    expect(t.startAtLogin).toEqual([]);
    t.settings.update({ startAtLogin: true });
    t.settings.update({ startAtLogin: true });
    t.settings.update({ startAtLogin: false });
    expect(t.startAtLogin).toEqual([true, false]);
    expect(changes[0]).toBe('system->light');
  });

  it('refuse an out-of-range value, naming the field, and change nothing', () => {
    const t = setup();
    expect(() => t.settings.update({ refresh: { shownSeconds: 5 } })).toThrow(expect.objectContaining({ kind: 'invalid_input', field: 'refresh.shownSeconds' }));
    expect(t.settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(t.store.get(storeKeys.settings)).toBeUndefined();
  });

  it('keep the old value when the login item cannot be changed', () => {
    const store = new MemoryStore();
    const state = createStateHolder(emptyState(DEFAULT_SETTINGS), createManualTimers(createManualClock()));
    const settings = createSettingsService({
      store,
      state,
      notices: createNotices(state),
      setStartAtLogin: () => {
        throw new Error('EACCES: /home/me/.config/autostart');
      },
    });
    expect(() => settings.update({ startAtLogin: true })).toThrow(expect.objectContaining({ kind: 'server' }));
    expect(settings.get().startAtLogin).toBe(false);
  });
});
