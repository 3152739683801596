// The app core: every service composed, with no Electron in sight. The shell (src/main/shell)
// gives it a Store and a Desktop and connects its handlers, state and tray commands to the
// window and the tray; tests give it a temp-dir store, a recording Desktop and their own clock.
import type { AppState } from '@shared/app-state';
import type { CommandHandlers } from '@shared/ipc-contract';
import { m } from '@shared/i18n';
import { DEFAULT_SETTINGS } from '@shared/settings';
import { createClient } from '../core/api/client';
import type { Desktop } from './desktop';
import { createCommandHandlers } from './ipc/command-handlers';
import { createLocaleFollower } from './locale';
import { createAccountFleet } from '../core/services/accounts';
import { createActivityLog } from '../core/services/activity';
import { createAlertMonitor } from '../core/services/alert-monitor';
import { createAlertService } from '../core/services/alerts';
import { createApiGate } from '../core/services/api-gate';
import { createCache } from '../core/services/cache';
import { createDemoRunner, type DemoRunner } from '../core/services/demo-runner';
import { createDetailsService } from '../core/services/details';
import { createDnsService } from '../core/services/dns';
import { createDomainsService } from '../core/services/domains';
import { NOTICE_IDS, createNotices } from '../core/services/notices';
import { plainNotification, type AppNotification } from '../core/services/app-notification';
import { createPowerService } from '../core/services/power';
import { createReminderService } from '../core/services/reminders';
import { createServersService } from '../core/services/servers';
import { createSessionManager } from '../core/services/session';
import { createSessionFlow } from '../core/services/session-flow';
import { createSessionMirror } from '../core/services/session-mirror';
import { createSettingsService } from '../core/services/settings';
import { createStateHolder } from '../core/services/state-holder';
import { emptyState } from '@shared/app-state';
import { toAppError } from '@shared/errors';
import { createSyncScheduler } from '../core/services/sync';
import { systemTimers, type Timers } from '../core/services/timers';
import type { Store } from '../core/store/store';
import { silentLogger, type Logger } from '../core/log/logger';
import { createTrayRunner } from './tray/run-command';
import type { TrayCommand } from './tray/menu-model';
import type { Vault } from '../core/vault/vault';

export type { Timers } from '../core/services/timers';

export interface App {
  handlers: CommandHandlers;
  state(): AppState;
  /** Coalesced: at most one emit per 16 ms burst of changes. */
  onState(listener: (state: AppState) => void): () => void;
  /** Shown: refresh now, then the shorter interval. Hidden: the longer one. */
  setWindowVisible(visible: boolean): Promise<void>;
  /** After sleep: the reminder check and a refresh. */
  resume(): Promise<void>;
  /** Stop and reboot ask first when the settings say so; failures become notifications. */
  runTrayCommand(command: TrayCommand): Promise<void>;
  /** The session (its token from the keychain), the first refresh, the timers. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface AppDeps {
  store: Store;
  vault: Vault;
  desktop: Desktop;
  timers?: Timers;
  createClient?: typeof createClient;
  /** Where a corrupt store was moved aside: the app shows a notice. */
  storeRecovered?: string | null;
  /** The demo's simulator (default: the embedded one in this process); tests give one on their own clock. */
  demo?: DemoRunner;
  /** The log for bug reports (src/core/log); tests leave it out. */
  log?: Logger;
  /** The OS's preferred languages, most preferred first (Electron's app.getPreferredSystemLanguages()). */
  systemLanguages?: readonly string[];
}

/** A demo profile's simulator runs in this process, so refreshing often costs nothing, and its story shows within a minute. */
const DEMO_REFRESH_MS = 15_000;

export function createApp(deps: AppDeps): App {
  const { store } = deps;
  const log = deps.log ?? silentLogger;
  // Every notification, from any part of the app, is plain text by the time the desktop shows it.
  const desktop: Desktop = { ...deps.desktop, notify: (notification) => deps.desktop.notify(plainNotification(notification)) };
  const timers = deps.timers ?? systemTimers;
  const state = createStateHolder(emptyState(DEFAULT_SETTINGS), timers);
  const notices = createNotices(state);
  if (deps.storeRecovered) {
    notices.add({
      id: NOTICE_IDS.storeRecovered,
      level: 'warning',
      message: m.notice_store_recovered({ path: deps.storeRecovered }),
    });
  }
  const settings = createSettingsService({ store, state, notices, setStartAtLogin: (enabled) => desktop.setStartAtLogin(enabled) });
  const notify = (notification: AppNotification): void => {
    const shown = settings.get().notifications;
    log.info('notification', { title: notification.title, shown });
    if (shown) desktop.notify(notification);
  };

  function withAccountName(title: string): string {
    const { otherAccounts, profiles, session: active } = state.get();
    const name = profiles.find((p) => p.id === active.profileId)?.name;
    return otherAccounts.length === 0 || name === undefined ? title : m.with_account({ account: name, text: title });
  }

  const session = createSessionManager({
    store,
    vault: deps.vault,
    createClient: deps.createClient ?? createClient,
    now: () => timers.now().getTime(),
  });
  const gate = createApiGate(session);
  const activity = createActivityLog({ store, state, timers });
  const alertService = createAlertService({
    store,
    account: () => {
      const profile = session.profiles().find((p) => p.id === session.activeProfileId());
      return profile ? { profileId: profile.id, origin: profile.apiUrl } : null;
    },
    settings: () => settings.get(),
    now: () => timers.now(),
  });
  // Beside other accounts, a notification says whose server or domain it is about.
  const namedNotify = (notification: AppNotification): void => notify({ ...notification, title: withAccountName(notification.title) });
  const alerts = createAlertMonitor({ alerts: alertService, state, gate, notify: namedNotify });
  const power = createPowerService({ gate, state, activity, timers, notify: namedNotify, expect: (id, status) => alertService.expectServer(id, status) });
  const servers = createServersService({ gate, state, activity, power, timers, onDetails: (details) => alerts.recordDetails(details) });
  const reminders = createReminderService({
    store,
    profileId: () => session.activeProfileId(),
    settings: () => settings.get(),
    notify: (notice) => namedNotify({ title: notice.title, body: notice.body, target: { view: 'domains', id: notice.domainIds[0] } }),
    now: () => timers.now(),
  });
  const domains = createDomainsService({
    gate,
    state,
    activity,
    reminders,
    settings,
    timers,
    expectChange: (id, change) => alertService.expectDomain(id, change),
  });
  const dns = createDnsService({ gate, state, activity });
  const details = createDetailsService({
    state,
    // Another account's item is read with that account's own token.
    gateOf: (profileId) => (profileId === undefined || profileId === session.activeProfileId() ? gate : createApiGate(session.scoped(profileId))),
  });
  const cache = createCache(store);

  const demoActive = (): boolean => session.profiles().some((p) => p.id === session.activeProfileId() && p.demo);
  /** The refresh intervals the settings ask for; another account refreshes at these, even beside the demo. */
  const settingsIntervalsMs = (): { shown: number; hidden: number } => ({
    shown: settings.get().refresh.shownSeconds * 1000,
    hidden: settings.get().refresh.hiddenSeconds * 1000,
  });
  const intervalsMs = (): { shown: number; hidden: number } => (demoActive() ? { shown: DEMO_REFRESH_MS, hidden: DEMO_REFRESH_MS } : settingsIntervalsMs());

  async function refreshAll(visible: boolean, scheduled: boolean): Promise<void> {
    // Hidden, only the list pages: the tray needs nothing more, and it keeps an idle hour cheap.
    const work = [servers.refreshList(), domains.refreshList()];
    // Each detail shows its own failure, so they do not fail the refresh.
    if (visible) work.push(dns.refreshZones(), servers.sampleWatched(), details.refresh());
    const started = timers.now().getTime();
    const failed = (await Promise.allSettled(work)).find((r) => r.status === 'rejected');
    if (failed) {
      const error = toAppError(failed.reason);
      log.warn('refresh.failed', { kind: error.kind, status: error.status ?? null, visible });
      throw failed.reason;
    }
    const { servers: listed, domains: known } = state.get();
    log.info('refresh.ok', { servers: listed.length, domains: known.length, visible, ms: timers.now().getTime() - started });
    const { shown, hidden } = intervalsMs();
    await alerts.afterRefresh({ usageRound: scheduled, roundMs: visible ? shown : hidden });
  }

  function loadProfile(profileId: string | null): void {
    power.cancelAll(m.follow_stopped_profile());
    servers.unwatchAll();
    details.resetActive();
    const cached = profileId === null ? null : cache.load(profileId);
    state.set({
      servers: cached?.servers ?? [],
      zones: cached?.zones ?? [],
      sync: { state: 'idle', lastSuccessAt: cached?.lastSuccessAt ?? null, stale: true, lastError: null, nextAt: null },
    });
    domains.load(cached?.domains ?? null);
    activity.load(profileId);
    alerts.publish();
  }

  const mirror = createSessionMirror({ session, state, notices, loadProfile });

  const sync = createSyncScheduler({
    view: { get: () => state.get().sync, set: (next) => state.set({ sync: next }) },
    timers,
    intervalsMs,
    visible: () => state.get().windowVisible,
    canSync: () => mirror.usable(),
    refresh: refreshAll,
    onSuccess: (at) => {
      const profileId = session.activeProfileId();
      const { servers: listed, domains: known, zones } = state.get();
      if (profileId !== null) cache.save(profileId, { servers: listed, domains: known, zones, lastSuccessAt: at.toISOString() });
    },
  });

  const fleet = createAccountFleet({
    session,
    state,
    store,
    timers,
    cache,
    settings: () => settings.get(),
    notify,
    intervalsMs: settingsIntervalsMs,
    visible: () => state.get().windowVisible,
  });
  session.onChange(() => fleet.reconcile());

  mirror.onUnusable((reason) => {
    sync.pause();
    if (reason) power.cancelAll(reason);
    // No refresh runs now, but an expired token is still worth its alert.
    alerts.checkToken();
  });

  const demo = deps.demo ?? createDemoRunner();
  const flow = createSessionFlow({ session, mirror, sync, demo, notices });

  const locale = createLocaleFollower({ systemLanguages: deps.systemLanguages ?? [], onChange: (next) => state.set({ locale: next }) });

  const changed = <T>(a: T, b: T): boolean => JSON.stringify(a) !== JSON.stringify(b);
  settings.onChange((next, previous) => {
    if (next.language !== previous.language) void locale.apply(next.language);
    if (changed(next.refresh, previous.refresh)) {
      sync.reschedule();
      fleet.reschedule();
    }
    if (changed(next.reminders, previous.reminders)) {
      domains.recompute();
      fleet.recompute();
    }
  });

  const handlers = createCommandHandlers({ state, flow, settings, notices, sync, fleet, servers, power, domains, dns, details, alerts, desktop });
  const runTrayCommand = createTrayRunner({ handlers, desktop, state: () => state.get(), log });

  // The state is born with the active profile's cached data (marked stale), so the tray's first
  // menu lists the last known servers before the keychain, the demo or the network answer.
  mirror.mirror();

  return {
    handlers,
    state: () => state.get(),
    onState: (listener) => state.onChange(listener),
    async setWindowVisible(visible) {
      const wasVisible = state.get().windowVisible;
      if (visible === wasVisible) return;
      state.set({ windowVisible: visible });
      // Shown, every account refreshes now, its zones with it.
      if (visible) await Promise.all([sync.refreshNow(), fleet.refreshAll()]);
      else {
        sync.reschedule();
        fleet.reschedule();
      }
    },
    async resume() {
      domains.checkReminders();
      alerts.checkToken();
      await Promise.all([sync.refreshNow(), fleet.refreshAll()]);
    },
    runTrayCommand,
    async start() {
      await locale.apply(settings.get().language);
      await flow.restore();
      fleet.reconcile();
      log.info('session', { status: state.get().session.status, keychain: session.keychainAvailable(), demo: session.profiles().some((p) => p.id === session.activeProfileId() && p.demo) });
      domains.checkReminders();
      alerts.checkToken();
    },
    async stop() {
      sync.stop();
      fleet.stop(m.follow_stopped_quit());
      power.cancelAll(m.follow_stopped_quit());
      state.dispose();
      await demo.stop();
    },
  };
}
