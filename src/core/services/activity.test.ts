import { describe, expect, it } from 'vitest';
import { VpsError, appError } from '@shared/errors';
import { DEFAULT_SETTINGS } from '@shared/settings';
import { rememberToken } from '../api/redact';
import { createManualClock } from '../simulator/clock';
import { MemoryStore, storeKeys } from '../store/store';
import { ACTIVITY_LIMIT, createActivityLog } from './activity';
import { createStateHolder } from './state-holder';
import { emptyState } from '@shared/app-state';
import { createManualTimers } from './testing/manual-timers';

function setup() {
  const store = new MemoryStore();
  const timers = createManualTimers(createManualClock(Date.UTC(2026, 0, 16, 12)));
  const state = createStateHolder(emptyState(DEFAULT_SETTINGS), timers);
  return { store, state, log: createActivityLog({ store, state, timers }) };
}

describe('the activity log', () => {
  it('records writes, newest first, with their result and message, per profile', async () => {
    const t = setup();
    t.log.load('p1');
    await t.log.track('Reboot', 'web-01', async () => 'ok', () => 'Server is rebooting');
    await expect(
      t.log.track('Delete server', 'web-02', async () => {
        throw new VpsError(appError('forbidden', 'Your API token lacks the servers:delete permission.'));
      }, () => 'Deleted.'),
    ).rejects.toThrow('servers:delete');
    expect(t.state.get().activity.map(({ action, target, result, message, at }) => ({ action, target, result, message, at }))).toEqual([
      { action: 'Delete server', target: 'web-02', result: 'error', message: 'Your API token lacks the servers:delete permission.', at: '2026-01-16T12:00:00.000Z' },
      { action: 'Reboot', target: 'web-01', result: 'ok', message: 'Server is rebooting', at: '2026-01-16T12:00:00.000Z' },
    ]);
    expect(t.store.get(storeKeys.activity('p1'))).toEqual(t.state.get().activity);

    t.log.load('p2');
    expect(t.state.get().activity).toEqual([]);
    t.log.load('p1');
    expect(t.state.get().activity).toHaveLength(2);
  });

  it('settles a pending entry in place', () => {
    const t = setup();
    t.log.load('p1');
    const id = t.log.add({ action: 'Reboot', target: 'web-01', result: 'pending', message: 'Server is rebooting' });
    t.log.add({ action: 'Start', target: 'web-02', result: 'ok', message: 'Started' });
    t.log.settle(id, 'ok', 'web-01 is up again after 42 s');
    expect(t.state.get().activity.map((e) => [e.target, e.result, e.message])).toEqual([
      ['web-02', 'ok', 'Started'],
      ['web-01', 'ok', 'web-01 is up again after 42 s'],
    ]);
  });

  it('redacts the exact token in use, and anything token-shaped, from what it records', async () => {
    const t = setup();
    t.log.load('p1');
    // Sent once, as the request core does with every token it uses.
    const token = 'vps_abc.DEF+ghi/jkl=';
    rememberToken(token);
    await expect(
      t.log.track('Edit server', `web ${token}`, async () => {
        throw new VpsError(appError('validation', `Name may not contain ${token} or vps_other_1`));
      }, () => 'Saved.'),
    ).rejects.toThrow();
    const id = t.log.add({ action: 'Reboot', target: 'web-01', result: 'pending', message: 'Rebooting' });
    t.log.settle(id, 'error', `gone: ${token}`);
    const stored = JSON.stringify([t.state.get().activity, t.store.get(storeKeys.activity('p1'))]);
    expect(stored).not.toMatch(/DEF|ghi|jkl|vps_other/);
    expect(t.state.get().activity.map((e) => e.message)).toEqual(['gone: vps_…redacted', 'Name may not contain vps_…redacted or vps_…redacted']);
  });

  it('keeps only the last 200 entries, and ignores a damaged stored log', () => {
    const t = setup();
    t.store.set(storeKeys.activity('p1'), [{ nonsense: true }]);
    t.log.load('p1');
    expect(t.state.get().activity).toEqual([]);
    for (let i = 0; i < ACTIVITY_LIMIT + 25; i++) t.log.add({ action: 'Edit server', target: `s-${i}`, result: 'ok', message: 'Saved.' });
    const entries = t.state.get().activity;
    expect(entries).toHaveLength(ACTIVITY_LIMIT);
    expect(entries[0]?.target).toBe(`s-${ACTIVITY_LIMIT + 24}`);
    expect((t.store.get(storeKeys.activity('p1')) as unknown[]).length).toBe(ACTIVITY_LIMIT);
  });
});
