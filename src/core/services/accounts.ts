// The accounts that live beside the active one. Each connected profile other than the active one
// gets its own runtime: its session (token from the keychain, checked with GET /account/me/), its
// own refresh schedule of the list pages the tray needs, its own stale marker and error, and its
// own cache, and its own domain-expiry reminders with its own ledger. A 401 or a network failure
// stays with its account. Actions on an item of such an account go through that account's gate,
// with that account's token.
import type { DnsZone, Domain, PowerAction, PowerResult, Server } from '@shared/api-types';
import type { AccountView, ReminderView, SyncView } from '@shared/app-state';
import type { Settings } from '@shared/settings';
import { VpsError, appError } from '@shared/errors';
import { m } from '@shared/i18n';
import { createApiGate, type ApiGate } from './api-gate';
import type { AppNotification } from './app-notification';
import type { Cache } from './cache';
import { createReminderService, type ReminderService } from './reminders';
import type { SessionManager } from './session';
import { isUsable } from './session-mirror';
import type { StateHolder } from './state-holder';
import type { Store } from '../store/store';
import { createSyncScheduler, type SyncScheduler } from './sync';
import type { Timers } from './timers';

export interface AccountFleet {
  /** One runtime per profile other than the active one: new ones connect, gone ones stop. */
  reconcile(): void;
  power(profileId: string, serverId: number, action: PowerAction): Promise<PowerResult>;
  snooze(profileId: string, domainId: number, days: 1 | 7): void;
  markHandled(profileId: string, domainId: number): void;
  /** The reminder settings changed: every account's reminders are shown again under them. */
  recompute(): void;
  /** The account's last listed server, for copying its address. */
  server(profileId: string, serverId: number): Server | undefined;
  /** Refreshes every other account now; resolves when all have answered. */
  refreshAll(): Promise<void>;
  /** The window was shown or hidden, or the intervals changed. */
  reschedule(): void;
  stop(): void;
}

export interface AccountFleetDeps {
  session: SessionManager;
  state: StateHolder;
  store: Store;
  timers: Timers;
  cache: Cache;
  settings: () => Settings;
  /** A reminder of one of these accounts; its title already names the account. */
  notify: (notification: AppNotification) => void;
  intervalsMs: () => { shown: number; hidden: number };
  visible: () => boolean;
}

interface Runtime {
  profileId: string;
  gate: ApiGate;
  sync: SyncScheduler;
  syncView: SyncView;
  servers: Server[];
  domains: Domain[];
  reminders: ReminderService;
  reminderViews: ReminderView[];
  /** Kept as cached: these accounts fetch no zones, and saving must not forget them. */
  zones: DnsZone[];
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
      const { servers, domains, syncView, reminderViews } = runtime;
      return [{ profileId: id, session: session.scoped(id).view(), sync: syncView, servers, domains, reminders: reminderViews }];
    });
    state.set({ otherAccounts: accounts });
  }

  // Hidden, only the list pages, as for the active account: requests grow with accounts only.
  async function refresh(runtime: Runtime): Promise<void> {
    const { gate } = runtime;
    const [servers, domains] = await Promise.allSettled([
      gate.allowed('servers.list') ? gate.run('servers.list', (client) => client.servers.list()) : Promise.resolve([]),
      gate.allowed('domains.list') ? gate.run('domains.list', (client) => client.domains.list()) : Promise.resolve([]),
    ]);
    if (runtime.stopped) return;
    if (servers.status === 'fulfilled') runtime.servers = servers.value;
    // Only a complete list from this refresh reaches the ledger: a domain missing from it counts as gone.
    if (domains.status === 'fulfilled') {
      runtime.domains = domains.value;
      if (gate.allowed('domains.list')) runtime.reminderViews = runtime.reminders.check(domains.value);
    }
    publish();
    const failed = [servers, domains].find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  const nameOf = (profileId: string): string => session.profiles().find((p) => p.id === profileId)?.name ?? '';

  function start(profileId: string): Runtime {
    const cached = cache.load(profileId);
    const reminders = createReminderService({
      store: deps.store,
      profileId: () => profileId,
      settings: deps.settings,
      // No domain to open: the window shows the active account's domains.
      notify: (notice) => deps.notify({ title: m.with_account({ account: nameOf(profileId), text: notice.title }), body: notice.body }),
      now: () => deps.timers.now(),
    });
    const runtime: Runtime = {
      profileId,
      gate: createApiGate(session.scoped(profileId)),
      syncView: { state: 'idle', lastSuccessAt: cached?.lastSuccessAt ?? null, stale: true, lastError: null, nextAt: null },
      servers: cached?.servers ?? [],
      domains: cached?.domains ?? [],
      reminders,
      reminderViews: reminders.views(cached?.domains ?? []),
      zones: cached?.zones ?? [],
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
      canSync: () => !runtime.stopped && isUsable(session.scoped(profileId).view()),
      refresh: () => refresh(runtime),
      onSuccess: (at) => {
        // A profile removed while its refresh was in flight must not get its cache back.
        if (runtime.stopped) return;
        const { servers, domains, zones } = runtime;
        cache.save(profileId, { servers, domains, zones, lastSuccessAt: at.toISOString() });
      },
      }),
    };
    runtimes.set(profileId, runtime);
    void session.connect(profileId).then(() => runtime.sync.refreshNow());
    return runtime;
  }

  function stopRuntime(runtime: Runtime): void {
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
      for (const runtime of [...runtimes.values()]) if (!wanted.has(runtime.profileId)) stopRuntime(runtime);
      for (const id of wanted) if (!runtimes.has(id)) start(id);
      // A session of another account changed (a 401, a check that came back): its schedule follows.
      for (const runtime of runtimes.values()) runtime.sync.reschedule();
      publish();
    },

    async power(profileId, serverId, action) {
      const runtime = runtimeOf(profileId);
      const result = await runtime.gate.run(`servers.${action}`, (client) => client.servers[action](serverId));
      // The list shows the new status; a failure there must not turn a done action into an error.
      await runtime.sync.refreshNow();
      return result;
    },

    snooze(profileId, domainId, days) {
      const runtime = runtimeOf(profileId);
      runtime.reminders.snooze(domainId, days);
      runtime.reminderViews = runtime.reminders.views(runtime.domains);
      publish();
    },

    markHandled(profileId, domainId) {
      const runtime = runtimeOf(profileId);
      runtime.reminders.markHandled(domainId, runtime.domains);
      runtime.reminderViews = runtime.reminders.views(runtime.domains);
      publish();
    },

    recompute() {
      for (const runtime of runtimes.values()) runtime.reminderViews = runtime.reminders.views(runtime.domains);
      publish();
    },

    server: (profileId, serverId) => runtimes.get(profileId)?.servers.find((s) => s.id === serverId),

    async refreshAll() {
      await Promise.all([...runtimes.values()].map((r) => r.sync.refreshNow()));
    },

    reschedule() {
      for (const runtime of runtimes.values()) runtime.sync.reschedule();
    },

    stop() {
      for (const runtime of [...runtimes.values()]) stopRuntime(runtime);
    },
  };
  return fleet;
}
