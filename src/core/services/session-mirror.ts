// The session as the app state shows it: the session view, the profiles and the keychain's
// availability mirrored into the state; the active profile's data loaded when it changes; a
// notice when the token is kept in memory only; and word to whoever listens when the session
// stops being usable.
import type { SessionView } from '@shared/app-state';
import { m } from '@shared/i18n';
import { NOTICE_IDS, type Notices } from './notices';
import type { SessionManager } from './session';
import type { StateHolder } from './state-holder';

export interface SessionMirror {
  /** Copies the session into the state now, and returns its view. */
  mirror(): SessionView;
  /** Whether the session can make requests now; an expiry noticed here reaches the state too. */
  usable(): boolean;
  /**
   * The session is not usable (no token, invalid, expired, not checked yet); `reason` is set when
   * something that follows the session should stop (401, expired, token removed).
   */
  onUnusable(listener: (reason: string | undefined) => void): void;
}

export interface SessionMirrorDeps {
  session: SessionManager;
  state: StateHolder;
  notices: Notices;
  /** The active profile changed: show its cached data. */
  loadProfile: (profileId: string | null) => void;
}

export function isUsable(view: SessionView): boolean {
  return view.hasToken && view.status === 'valid';
}

const UNUSABLE_REASON: Partial<Record<SessionView['status'], () => string>> = {
  none: m.follow_stopped_removed,
  invalid: m.follow_stopped_invalid,
  expired: m.follow_stopped_expired,
};

export function createSessionMirror(deps: SessionMirrorDeps): SessionMirror {
  const { session, state } = deps;
  const listeners: Array<(reason: string | undefined) => void> = [];
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
        message: m.notice_keychain(),
      });
    }
    if (!isUsable(view)) {
      const reason = UNUSABLE_REASON[view.status]?.();
      for (const listener of listeners) listener(reason);
    }
    return view;
  }
  session.onChange(() => mirror());

  return {
    mirror,
    usable: () => isUsable(mirror()),
    onUnusable: (listener) => void listeners.push(listener),
  };
}
