// What the app does around the session: the token commands, each mirrored into the state
// (session-mirror.ts), starting the demo's simulator for a demo profile, and refreshing once a
// token is usable. A demo that cannot start says so; it never falls back to the address of an
// earlier run's simulator.
import type { AccountColour } from '@shared/account-colours';
import type { SessionView } from '@shared/app-state';
import { m } from '@shared/i18n';
import { redactedError } from '../api/redact';
import type { DemoRunner } from './demo-runner';
import { NOTICE_IDS, type Notices } from './notices';
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
  colourProfile(profileId: string, colour: AccountColour | null): void;
  moveProfile(profileId: string, offset: -1 | 1): void;
  removeProfile(profileId: string): Promise<void>;
}

export interface SessionFlowDeps {
  session: SessionManager;
  mirror: SessionMirror;
  sync: SyncScheduler;
  demo: DemoRunner;
  notices: Notices;
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
    let started: { url: string; token: string };
    try {
      started = await demo.start();
    } catch (error) {
      const message = m.demo_could_not_start({ reason: redactedError(error).message });
      deps.notices.add({ id: NOTICE_IDS.demoUnavailable, level: 'error', message });
      throw error;
    }
    deps.notices.dismiss(NOTICE_IDS.demoUnavailable);
    return session.addToken({ token: started.token, apiUrl: started.url, demo: true, ...(profileId ? { profileId } : { profileName: 'Demo' }) });
  }

  const isDemo = (profileId: string | null): boolean => session.profiles().some((p) => p.id === profileId && p.demo);

  return {
    async restore() {
      const active = session.activeProfileId();
      // A demo that cannot start has said why (a notice); restoring then leaves its profile
      // without a token, asking nothing of the old simulator's address.
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

    colourProfile(profileId, colour) {
      session.colourProfile(profileId, colour);
      mirror();
    },

    moveProfile(profileId, offset) {
      session.moveProfile(profileId, offset);
      mirror();
    },

    async removeProfile(profileId) {
      await session.removeProfile(profileId);
      if (!session.profiles().some((p) => p.demo)) await demo.stop();
      await settle();
    },
  };
}
