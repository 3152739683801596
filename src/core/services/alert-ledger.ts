// The alert ledger of one profile: what the alerts last saw of the account (the baseline a change
// is measured against), which usage crossings have fired, which token-expiry steps have fired,
// and the changes this app itself is making. Kept in the Store, so the app and `vps watch`
// share it and nothing fires twice across restarts.
//
// A part that is null has never been seen: its first sight is recorded without an alert. The
// ledger belongs to one API address; under another (a demo simulator on a new port, another
// VPS_API_URL) it starts over, since its baseline describes a different account.
import * as v from 'valibot';
import { DOMAIN_FIELDS, USAGE_METRICS, type DomainField, type DomainFieldValue, type SettledStatus, type UsageMetric } from '@shared/alerts';
import { storeKeys, type Store } from '../store/store';
import { createSchemaReader } from './schema-reader';

export interface UsageTrack {
  /** ISO time of the last sample. */
  sampledAt: string;
  /** Metrics that stand at or over their threshold and have fired (or stood there at first sight). */
  above: UsageMetric[];
  /** Consecutive samples with the CPU at or over its threshold. */
  cpuStreak: number;
}

export type DomainSnapshot = Partial<Record<DomainField, DomainFieldValue>>;

/** A change this app asked for: seen before `until`, it is not news. */
export interface Expectation {
  value: DomainFieldValue | SettledStatus;
  until: string;
}

export interface TokenTrack {
  expiresAt: string | null;
  /** The steps (14, 3, 1, 0 = expired) that fired for this expiry. */
  fired: number[];
}

export interface AlertLedger {
  origin: string;
  /** Server id → its last settled status. */
  servers: Record<string, SettledStatus> | null;
  /** Domain id → the settings last seen. */
  domains: Record<string, DomainSnapshot> | null;
  /** Server id → its usage track; a server without one has not been sampled yet. */
  usage: Record<string, UsageTrack>;
  token: TokenTrack | null;
  /** `server:<id>:status` or `domain:<id>:<field>` → what this app's own write will make it. */
  expected: Record<string, Expectation>;
}

const settled = v.picklist(['active', 'stopped', 'suspended']);
const fieldValue = v.union([v.array(v.string()), v.boolean(), v.string()]);

const LedgerSchema = v.object({
  origin: v.string(),
  servers: v.nullable(v.record(v.string(), settled)),
  domains: v.nullable(v.record(v.string(), v.partial(v.object(Object.fromEntries(DOMAIN_FIELDS.map((f) => [f, fieldValue])) as Record<DomainField, typeof fieldValue>)))),
  usage: v.record(
    v.string(),
    v.object({ sampledAt: v.string(), above: v.array(v.picklist(USAGE_METRICS)), cpuStreak: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  ),
  token: v.nullable(v.object({ expiresAt: v.nullable(v.string()), fired: v.array(v.number()) })),
  expected: v.record(v.string(), v.object({ value: fieldValue, until: v.string() })),
});

export function emptyAlertLedger(origin: string): AlertLedger {
  return { origin, servers: null, domains: null, usage: {}, token: null, expected: {} };
}

export type LedgerLoader = (store: Store, profileId: string, origin: string) => AlertLedger;

/** Loads a profile's ledger for this API address; anything unreadable or for another address starts over. */
export function createLedgerLoader(): LedgerLoader {
  const read = createSchemaReader(LedgerSchema);
  return (store, profileId, origin) => {
    const ledger = read(store.get<unknown>(storeKeys.alertLedger(profileId)));
    return ledger !== null && ledger.origin === origin ? (ledger as AlertLedger) : emptyAlertLedger(origin);
  };
}

export function saveAlertLedger(store: Store, profileId: string, ledger: AlertLedger): void {
  store.set(storeKeys.alertLedger(profileId), ledger);
}
