// The one table of IPC channels between the main process and the window. Each command has an
// input schema (main validates every input against it) and an output type; each event has a
// payload type. The preload builds `window.vps` from these names, the main process registers
// one handler per command (src/main/ipc/command-handlers.ts must satisfy `CommandHandlers`, so a
// command without a handler does not compile), and the renderer's client is typed from it.
import * as v from 'valibot';
import { ACCOUNT_COLOURS } from './account-colours';
import { ProfileIdSchema } from './profile-id';
import type {
  DnsRecord,
  DnsZone,
  DnsZoneDetail,
  DomainRegistered,
  DomainTransferStarted,
  DomainUpdated,
  PowerResult,
  ServerCreated,
  ServerDetail,
} from './api-types';
import {
  DnsRecordPatchSchema,
  DnsRecordSchema,
  DomainIdSchema,
  DomainNameSchema,
  DomainRegisterSchema,
  DomainTransferSchema,
  DomainUpdateSchema,
  PowerActionSchema,
  ServerCreateSchema,
  ServerIdSchema,
  ServerPatchSchema,
  ServerReplaceSchema,
  UuidSchema,
} from './api-inputs';
import { AlertSettingsSchema } from './alert-settings';
import { DetailTargetSchema } from './details';
import type { AppState, SessionView, View } from './app-state';
import type { AppError } from './errors';
import type { Settings } from './settings';
import { LANGUAGE_CHOICES } from './i18n/locales';

/** Every channel name starts with this; main refuses anything else. */
export const CHANNEL_PREFIX = 'vps:';

const none = v.optional(v.undefined());
const profileId = ProfileIdSchema;
const views = v.picklist(['servers', 'domains', 'dns', 'activity', 'settings']);
const apiUrl = v.pipe(v.string(), v.url('Enter a URL like https://admin.vps.org.'));
const thresholds = v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365)));
const alertId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const alertSettings = AlertSettingsSchema.entries;

/** Marks an output type in the table; it exists only at compile time. */
function returns<T>(): T {
  return undefined as T;
}

export const COMMANDS = {
  // The whole state, once at start; afterwards the `state` event keeps the window current.
  getState: { input: none, output: returns<AppState>() },

  // Tokens and profiles
  addToken: {
    input: v.strictObject({
      token: v.pipe(v.string(), v.maxLength(512)),
      profileId: v.optional(profileId),
      profileName: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80))),
      apiUrl: v.optional(apiUrl),
    }),
    output: returns<SessionView>(),
  },
  removeToken: { input: v.strictObject({ profileId }), output: returns<SessionView>() },
  startDemo: { input: none, output: returns<SessionView>() },
  switchProfile: { input: v.strictObject({ profileId }), output: returns<SessionView>() },
  renameProfile: { input: v.strictObject({ profileId, name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)) }), output: returns<void>() },
  /** `colour: null` takes the account's colour away. */
  colourProfile: { input: v.strictObject({ profileId, colour: v.nullable(v.picklist(ACCOUNT_COLOURS)) }), output: returns<void>() },
  removeProfile: { input: v.strictObject({ profileId }), output: returns<void>() },
  moveProfile: { input: v.strictObject({ profileId, offset: v.picklist([-1, 1]) }), output: returns<void>() },

  // App
  updateSettings: {
    input: v.strictObject({
      refresh: v.optional(v.strictObject({ shownSeconds: v.optional(v.number()), hiddenSeconds: v.optional(v.number()) })),
      reminders: v.optional(
        v.strictObject({
          enabled: v.optional(v.boolean()),
          thresholds: v.optional(thresholds),
          perDomain: v.optional(v.record(v.string(), thresholds)),
          autoRenewAsOthers: v.optional(v.boolean()),
        }),
      ),
      confirm: v.optional(v.strictObject({ stop: v.optional(v.boolean()), reboot: v.optional(v.boolean()) })),
      startAtLogin: v.optional(v.boolean()),
      theme: v.optional(v.picklist(['system', 'light', 'dark'])),
      language: v.optional(v.picklist(LANGUAGE_CHOICES)),
      notifications: v.optional(v.boolean()),
      alerts: v.optional(
        v.strictObject({
          usage: v.optional(alertSettings.usage),
          perServer: v.optional(alertSettings.perServer),
          watchedServers: v.optional(alertSettings.watchedServers),
          serverState: v.optional(v.boolean()),
          domainChanges: v.optional(v.boolean()),
          tokenExpiry: v.optional(v.boolean()),
        }),
      ),
    }),
    output: returns<Settings>(),
  },
  refresh: { input: none, output: returns<void>() },
  dismissNotice: { input: v.strictObject({ id: v.string() }), output: returns<void>() },
  /** `profileId`: the account the server belongs to, when it is not the active one. */
  copyIp: { input: v.strictObject({ serverId: ServerIdSchema, profileId: v.optional(profileId) }), output: returns<string>() },
  /** `profileId`: the account the item belongs to, when it is not the active one; its details open in place. */
  openView: { input: v.strictObject({ view: views, id: v.optional(v.union([v.number(), v.string()])), profileId: v.optional(profileId) }), output: returns<void>() },
  quit: { input: none, output: returns<void>() },
  /** Every zone, domain, record and account detail the window looks at now; main publishes them in AppState.details. */
  watchDetails: { input: v.strictObject({ targets: v.pipe(v.array(DetailTargetSchema), v.maxLength(10)) }), output: returns<void>() },

  // Servers. `profileId`: the account the servers belong to, when it is not the active one.
  watchServers: { input: v.strictObject({ serverIds: v.pipe(v.array(ServerIdSchema), v.maxLength(20)), profileId: v.optional(profileId) }), output: returns<void>() },
  getServer: { input: v.strictObject({ serverId: ServerIdSchema }), output: returns<ServerDetail>() },
  createServer: { input: ServerCreateSchema, output: returns<ServerCreated>() },
  replaceServer: { input: v.strictObject({ serverId: ServerIdSchema, server: ServerReplaceSchema, profileId: v.optional(profileId) }), output: returns<ServerDetail>() },
  updateServer: { input: v.strictObject({ serverId: ServerIdSchema, patch: ServerPatchSchema, profileId: v.optional(profileId) }), output: returns<ServerDetail>() },
  deleteServer: { input: v.strictObject({ serverId: ServerIdSchema, profileId: v.optional(profileId) }), output: returns<void>() },
  powerServer: { input: v.strictObject({ serverId: ServerIdSchema, action: PowerActionSchema, profileId: v.optional(profileId) }), output: returns<PowerResult>() },

  // Domains. `profileId` on a write: the account the domain belongs to, when it is not the active one.
  registerDomain: { input: DomainRegisterSchema, output: returns<DomainRegistered>() },
  updateDomain: { input: v.strictObject({ domainId: DomainIdSchema, settings: DomainUpdateSchema, profileId: v.optional(profileId) }), output: returns<DomainUpdated>() },
  removeDomain: { input: v.strictObject({ domainId: DomainIdSchema, profileId: v.optional(profileId) }), output: returns<void>() },
  transferDomain: { input: v.strictObject({ domainId: DomainIdSchema, transfer: DomainTransferSchema, profileId: v.optional(profileId) }), output: returns<DomainTransferStarted>() },
  snoozeReminder: { input: v.strictObject({ domainId: DomainIdSchema, days: v.picklist([1, 7]), profileId: v.optional(profileId) }), output: returns<void>() },
  markReminderHandled: { input: v.strictObject({ domainId: DomainIdSchema, profileId: v.optional(profileId) }), output: returns<void>() },
  exportCalendar: { input: none, output: returns<{ saved: boolean; path?: string }>() },

  // Alerts beyond expiry: a snooze silences the alert's subject; without an id, every open alert
  // (of the account) is handled. `profileId`: the account the alert belongs to, when it is not the active one.
  snoozeAlert: { input: v.strictObject({ alertId, days: v.picklist([1, 7]), profileId: v.optional(profileId) }), output: returns<void>() },
  markAlertHandled: { input: v.strictObject({ alertId: v.optional(alertId), profileId: v.optional(profileId) }), output: returns<void>() },
  openTokenPage: { input: none, output: returns<void>() },
  openLogFolder: { input: none, output: returns<void>() },

  // DNS. `profileId` on a write: the account the zone or record belongs to, when it is not the active one.
  listZones: { input: v.optional(v.strictObject({ domain: v.optional(DomainNameSchema) })), output: returns<DnsZone[]>() },
  createZone: { input: v.strictObject({ domain: DomainNameSchema }), output: returns<DnsZoneDetail>() },
  deleteZone: { input: v.strictObject({ zoneId: UuidSchema, profileId: v.optional(profileId) }), output: returns<void>() },
  createZoneRecord: { input: v.strictObject({ zoneId: UuidSchema, record: DnsRecordSchema, profileId: v.optional(profileId) }), output: returns<DnsRecord>() },
  replaceRecord: { input: v.strictObject({ recordId: UuidSchema, record: DnsRecordSchema, profileId: v.optional(profileId) }), output: returns<DnsRecord>() },
  updateRecord: { input: v.strictObject({ recordId: UuidSchema, patch: DnsRecordPatchSchema, profileId: v.optional(profileId) }), output: returns<DnsRecord>() },
  deleteRecord: { input: v.strictObject({ recordId: UuidSchema, profileId: v.optional(profileId) }), output: returns<void>() },
} as const satisfies Record<string, CommandContract>;

/**
 * Where the window opens: a view, and optionally one item in it; `profileId` names the item's
 * account when it is not the active one, so its details open in place.
 */
export interface WindowTarget {
  view: View;
  id?: number | string;
  profileId?: string;
}

/** Events from main to the window. */
export const EVENTS = {
  state: returns<AppState>(),
  navigate: returns<WindowTarget>(),
} as const;

export interface CommandContract {
  input: v.GenericSchema;
  output: unknown;
}

export type CommandName = keyof typeof COMMANDS;
export type EventName = keyof typeof EVENTS;
export type CommandInput<K extends CommandName> = v.InferInput<(typeof COMMANDS)[K]['input']>;
export type CommandParsedInput<K extends CommandName> = v.InferOutput<(typeof COMMANDS)[K]['input']>;
export type CommandOutput<K extends CommandName> = (typeof COMMANDS)[K]['output'];
export type EventPayload<K extends EventName> = (typeof EVENTS)[K];

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];
export const EVENT_NAMES = Object.keys(EVENTS) as EventName[];

export const commandChannel = (name: CommandName): string => `${CHANNEL_PREFIX}${name}`;
export const eventChannel = (name: EventName): string => `${CHANNEL_PREFIX}event:${name}`;

type Capitalize1<S extends string> = S extends `${infer H}${infer T}` ? `${Uppercase<H>}${T}` : S;
export const subscribeName = <K extends EventName>(name: K): `on${Capitalize1<K>}` =>
  `on${name.charAt(0).toUpperCase()}${name.slice(1)}` as `on${Capitalize1<K>}`;

/** `window.vps`: one method per command, one subscribe function per event. */
export type VpsApi = {
  [K in CommandName]: undefined extends CommandInput<K>
    ? (input?: CommandInput<K>) => Promise<Result<CommandOutput<K>>>
    : (input: CommandInput<K>) => Promise<Result<CommandOutput<K>>>;
} & {
  [K in EventName as `on${Capitalize1<K>}`]: (listener: (payload: EventPayload<K>) => void) => () => void;
};

/** What main must provide: one handler per command, given validated input. */
export type CommandHandlers = {
  [K in CommandName]: (input: CommandParsedInput<K>) => Promise<CommandOutput<K>>;
};
