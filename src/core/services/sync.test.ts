import { describe, expect, it } from 'vitest';
import { VpsError, appError } from '@shared/errors';
import { DEFAULT_SETTINGS } from '@shared/settings';
import { createManualClock } from '../simulator/clock';
import { createStateHolder } from './state-holder';
import { emptyState } from '@shared/app-state';
import { createSyncScheduler } from './sync';
import { createManualTimers } from './testing/manual-timers';

// The scheduling logic on its own: `refresh` here is a counter that fails on demand. The real
// refresh against the simulator is covered by app.sync.test.ts.
function setup() {
  const clock = createManualClock(Date.UTC(2026, 0, 16, 12));
  const timers = createManualTimers(clock);
  const state = createStateHolder(emptyState(DEFAULT_SETTINGS), timers);
  const runs: { at: number; visible: boolean; scheduled: boolean }[] = [];
  const world = { visible: false, usable: true, failWith: null as VpsError | null };
  const sync = createSyncScheduler({
    view: { get: () => state.get().sync, set: (sync) => state.set({ sync }) },
    timers,
    intervalsMs: () => ({ shown: 60_000, hidden: 900_000 }),
    visible: () => world.visible,
    canSync: () => world.usable,
    refresh: async (visible, scheduled) => {
      runs.push({ at: clock.now(), visible, scheduled });
      if (world.failWith) throw world.failWith;
    },
    onSuccess: () => undefined,
  });
  const start = clock.now();
  const offsets = () => runs.map((r) => (r.at - start) / 1000);
  return { clock, timers, state, sync, runs, world, offsets };
}

describe('the sync scheduler', () => {
  it('refreshes on the hidden interval while hidden and on the shown one while shown', async () => {
    const t = setup();
    await t.sync.refreshNow();
    await t.timers.advance(1_800_000);
    expect(t.offsets()).toEqual([0, 900, 1800]);
    // The timer's refreshes are the regular cycle; the one asked for is not.
    expect(t.runs.map((r) => r.scheduled)).toEqual([false, true, true]);
    t.world.visible = true;
    await t.sync.refreshNow();
    await t.timers.advance(180_000);
    expect(t.offsets().slice(3)).toEqual([1800, 1860, 1920, 1980]);
    expect(t.runs.slice(3).every((r) => r.visible)).toBe(true);
  });

  it('backs off exponentially after failures, never slower than the hidden interval', async () => {
    const t = setup();
    t.world.visible = true;
    t.world.failWith = new VpsError(appError('network', 'Could not reach VPS.org.'));
    await t.sync.refreshNow();
    await t.timers.advance(4_000_000);
    const gaps = t.offsets().slice(1).map((at, i) => at - (t.offsets()[i] ?? 0));
    expect(gaps.slice(0, 6)).toEqual([120, 240, 480, 900, 900, 900]);
    expect(t.state.get().sync).toMatchObject({ state: 'offline', stale: true, lastError: { kind: 'network' } });

    t.world.failWith = null;
    await t.sync.refreshNow();
    const before = t.runs.length;
    await t.timers.advance(60_000);
    expect(t.runs.length).toBe(before + 1);
    expect(t.state.get().sync).toMatchObject({ state: 'idle', stale: false, lastError: null });
  });

  it('an error that is not the network shows as an error, a 401 as paused', async () => {
    const t = setup();
    t.world.failWith = new VpsError(appError('server', 'VPS.org had a problem.'));
    await t.sync.refreshNow();
    expect(t.state.get().sync.state).toBe('error');
    t.world.failWith = new VpsError(appError('unauthorized', 'Your API token is invalid.'));
    t.world.usable = false;
    await t.sync.refreshNow();
    expect(t.state.get().sync.state).toBe('paused');
  });

  it('makes no request and plans nothing while the session is unusable', async () => {
    const t = setup();
    t.world.usable = false;
    const failure = await t.sync.refreshNow();
    expect(failure?.kind).toBe('unauthorized');
    await t.timers.advance(86_400_000);
    expect(t.runs).toEqual([]);
    expect(t.timers.pending()).toBe(0);
    expect(t.state.get().sync).toMatchObject({ state: 'paused', nextAt: null });
  });

  it('a pause cancels the planned refresh; hiding moves it to the hidden interval', async () => {
    const t = setup();
    t.world.visible = true;
    await t.sync.refreshNow();
    expect(t.state.get().sync.nextAt).toBe('2026-01-16T12:01:00.000Z');
    t.world.visible = false;
    t.sync.reschedule();
    expect(t.state.get().sync.nextAt).toBe('2026-01-16T12:15:00.000Z');
    t.sync.pause();
    await t.timers.advance(3_600_000);
    expect(t.runs).toHaveLength(1);
  });

  it('joins a refresh already running and runs once more after it, not once per caller', async () => {
    const t = setup();
    const calls = [t.sync.refreshNow(), t.sync.refreshNow(), t.sync.refreshNow()];
    await Promise.all(calls);
    expect(t.runs).toHaveLength(2);
  });

  it('after stop nothing runs any more', async () => {
    const t = setup();
    await t.sync.refreshNow();
    t.sync.stop();
    expect(await t.sync.refreshNow()).toMatchObject({ kind: 'cancelled' });
    await t.timers.advance(86_400_000);
    expect(t.runs).toHaveLength(1);
  });
});
