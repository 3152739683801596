// The alerts that fired, per profile, newest first, with the user's marks: a snooze silences one
// subject (a server's metric, a server, a domain, the token) until a time, "handled" settles one
// alert. A new alert about a subject settles the older ones about it, so the count of open
// alerts says how many things need attention, not how often they changed. Pure functions over
// a plain object the alert service keeps in the Store.
import * as v from 'valibot';
import { DOMAIN_FIELDS, USAGE_METRICS, alertSubjectKey, type Alert, type AlertView } from '@shared/alerts';
import { storeKeys, type Store } from '../store/store';
import { createSchemaReader } from './schema-reader';

export const ALERT_LIMIT = 200;

export interface FeedEntry {
  alert: Alert;
  handledAt: string | null;
}

export interface AlertFeed {
  entries: FeedEntry[];
  /** Subject key → ISO time the snooze ends. */
  snoozedUntil: Record<string, string>;
}

const common = { id: v.string(), at: v.string(), subject: v.string() };
const settled = v.picklist(['active', 'stopped', 'suspended']);
const fieldValue = v.union([v.array(v.string()), v.boolean(), v.picklist(['active', 'pending', 'expired', 'locked'])]);

const AlertSchema = v.variant('kind', [
  v.object({ ...common, kind: v.literal('usage'), serverId: v.number(), metric: v.picklist(USAGE_METRICS), value: v.number(), threshold: v.number(), samples: v.number() }),
  v.object({ ...common, kind: v.literal('server_state'), serverId: v.number(), from: settled, to: settled }),
  v.object({ ...common, kind: v.literal('domain_change'), domainId: v.number(), field: v.picklist(DOMAIN_FIELDS), from: fieldValue, to: fieldValue }),
  v.object({ ...common, kind: v.literal('token_expiry'), days: v.number(), expiresAt: v.string() }),
]) satisfies v.GenericSchema<unknown, Alert>;

const FeedSchema = v.object({
  entries: v.array(v.object({ alert: AlertSchema, handledAt: v.nullable(v.string()) })),
  snoozedUntil: v.record(v.string(), v.string()),
});

export function emptyFeed(): AlertFeed {
  return { entries: [], snoozedUntil: {} };
}

export type FeedLoader = (store: Store, profileId: string) => AlertFeed;

/** Loads a profile's feed; an unreadable one starts over empty: it is a history, the ledger keeps what must not repeat. */
export function createFeedLoader(): FeedLoader {
  const read = createSchemaReader(FeedSchema);
  return (store, profileId) => read(store.get<unknown>(storeKeys.alerts(profileId))) ?? emptyFeed();
}

export function saveFeed(store: Store, profileId: string, feed: AlertFeed): void {
  store.set(storeKeys.alerts(profileId), feed);
}

export function isSnoozed(feed: AlertFeed, subjectKey: string, now: Date): boolean {
  const until = feed.snoozedUntil[subjectKey];
  return until !== undefined && Date.parse(until) > now.getTime();
}

export function addAlerts(feed: AlertFeed, alerts: readonly Alert[]): AlertFeed {
  if (alerts.length === 0) return feed;
  const fresh = new Map(alerts.map((a) => [alertSubjectKey(a), a.at]));
  const older = feed.entries.map((entry) => {
    const supersededAt = fresh.get(alertSubjectKey(entry.alert));
    return entry.handledAt === null && supersededAt !== undefined ? { ...entry, handledAt: supersededAt } : entry;
  });
  const added = alerts.map((alert) => ({ alert, handledAt: null }));
  return { ...feed, entries: [...added, ...older].slice(0, ALERT_LIMIT) };
}

/** Snoozes the subject of that alert; false when there is no such alert. */
export function snoozeSubject(feed: AlertFeed, alertId: string, until: Date): AlertFeed | null {
  const entry = feed.entries.find((e) => e.alert.id === alertId);
  if (!entry) return null;
  return { ...feed, snoozedUntil: { ...feed.snoozedUntil, [alertSubjectKey(entry.alert)]: until.toISOString() } };
}

/** Marks one alert handled, or every open one when `alertId` is null; null when there is no such alert. */
export function markHandled(feed: AlertFeed, alertId: string | null, at: Date): AlertFeed | null {
  if (alertId !== null && !feed.entries.some((e) => e.alert.id === alertId)) return null;
  const entries = feed.entries.map((e) => (e.handledAt === null && (alertId === null || e.alert.id === alertId) ? { ...e, handledAt: at.toISOString() } : e));
  return { ...feed, entries };
}

/** Ended snoozes are dropped. */
export function pruneSnoozes(feed: AlertFeed, now: Date): AlertFeed {
  const snoozedUntil = Object.fromEntries(Object.entries(feed.snoozedUntil).filter(([, until]) => Date.parse(until) > now.getTime()));
  return { ...feed, snoozedUntil };
}

export function feedViews(feed: AlertFeed, now: Date): AlertView[] {
  return feed.entries.map(({ alert, handledAt }) => {
    const key = alertSubjectKey(alert);
    const snoozed = handledAt === null && isSnoozed(feed, key, now);
    return { ...alert, state: handledAt !== null ? 'handled' : snoozed ? 'snoozed' : 'open', snoozedUntil: snoozed ? (feed.snoozedUntil[key] ?? null) : null };
  });
}
