// The accounts that live beside the active one. Each connected profile other than the active one
// gets its own runtime: its session (token from the keychain, checked with GET /account/me/), its
// own refresh schedule of the list pages the tray needs (and its zones while the window is
// shown), its own stale marker and error, its own cache, and the same background work as the
// active account, each service with its own ledger: domain-expiry reminders, the alerts beyond
// expiry (with their usage round), and power actions followed until the server settles. A 401 or
// a network failure stays with its account. Actions on an item of such an account, and the writes
// of its details (domain settings, zones, records), go through that account's own services over
// its gate, with that account's token, its activity log and its alerts' expectations.
import type { Server } from '@shared/api-types';
import type { AccountView, AppState, SyncView } from '@shared/app-state';
import type { Settings } from '@shared/settings';
import { VpsError, appError } from '@shared/errors';
import { m } from '@shared/i18n';
import { createActivityLog } from './activity';
import { createAlertMonitor, type AlertMonitor } from './alert-monitor';
import { createAlertService } from './alerts';
import { createApiGate, type ApiGate } from './api-gate';
import type { AppNotification } from './app-notification';
import type { Cache } from './cache';
import { createDnsService, type DnsService } from './dns';
import { createDomainsService, type DomainsService } from './domains';
import { createPowerService, type PowerService } from './power';
import { createReminderService } from './reminders';
import { createServersService, type ServersService } from './servers';
import type { SessionManager } from './session';
import { isUsable } from './session-mirror';
import type { StateHolder, StatePort } from './state-holder';
import type { Store } from '../store/store';
import { createSyncScheduler, type SyncScheduler } from './sync';
import type { Timers } from './timers';

export interface AccountFleet {
  /** One runtime per profile other than the active one: new ones connect, gone ones stop. */
  reconcile(): void;
  /** The reminder settings changed: every account's reminders are shown again under them. */
  recompute(): void;
  /**
   * The window looks at these servers of this account (none: at no server of any other account);
   * their details and usage are fetched with its token, and sampled on each visible refresh.
   */
  watch(profileId: string | undefined, serverIds: number[]): Promise<void>;
  /** The account's server writes, with its token. */
  servers(profileId: string): ServersService;
  /** Its power actions, followed until the server settles, as for the active account. */
  power(profileId: string): PowerService;
  /** The account's domain writes and reminders, with its token; after each write, its list and reminders follow. */
  domains(profileId: string): DomainsService;
  /** The account's zone and record writes, with its token; after each, its zones follow. */
  dns(profileId: string): DnsService;
  /** Its alerts beyond expiry: snooze and handled. */
  alerts(profileId: string): AlertMonitor;
  /** The account's last listed server, for copying its address. */
  server(profileId: string, serverId: number): Server | undefined;
  /** Refreshes every other account now; resolves when all have answered. */
  refreshAll(): Promise<void>;
  /** The window was shown or hidden, or the intervals changed. */
  reschedule(): void;
  /** Stops everything; followed power actions say why in their account's activity log. */
  stop(reason: string): void;
}

export interface AccountFleetDeps {
  session: SessionManager;
  state: StateHolder;
  store: Store;
  timers: Timers;
  cache: Cache;
  settings: () => Settings;
  /** A notification of one of these accounts; its title already names the account. */
  notify: (notification: AppNotification) => void;
  intervalsMs: () => { shown: number; hidden: number };
  visible: () => boolean;
}

/** What one account shows, written by its own services through its state port. */
type AccountData = Pick<AppState, 'servers' | 'watched' | 'domains' | 'renewalCosts' | 'zones' | 'reminders' | 'pending' | 'alerts' | 'activity'>;

interface Runtime {
  profileId: string;
  gate: ApiGate;
  sync: SyncScheduler;
  syncView: SyncView;
  data: AccountData;
  servers: ServersService;
  domains: DomainsService;
  dns: DnsService;
  alerts: AlertMonitor;
  power: PowerService;
  stopped: boolean;
}

export function createAccountFleet(deps: AccountFleetDeps): AccountFleet {
  const { session, state, cache } = deps;
  const runtimes = new Map<string, Runtime>();

  function publish(): void {
    const order = session.profiles().map((p) => p.id);
    const accounts: AccountView[] = order.flatMap((id) => {
      const runtime = runtimes.get(id);
      if (!runtime) return [];
      const { servers, domains, renewalCosts, zones, reminders, pending, alerts, watched } = runtime.data;
      return [{ profileId: id, session: session.scoped(id).view(), sync: runtime.syncView, servers, domains, renewalCosts, zones, reminders, pending, alerts, watched }];
    });
    state.set({ otherAccounts: accounts });
  }

  // Hidden, only the list pages, as for the active account: requests grow with accounts only.
  // Shown, the zones and the servers the window looks at too. Then the alerts, from what was
  // fetched, and on the timer's cycle a usage round within its budget. The same services as the
  // active account's do it (the domains one runs the reminder check on the complete list it fetched).
  async function refresh(runtime: Runtime, visible: boolean, scheduled: boolean): Promise<void> {
    const work = [runtime.servers.refreshList(), runtime.domains.refreshList()];
    if (visible) work.push(runtime.dns.refreshZones(), runtime.servers.sampleWatched());
    const failed = (await Promise.allSettled(work)).find((r) => r.status === 'rejected');
    if (runtime.stopped) return;
    if (failed) throw failed.reason;
    const { shown, hidden } = deps.intervalsMs();
    await runtime.alerts.afterRefresh({ usageRound: scheduled, roundMs: visible ? shown : hidden });
  }

  const profileOf = (profileId: string) => session.profiles().find((p) => p.id === profileId);

  /** Its notifications name the account; a click opens the item with its account named. */
  const notifierFor =
    (profileId: string) =>
    (notification: AppNotification): void =>
      deps.notify({
        title: m.with_account({ account: profileOf(profileId)?.name ?? '', text: notification.title }),
        body: notification.body,
        ...(notification.target ? { target: { ...notification.target, profileId } } : {}),
      });

  function start(profileId: string): Runtime {
    const cached = cache.load(profileId);
    const scoped = session.scoped(profileId);
    const gate = createApiGate(scoped);
    const notify = notifierFor(profileId);
    const data: AccountData = {
      servers: cached?.servers ?? [],
      watched: {},
      domains: [],
      renewalCosts: [],
      zones: cached?.zones ?? [],
      reminders: [],
      pending: [],
      alerts: [],
      activity: [],
    };
    // The account's services see its slice of the state as the active account's see the whole.
    const port: StatePort<keyof AccountData | 'session', keyof AccountData> = {
      get: () => ({ ...data, session: scoped.view() }),
      set(patch) {
        Object.assign(data, patch);
        if (!runtime.stopped) publish();
      },
    };
    const reminders = createReminderService({
      store: deps.store,
      profileId: () => profileId,
      settings: deps.settings,
      notify: (notice) => notify({ title: notice.title, body: notice.body, target: { view: 'domains', id: notice.domainIds[0] } }),
      now: () => deps.timers.now(),
    });
    const alertService = createAlertService({
      store: deps.store,
      account: () => {
        const profile = profileOf(profileId);
        return profile ? { profileId, origin: profile.apiUrl } : null;
      },
      settings: deps.settings,
      now: () => deps.timers.now(),
    });
    const activity = createActivityLog({ store: deps.store, state: port, timers: deps.timers });
    const domains = createDomainsService({
      gate,
      state: port,
      activity,
      reminders,
      settings: { get: deps.settings },
      timers: deps.timers,
      expectChange: (id, change) => alertService.expectDomain(id, change),
    });
    const alerts = createAlertMonitor({ alerts: alertService, state: port, gate, notify });
    const power = createPowerService({ gate, state: port, activity, timers: deps.timers, notify, expect: (id, status) => alertService.expectServer(id, status) });
    const runtime: Runtime = {
      profileId,
      gate,
      syncView: { state: 'idle', lastSuccessAt: cached?.lastSuccessAt ?? null, stale: true, lastError: null, nextAt: null },
      data,
      servers: createServersService({ gate, state: port, activity, power, timers: deps.timers, onDetails: (details) => alerts.recordDetails(details) }),
      domains,
      dns: createDnsService({ gate, state: port, activity }),
      alerts,
      power,
      stopped: false,
      // The scheduler's callbacks only run after this object exists.
      sync: createSyncScheduler({
        view: {
          get: () => runtime.syncView,
          set: (next) => {
            runtime.syncView = next;
            if (!runtime.stopped) publish();
          },
        },
        timers: deps.timers,
        intervalsMs: deps.intervalsMs,
        visible: deps.visible,
        canSync: () => !runtime.stopped && isUsable(scoped.view()),
        refresh: (visible, scheduled) => refresh(runtime, visible, scheduled),
        onSuccess: (at) => {
          // A profile removed while its refresh was in flight must not get its cache back.
          if (runtime.stopped) return;
          const { servers, domains, zones } = data;
          cache.save(profileId, { servers, domains, zones, lastSuccessAt: at.toISOString() });
        },
      }),
    };
    activity.load(profileId);
    // Its cached list shows at once; the reminder check waits for the first complete one.
    domains.load(cached?.domains ?? null);
    runtime.alerts.publish();
    runtimes.set(profileId, runtime);
    void session.connect(profileId).then(() => runtime.sync.refreshNow());
    return runtime;
  }

  function stopRuntime(runtime: Runtime, reason: string): void {
    runtime.power.cancelAll(reason);
    runtime.stopped = true;
    runtime.sync.stop();
    runtimes.delete(runtime.profileId);
  }

  function runtimeOf(profileId: string): Runtime {
    const runtime = runtimes.get(profileId);
    if (!runtime) throw new VpsError(appError('invalid_input', m.session_no_profile()));
    return runtime;
  }

  const fleet: AccountFleet = {
    reconcile() {
      const active = session.activeProfileId();
      const wanted = new Set(session.profiles().map((p) => p.id).filter((id) => id !== active));
      for (const runtime of [...runtimes.values()]) if (!wanted.has(runtime.profileId)) stopRuntime(runtime, m.follow_stopped_profile());
      for (const id of wanted) if (!runtimes.has(id)) start(id);
      for (const runtime of runtimes.values()) {
        // A session of another account changed (a 401, a check that came back): its schedule
        // follows, and an expired token is worth its alert without a refresh.
        runtime.sync.reschedule();
        runtime.alerts.checkToken();
      }
      publish();
    },

    recompute() {
      for (const runtime of runtimes.values()) runtime.domains.recompute();
    },

    async watch(profileId, serverIds) {
      await Promise.all([...runtimes.values()].map((r) => r.servers.watch(r.profileId === profileId ? serverIds : [])));
    },

    servers: (profileId) => runtimeOf(profileId).servers,

    power: (profileId) => runtimeOf(profileId).power,

    domains: (profileId) => runtimeOf(profileId).domains,

    dns: (profileId) => runtimeOf(profileId).dns,

    alerts: (profileId) => runtimeOf(profileId).alerts,

    server: (profileId, serverId) => runtimes.get(profileId)?.data.servers.find((s) => s.id === serverId),

    async refreshAll() {
      await Promise.all([...runtimes.values()].map((r) => r.sync.refreshNow()));
    },

    reschedule() {
      for (const runtime of runtimes.values()) runtime.sync.reschedule();
    },

    stop(reason) {
      for (const runtime of [...runtimes.values()]) stopRuntime(runtime, reason);
    },
  };
  return fleet;
}
