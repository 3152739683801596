// What the app does around the session: mirroring it into the state, showing the right
// profile's data, starting the demo's simulator for a demo profile, and refreshing once a
// token is usable (or pausing when it is not).
import type { SessionView } from '@shared/app-state';
import type { DemoRunner } from './demo-runner';
import { NOTICE_IDS, type Notices } from './notices';
import type { AddTokenInput, SessionManager } from './session';
import type { StateHolder } from './state-holder';
import type { SyncScheduler } from './sync';

export interface SessionFlow {
  /** Whether the session can make requests now; an expiry noticed here reaches the state too. */
  usable(): boolean;
  /** At start: the active profile's token (a demo profile gets a fresh simulator), then a refresh. */
  restore(): Promise<void>;
  addToken(input: AddTokenInput): Promise<SessionView>;
  removeToken(profileId: string): Promise<SessionView>;
  startDemo(): Promise<SessionView>;
  switchProfile(profileId: string): Promise<SessionView>;
  renameProfile(profileId: string, name: string): void;
  removeProfile(profileId: string): Promise<void>;
}

export interface SessionFlowDeps {
  session: SessionManager;
  state: StateHolder;
  notices: Notices;
  sync: SyncScheduler;
  demo: DemoRunner;
  /** The active profile changed: show its cached data. */
  loadProfile: (profileId: string | null) => void;
  /** The session stopped being usable (401, expired, token removed). */
  onUnusable: (reason: string) => void;
}

function usable(view: SessionView): boolean {
  return view.hasToken && view.status === 'valid';
}

const UNUSABLE_REASON: Partial<Record<SessionView['status'], string>> = {
  none: 'Stopped following: the API token was removed.',
  invalid: 'Stopped following: the API token is no longer valid.',
  expired: 'Stopped following: the API token has expired.',
};

export function createSessionFlow(deps: SessionFlowDeps): SessionFlow {
  const { session, state, sync, demo } = deps;
  let loadedProfileId: string | null | undefined;

  function mirror(): SessionView {
    const view = session.view();
    state.set({ session: view, profiles: session.profiles(), keychainAvailable: session.keychainAvailable() });
    if (view.profileId !== loadedProfileId) {
      loadedProfileId = view.profileId;
      deps.loadProfile(view.profileId);
    }
    if (view.hasToken && !view.persisted) {
      deps.notices.add({
        id: NOTICE_IDS.keychainUnavailable,
        level: 'warning',
        message:
          'The system keychain is not available, so your API token is kept in memory for this run only. You will need to paste it again after VPS Tray restarts.',
      });
    }
    if (!usable(view)) {
      sync.pause();
      const reason = UNUSABLE_REASON[view.status];
      if (reason) deps.onUnusable(reason);
    }
    return view;
  }
  session.onChange(() => mirror());

  /** Refreshes when the session is usable; failures show in the sync state, not here. */
  async function settle(): Promise<SessionView> {
    const view = mirror();
    await sync.refreshNow();
    return view;
  }

  async function activateDemo(profileId: string | undefined): Promise<SessionView> {
    const { url, token } = await demo.start();
    return session.addToken({ token, apiUrl: url, demo: true, ...(profileId ? { profileId } : { profileName: 'Demo' }) });
  }

  const isDemo = (profileId: string | null): boolean => session.profiles().some((p) => p.id === profileId && p.demo);

  return {
    usable: () => usable(mirror()),

    async restore() {
      // The cached data first: checking the token may take a while, or fail offline.
      mirror();
      const active = session.activeProfileId();
      if (isDemo(active)) await activateDemo(active ?? undefined).catch(() => session.restore());
      else await session.restore();
      await settle();
    },

    async addToken(input) {
      await session.addToken(input);
      return settle();
    },

    async removeToken(profileId) {
      await session.removeToken(profileId);
      return mirror();
    },

    async startDemo() {
      await activateDemo(session.profiles().find((p) => p.demo)?.id);
      return settle();
    },

    async switchProfile(profileId) {
      if (isDemo(profileId)) await activateDemo(profileId);
      else await session.switchProfile(profileId);
      return settle();
    },

    renameProfile(profileId, name) {
      session.renameProfile(profileId, name);
      mirror();
    },

    async removeProfile(profileId) {
      await session.removeProfile(profileId);
      if (!session.profiles().some((p) => p.demo)) await demo.stop();
      await settle();
    },
  };
}
