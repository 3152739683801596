// The settings of the alerts beyond expiry: which kinds are on, the usage thresholds (for all
// servers and per server), and the servers watched every refresh. Part of Settings
// (settings.ts); a settings file written before alerts existed gets these defaults.
import * as v from 'valibot';
import { m } from './i18n';

/** A threshold in percent of the plan; below 10 the 5-point hysteresis would never re-arm. */
const percent = v.pipe(v.number(), v.integer(), v.minValue(10), v.maxValue(100));
const serverName = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(253));
const rule = v.object({ enabled: v.boolean(), percent });

/** Watched servers are sampled every refresh, inside the budget of 10 detail requests. */
export const MAX_WATCHED_SERVERS = 10;

/** A server's own threshold for a metric; null turns that metric off for the server. */
const override = v.optional(v.nullable(percent));

export const AlertSettingsSchema = v.object({
  usage: v.object({
    disk: rule,
    bandwidth: rule,
    memory: rule,
    /** Fires when `samples` consecutive samples are at or over the threshold. */
    cpu: v.object({ enabled: v.boolean(), percent, samples: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)) }),
  }),
  /** Keyed by server name, like the reminders' perDomain. */
  perServer: v.record(serverName, v.object({ disk: override, bandwidth: override, memory: override, cpu: override })),
  watchedServers: v.pipe(
    v.array(serverName),
    v.maxLength(MAX_WATCHED_SERVERS, () => m.alert_watch_at_most({ max: MAX_WATCHED_SERVERS })),
    v.check((names) => new Set(names.map((n) => n.toLowerCase())).size === names.length, m.alert_watch_once),
  ),
  serverState: v.boolean(),
  domainChanges: v.boolean(),
  tokenExpiry: v.boolean(),
});

export type AlertSettings = v.InferOutput<typeof AlertSettingsSchema>;

/** A fresh copy each time: settings objects are handed around and must not share parts. */
export function defaultAlertSettings(): AlertSettings {
  return {
    usage: {
      disk: { enabled: true, percent: 90 },
      bandwidth: { enabled: true, percent: 80 },
      memory: { enabled: false, percent: 90 },
      cpu: { enabled: false, percent: 90, samples: 3 },
    },
    perServer: {},
    watchedServers: [],
    serverState: true,
    domainChanges: true,
    tokenExpiry: true,
  };
}
