// What the app does around the session: the token commands, each mirrored into the state
// (session-mirror.ts), starting the demo's simulator for a demo profile, and refreshing once a
// token is usable.
import type { SessionView } from '@shared/app-state';
import type { DemoRunner } from './demo-runner';
import type { AddTokenInput, SessionManager } from './session';
import type { SessionMirror } from './session-mirror';
import type { SyncScheduler } from './sync';

export interface SessionFlow {
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
  mirror: SessionMirror;
  sync: SyncScheduler;
  demo: DemoRunner;
}

export function createSessionFlow(deps: SessionFlowDeps): SessionFlow {
  const { session, sync, demo } = deps;
  const mirror = (): SessionView => deps.mirror.mirror();

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
    async restore() {
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
