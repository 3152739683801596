import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@shared/settings';
import type { AppState } from '@shared/app-state';
import { createManualClock } from '../simulator/clock';
import { EMIT_COALESCE_MS, createStateHolder } from './state-holder';
import { emptyState } from '@shared/app-state';
import { createManualTimers } from './testing/manual-timers';

describe('the state holder', () => {
  it('replaces slices at once and tells listeners once per burst', async () => {
    const timers = createManualTimers(createManualClock());
    const holder = createStateHolder(emptyState(DEFAULT_SETTINGS), timers);
    const seen: AppState[] = [];
    holder.onChange((s) => seen.push(s));
    holder.set({ windowVisible: true });
    holder.set({ zones: [{ uuid: 'z', domain: 'example.com', created_at: '2026-01-01T00:00:00Z', record_count: 1 }] });
    expect(holder.get().windowVisible).toBe(true);
    expect(seen).toHaveLength(0);
    await timers.advance(EMIT_COALESCE_MS);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.windowVisible).toBe(true);
    expect(seen[0]?.zones).toHaveLength(1);
    holder.set({ windowVisible: false });
    await timers.advance(EMIT_COALESCE_MS);
    expect(seen.map((s) => s.windowVisible)).toEqual([true, false]);
  });

  it('an unsubscribed listener and a disposed holder hear nothing', async () => {
    const timers = createManualTimers(createManualClock());
    const holder = createStateHolder(emptyState(DEFAULT_SETTINGS), timers);
    const seen: AppState[] = [];
    const off = holder.onChange((s) => seen.push(s));
    off();
    holder.set({ windowVisible: true });
    const other: AppState[] = [];
    holder.onChange((s) => other.push(s));
    holder.set({ windowVisible: false });
    holder.dispose();
    await timers.advance(1000);
    expect(seen).toEqual([]);
    expect(other).toEqual([]);
  });
});
