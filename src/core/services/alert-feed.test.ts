import { describe, expect, it } from 'vitest';
import type { Alert } from '@shared/alerts';
import { MemoryStore, storeKeys } from '../store/store';
import { ALERT_LIMIT, addAlerts, createFeedLoader, emptyFeed, feedViews, markHandled, pruneSnoozes, saveFeed, snoozeSubject } from './alert-feed';

const NOW = new Date('2026-01-16T12:00:00Z');
const HOUR = 3_600_000;
const stopped = (id: string, serverId = 1): Alert => ({
  id,
  kind: 'server_state',
  at: NOW.toISOString(),
  subject: `srv-${serverId}`,
  serverId,
  from: 'active',
  to: 'stopped',
});

describe('the alert feed', () => {
  it('lists alerts newest first; a new alert about a subject settles the older open ones', () => {
    let feed = addAlerts(emptyFeed(), [stopped('a', 1), stopped('b', 2)]);
    feed = addAlerts(feed, [stopped('c', 1)]);
    expect(feedViews(feed, NOW).map((v) => [v.id, v.state])).toEqual([
      ['c', 'open'],
      ['a', 'handled'],
      ['b', 'open'],
    ]);
    const many = addAlerts(emptyFeed(), Array.from({ length: ALERT_LIMIT + 5 }, (_, i) => stopped(String(i), i)));
    expect(many.entries).toHaveLength(ALERT_LIMIT);
  });

  it('snoozes a subject until a time, and marks one alert or all of them handled', () => {
    const feed = addAlerts(emptyFeed(), [stopped('a', 1), stopped('b', 2)]);
    const snoozed = snoozeSubject(feed, 'a', new Date(NOW.getTime() + HOUR));
    expect(snoozed && feedViews(snoozed, NOW).map((v) => v.state)).toEqual(['snoozed', 'open']);
    expect(snoozed && feedViews(snoozed, new Date(NOW.getTime() + 2 * HOUR)).map((v) => v.state)).toEqual(['open', 'open']);
    expect(snoozed && pruneSnoozes(snoozed, new Date(NOW.getTime() + 2 * HOUR)).snoozedUntil).toEqual({});
    expect(snoozeSubject(feed, 'nope', NOW)).toBeNull();

    const one = markHandled(feed, 'b', NOW);
    expect(one && feedViews(one, NOW).map((v) => v.state)).toEqual(['open', 'handled']);
    const all = markHandled(feed, null, NOW);
    expect(all && feedViews(all, NOW).map((v) => v.state)).toEqual(['handled', 'handled']);
    expect(markHandled(feed, 'nope', NOW)).toBeNull();
  });

  it('survives the Store, and starts over from anything it cannot read', () => {
    const store = new MemoryStore();
    const loadFeed = createFeedLoader();
    const feed = addAlerts(emptyFeed(), [stopped('a')]);
    saveFeed(store, 'p1', feed);
    expect(loadFeed(store, 'p1')).toEqual(feed);
    store.set(storeKeys.alerts('p1'), { entries: [{ alert: { id: 'x', kind: 'usage' }, handledAt: null }], snoozedUntil: {} });
    expect(loadFeed(store, 'p1')).toEqual(emptyFeed());
  });
});
