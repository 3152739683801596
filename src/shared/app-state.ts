// The one app state the main process owns. The tray menu and the window both render it; the
// renderer receives it whole through the `state` event and never computes what main knows.
// Nothing secret is ever in it: the token stays in main (see SessionView).
import type { AccountColour } from './account-colours';
import type { AccountMe, DnsZone, Domain, PowerAction, Server, ServerDetail, ServerStatus } from './api-types';
import type { AlertView } from './alerts';
import type { Detail } from './details';
import type { AppError } from './errors';
import type { Locale } from './i18n/locales';
import type { Settings } from './settings';

export type View = 'servers' | 'domains' | 'dns' | 'activity' | 'settings';

export interface ProfileView {
  id: string;
  name: string;
  apiUrl: string;
  createdAt: string;
  /** Runs against the embedded simulator. */
  demo: boolean;
  /** Chosen in Settings → Profiles; marks the account's items in the tray and the window's lists. */
  colour?: AccountColour;
}

/** What the renderer may know of a session. Never the token. */
export interface SessionView {
  profileId: string | null;
  hasToken: boolean;
  /** false when the OS keychain was unavailable and the token lives in memory for this run. */
  persisted: boolean;
  tokenName: string | null;
  permissions: string[];
  expiresAt: string | null;
  account: AccountMe['account'] | null;
  /** 'invalid' after a 401 mid-session: background work is paused until a new token is saved. */
  status: 'none' | 'checking' | 'valid' | 'invalid' | 'expired';
}

export interface SyncView {
  state: 'idle' | 'syncing' | 'offline' | 'error' | 'paused';
  /** ISO time of the last successful refresh. */
  lastSuccessAt: string | null;
  /** The data shown came from the cache or a refresh that since failed. */
  stale: boolean;
  lastError: AppError | null;
  nextAt: string | null;
}

/** A power action being followed until the server settles. */
export interface PendingAction {
  serverId: number;
  serverName: string;
  action: PowerAction | 'create';
  startedAt: string;
  /** The status last seen while following. */
  status: ServerStatus;
  target: ServerStatus;
}

export interface UsageSample {
  at: string;
  cpuPercent: number;
  memoryUsed: number;
  diskUsed: number;
  bandwidthUsed: number;
}

/** Details and usage exist only for the servers the window is looking at. */
export interface WatchedServer {
  detail: ServerDetail;
  samples: UsageSample[];
}

export type ReminderState = 'ok' | 'due' | 'snoozed' | 'handled' | 'expired';

interface ReminderBase {
  domainId: number;
  domainName: string;
  /** The first (widest) threshold of this domain: inside it, the domain needs attention. */
  firstThreshold: number;
  autoRenew: boolean;
  snoozedUntil: string | null;
}

/** A domain whose expiration_date is a date. */
export interface DatedReminderView extends ReminderBase {
  /** Local calendar date of expiry, YYYY-MM-DD. */
  expiresOn: string;
  /** Whole local days from today to expiry; negative once expired. */
  daysLeft: number;
  /** The tightest threshold crossed, if any. */
  threshold: number | null;
  state: ReminderState;
}

/** A domain whose expiration_date VPS.org did not send as a date: shown as "expiry unknown", never notified. */
export interface UndatedReminderView extends ReminderBase {
  expiresOn: null;
  daysLeft: null;
  threshold: null;
  state: 'unknown';
}

export type ReminderView = DatedReminderView | UndatedReminderView;

export const isDated = (reminder: ReminderView): reminder is DatedReminderView => reminder.state !== 'unknown';

export interface ActivityEntry {
  id: string;
  at: string;
  /** e.g. "Reboot", "Delete record" */
  action: string;
  /** e.g. "web-01", "www A example.com" */
  target: string;
  result: 'ok' | 'error' | 'pending';
  message: string;
}

export interface Notice {
  id: string;
  level: 'info' | 'warning' | 'error';
  message: string;
}

export interface RenewalCost {
  days: number;
  /** USD total for the domains with a known TLD price. */
  total: number;
  count: number;
  /** Domains in the window whose TLD has no known price (shown as unknown, not zero). */
  unknown: string[];
}

/**
 * A connected account beside the active one: its own session, its own refresh (with its stale
 * marker and error) and its own lists. The active account's are the top-level fields.
 */
export interface AccountView {
  profileId: string;
  session: SessionView;
  sync: SyncView;
  servers: Server[];
  domains: Domain[];
  /** What renewing its domains costs in the next 30, 90 and 365 days. */
  renewalCosts: RenewalCost[];
  /** The account's domain-expiry reminders, from its own ledger. */
  reminders: ReminderView[];
  /** Listed while the window is shown (as for the active account); the cached ones otherwise. */
  zones: DnsZone[];
  /** Its power actions being followed until the server settles. */
  pending: PendingAction[];
  /** Its alerts beyond expiry, from its own ledger, newest first. */
  alerts: AlertView[];
  /** Details and usage of its servers the window is looking at (none unless one of its servers is open). */
  watched: Record<number, WatchedServer>;
}

export interface AppState {
  profiles: ProfileView[];
  /** Every other connected profile, live at once (src/shared/accounts.ts joins them with the active one). */
  otherAccounts: AccountView[];
  session: SessionView;
  keychainAvailable: boolean;
  servers: Server[];
  domains: Domain[];
  zones: DnsZone[];
  pending: PendingAction[];
  watched: Record<number, WatchedServer>;
  /** The zone, domain, record and account details the window is looking at, by detailKey (src/shared/details.ts). */
  details: Record<string, Detail>;
  reminders: ReminderView[];
  /** The alerts beyond expiry, newest first (the Activity view); open ones need attention. */
  alerts: AlertView[];
  renewalCosts: RenewalCost[];
  activity: ActivityEntry[];
  sync: SyncView;
  notices: Notice[];
  settings: Settings;
  /** Is the window on screen (the sync interval depends on it). */
  windowVisible: boolean;
  /** The language the window, the tray and the notifications speak (Settings, else the OS's). */
  locale: Locale;
}

/** The state before anything is loaded: no profile, no data, nothing synced. */
export function emptyState(settings: Settings, locale: Locale = 'en'): AppState {
  return {
    profiles: [],
    otherAccounts: [],
    session: {
      profileId: null,
      hasToken: false,
      persisted: false,
      tokenName: null,
      permissions: [],
      expiresAt: null,
      account: null,
      status: 'none',
    },
    keychainAvailable: true,
    servers: [],
    domains: [],
    zones: [],
    pending: [],
    watched: {},
    details: {},
    reminders: [],
    alerts: [],
    renewalCosts: [],
    activity: [],
    sync: { state: 'idle', lastSuccessAt: null, stale: false, lastError: null, nextAt: null },
    notices: [],
    settings,
    windowVisible: false,
    locale,
  };
}
