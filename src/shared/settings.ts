// User settings: one schema with defaults. Stored per profile-independent app store; a file
// that fails the schema is replaced by these defaults (with a notice), never a crash.
import * as v from 'valibot';
import { AlertSettingsSchema, defaultAlertSettings } from './alert-settings';
import { LANGUAGE_CHOICES } from './i18n/locales';

export const DEFAULT_THRESHOLDS = [30, 14, 7, 1, 0] as const;

const thresholds = v.pipe(
  v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365))),
  v.maxLength(10),
);

export const SettingsSchema = v.object({
  refresh: v.object({
    /** Seconds between refreshes while the window is shown. */
    shownSeconds: v.pipe(v.number(), v.integer(), v.minValue(15), v.maxValue(3600)),
    /** Seconds between refreshes while only the tray is there. */
    hiddenSeconds: v.pipe(v.number(), v.integer(), v.minValue(60), v.maxValue(86_400)),
  }),
  reminders: v.object({
    enabled: v.boolean(),
    /** Days before expiry; 0 = on the day. */
    thresholds,
    /** Per-domain thresholds, keyed by domain name. */
    perDomain: v.record(v.string(), thresholds),
    /** Treat auto-renew domains like the others instead of one "will renew" notice. */
    autoRenewAsOthers: v.boolean(),
  }),
  confirm: v.object({ stop: v.boolean(), reboot: v.boolean() }),
  startAtLogin: v.boolean(),
  theme: v.picklist(['system', 'light', 'dark']),
  /** 'system' follows the OS's preferred languages; absent in settings saved before it existed. */
  language: v.optional(v.picklist(LANGUAGE_CHOICES), 'system'),
  notifications: v.boolean(),
  /** Missing from files written before alerts existed: those keep their settings and get the defaults. */
  alerts: v.optional(AlertSettingsSchema, defaultAlertSettings),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  refresh: { shownSeconds: 60, hiddenSeconds: 900 },
  reminders: { enabled: true, thresholds: [...DEFAULT_THRESHOLDS], perDomain: {}, autoRenewAsOthers: false },
  confirm: { stop: true, reboot: true },
  startAtLogin: false,
  theme: 'system',
  language: 'system',
  notifications: true,
  alerts: defaultAlertSettings(),
};

export type SettingsPatch = {
  [K in keyof Settings]?: Settings[K] extends object ? Partial<Settings[K]> : Settings[K];
};

export function mergeSettings(base: Settings, patch: SettingsPatch): Settings {
  const next = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    const current = (base as Record<string, unknown>)[key];
    next[key] =
      value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object'
        ? { ...current, ...value }
        : value;
  }
  return v.parse(SettingsSchema, next);
}
