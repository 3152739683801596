// The session manager: one session per profile, the active one drives the app. It checks a
// pasted token with GET /account/me/ before anything is stored, keeps the token in the vault
// (never in the store, never in a view), remembers the account and token info for offline
// starts, and turns a 401 anywhere into one 'unauthorized' event so background work pauses
// until a valid token is saved.
import * as v from 'valibot';
import type { AccountColour } from '@shared/account-colours';
import type { AccountMe } from '@shared/api-types';
import type { ProfileView, SessionView } from '@shared/app-state';
import { VpsError, appError, isAppError } from '@shared/errors';
import { formatDay } from '@shared/format';
import { m } from '@shared/i18n';
import type { OperationId } from '@shared/operations';
import { canPerform, type Verdict } from '@shared/permissions';
import { DEFAULT_BASE_URL, checkBaseUrl } from '../api/base-url';
import type { VpsClient } from '../api/client-types';
import { isTokenShaped } from '../api/redact';
import { ACCOUNT_ME } from '../api/schemas';
import { storeKeys, type Store } from '../store/store';
import type { Vault } from '../vault/vault';
import { PROFILE_NAME_MAX, createProfiles } from './profiles';

export interface SessionManager {
  profiles(): ProfileView[];
  activeProfileId(): string | null;
  /** The active profile's session. Never the token. */
  view(): SessionView;
  /** The active profile's client, null without a token. */
  client(): VpsClient | null;
  /** Settles once the active profile's token has been read from the keychain (at once when it has). */
  tokenLoaded(): Promise<void>;
  /** Checks the token with GET /account/me/, stores it only when valid, and makes its profile the active one. */
  addToken(input: AddTokenInput): Promise<SessionView>;
  removeToken(profileId: string): Promise<SessionView>;
  switchProfile(profileId: string): Promise<SessionView>;
  renameProfile(profileId: string, name: string): void;
  colourProfile(profileId: string, colour: AccountColour | null): void;
  moveProfile(profileId: string, offset: -1 | 1): void;
  removeProfile(profileId: string): Promise<void>;
  /** At start: the active profile, its token from the keychain, then GET /account/me/. */
  restore(): Promise<SessionView>;
  /** Another profile made live beside the active one: its token from the keychain, then GET /account/me/. */
  connect(profileId: string): Promise<SessionView>;
  /** One profile's session, whichever is active: what a gate for that account needs. */
  scoped(profileId: string): ScopedSession;
  can(operation: OperationId): Verdict;
  /** A 401 seen anywhere mid-session: status 'invalid' and ONE 'unauthorized' event until a valid token is saved. */
  reportUnauthorized(profileId?: string): void;
  onChange(listener: (view: SessionView) => void): () => void;
  onUnauthorized(listener: (profileId: string) => void): () => void;
  keychainAvailable(): boolean;
}

/** A session bound to one profile: its view, its client, its permissions and its 401s. */
export type ScopedSession = Pick<SessionManager, 'client' | 'tokenLoaded' | 'can' | 'view' | 'activeProfileId' | 'reportUnauthorized'>;

export interface AddTokenInput {
  token: string;
  /** Replace the token of this profile; without it, a new profile is created. */
  profileId?: string;
  profileName?: string;
  apiUrl?: string;
  demo?: boolean;
}

export interface SessionDeps {
  store: Store;
  vault: Vault;
  createClient: (opts: { baseUrl: string; token: () => string }) => VpsClient;
  defaultApiUrl?: string;
  /** Injectable clock for token expiry. */
  now?: () => number;
}


interface Session {
  token: string | null;
  /** The keychain read in flight: until it answers, the profile counts as having its token. */
  tokenLoad: Promise<void> | null;
  persisted: boolean;
  me: AccountMe | null;
  /** 'valid' may still read as 'expired' in the view once expires_at has passed. */
  status: SessionView['status'];
  client: VpsClient | null;
  clientUrl: string | null;
  /** Bumped by every change of token, so a slow check cannot overwrite a newer result. */
  generation: number;
}

export function createSessionManager(deps: SessionDeps): SessionManager {
  const { store, vault } = deps;
  const now = deps.now ?? Date.now;
  const defaultApiUrl = deps.defaultApiUrl ?? DEFAULT_BASE_URL;
  const profiles = createProfiles({ store, vault, now: () => new Date(now()) });
  const sessions = new Map<string, Session>();
  const changeListeners = new Set<(view: SessionView) => void>();
  const unauthorizedListeners = new Set<(profileId: string) => void>();

  function sessionFor(profileId: string): Session {
    let session = sessions.get(profileId);
    if (!session) {
      // A profile exists only once its token was stored: until the keychain says otherwise, the
      // session is being checked, with the account as it was last seen.
      session = { token: null, tokenLoad: null, persisted: false, me: cachedMe(profileId), status: 'checking', client: null, clientUrl: null, generation: 0 };
      sessions.set(profileId, session);
    }
    return session;
  }

  function isExpired(me: AccountMe): boolean {
    if (me.token.is_expired) return true;
    const expiresAt = me.token.expires_at;
    return typeof expiresAt === 'string' && Date.parse(expiresAt) <= now();
  }

  function viewOf(profileId: string | null): SessionView {
    const session = profileId === null || !profiles.get(profileId) ? undefined : sessionFor(profileId);
    const me = session?.me ?? null;
    const unread = session?.token === null && session.status === 'checking';
    const hasToken = session?.token != null || unread;
    let status = session?.status ?? 'none';
    if (status === 'valid' && me !== null && isExpired(me)) status = 'expired';
    return {
      profileId,
      hasToken,
      persisted: unread || (hasToken && session?.persisted === true),
      tokenName: me?.token.name ?? null,
      permissions: me ? [...me.token.permissions] : [],
      expiresAt: me?.token.expires_at ?? null,
      account: me ? { ...me.account } : null,
      status,
    };
  }

  const view = (): SessionView => viewOf(profiles.activeId());

  function emitChange(): void {
    const current = view();
    for (const listener of changeListeners) listener(current);
  }

  // The client reads the session's current token on every request, so replacing a token
  // takes effect for everyone already holding the client.
  function clientFor(profileId: string, session: Session, apiUrl: string): VpsClient {
    if (session.client && session.clientUrl === apiUrl) return session.client;
    void session.client?.close();
    session.client = deps.createClient({
      baseUrl: apiUrl,
      token: () => {
        if (session.token === null) {
          throw new VpsError(appError('unauthorized', m.session_no_token()));
        }
        return session.token;
      },
    });
    session.clientUrl = apiUrl;
    return session.client;
  }

  function dropClient(session: Session): void {
    void session.client?.close();
    session.client = null;
    session.clientUrl = null;
  }

  function cachedMe(profileId: string): AccountMe | null {
    const parsed = v.safeParse(ACCOUNT_ME.schema, store.get<unknown>(storeKeys.session(profileId)));
    return parsed.success ? parsed.output : null;
  }

  function markUnauthorized(profileId: string, session: Session): void {
    if (session.status === 'invalid') return;
    session.status = 'invalid';
    for (const listener of unauthorizedListeners) listener(profileId);
    emitChange();
  }

  /** Loads the profile's token (from this run's session or the vault) and checks it with the API. */
  async function activate(profileId: string): Promise<SessionView> {
    const view = (): SessionView => viewOf(profileId);
    const profile = profiles.get(profileId);
    if (!profile) return view();
    const session = sessionFor(profileId);
    const generation = ++session.generation;
    // A demo profile is only ever started through addToken with this run's simulator: its
    // stored address and token belong to a simulator that is gone, and may be anyone's now.
    if (session.token === null && profile.demo) {
      session.status = 'none';
      emitChange();
      return view();
    }
    if (session.token === null) {
      session.status = 'checking';
      const load = vault.getToken(profileId).then((token) => {
        if (generation !== session.generation) return;
        session.token = token;
        session.persisted = token !== null && vault.available();
      });
      session.tokenLoad = load;
      await load.finally(() => {
        if (session.tokenLoad === load) session.tokenLoad = null;
      });
      if (generation !== session.generation) return view();
    }
    if (session.token === null) {
      session.status = 'none';
      session.me = null;
      emitChange();
      return view();
    }
    session.me ??= cachedMe(profileId);
    session.status = 'checking';
    emitChange();
    const client = clientFor(profileId, session, profile.apiUrl);
    try {
      const me = await client.account.me();
      if (generation !== session.generation) return view();
      session.me = me;
      session.status = 'valid';
      store.set(storeKeys.session(profileId), me);
    } catch (error) {
      if (generation !== session.generation) return view();
      if (isAppError(error) && error.kind === 'unauthorized') {
        markUnauthorized(profileId, session);
        return view();
      }
      // Offline or a server hiccup: keep the token and show what was known last time.
      session.status = 'valid';
    }
    emitChange();
    return view();
  }

  /** GET /account/me/ with the candidate token on a throwaway client; the errors say what to do. */
  async function checkToken(token: string, apiUrl: string): Promise<AccountMe> {
    const probe = deps.createClient({ baseUrl: apiUrl, token: () => token });
    try {
      return await probe.account.me();
    } catch (error) {
      if (isAppError(error) && error.kind === 'unauthorized') {
        throw new VpsError(appError('unauthorized', m.session_token_invalid(), statusOf(error)));
      }
      if (isAppError(error) && error.kind === 'network') {
        throw new VpsError(appError('network', m.session_unreachable({ host: new URL(apiUrl).host })));
      }
      throw error;
    } finally {
      void probe.close();
    }
  }

  function clientOf(profileId: string | null): VpsClient | null {
    const profile = profileId === null ? undefined : profiles.get(profileId);
    const session = profileId === null ? undefined : sessions.get(profileId);
    if (!profile || !session || session.token === null) return null;
    return clientFor(profile.id, session, profile.apiUrl);
  }

  async function tokenLoadOf(profileId: string | null): Promise<void> {
    await (profileId === null ? undefined : sessions.get(profileId)?.tokenLoad)?.catch(() => {});
  }

  function reportUnauthorizedFor(profileId: string | null): void {
    const session = profileId === null ? undefined : sessions.get(profileId);
    if (profileId === null || !session || session.token === null) return;
    markUnauthorized(profileId, session);
  }

  return {
    profiles: () => profiles.list(),
    activeProfileId: () => profiles.activeId(),
    view,

    tokenLoaded: () => tokenLoadOf(profiles.activeId()),

    client: () => clientOf(profiles.activeId()),

    async addToken(input) {
      const token = input.token.trim();
      if (!isTokenShaped(token)) throw new VpsError(appError('invalid_input', m.session_token_prefix()));
      const existing = input.profileId === undefined ? undefined : profiles.get(input.profileId);
      if (input.profileId !== undefined && !existing) {
        throw new VpsError(appError('invalid_input', m.session_no_profile()));
      }
      // The demo profile's address is the simulator of some earlier run, and a demo token is
      // worthless anywhere else: neither may be given to the other.
      if (existing && existing.demo !== (input.demo === true)) {
        throw new VpsError(appError('invalid_input', existing.demo ? m.session_demo_profile() : m.session_demo_token_only()));
      }
      const apiUrl = checkBaseUrl(input.apiUrl ?? existing?.apiUrl ?? defaultApiUrl);

      const me = await checkToken(token, apiUrl);
      if (isExpired(me)) {
        const expired = me.token.expires_at ? m.session_token_expired_on({ day: formatDay(me.token.expires_at.slice(0, 10)) }) : m.session_token_expired();
        throw new VpsError(appError('unauthorized', expired));
      }

      const profile = existing
        ? profiles.update(existing.id, { apiUrl, ...(input.profileName === undefined ? {} : { name: input.profileName }) })
        : profiles.create({
            name: input.profileName ?? (input.demo ? 'Demo' : me.account.email.slice(0, PROFILE_NAME_MAX)),
            apiUrl,
            demo: input.demo ?? false,
          });
      const { persisted } = await vault.setToken(profile.id, token);
      store.set(storeKeys.session(profile.id), me);

      const session = sessionFor(profile.id);
      session.generation++;
      session.token = token;
      session.persisted = persisted;
      session.me = me;
      session.status = 'valid';
      if (session.client && session.clientUrl !== apiUrl) dropClient(session);
      profiles.setActive(profile.id);
      emitChange();
      return view();
    },

    async removeToken(profileId) {
      if (!profiles.get(profileId)) throw new VpsError(appError('invalid_input', m.session_no_profile()));
      await vault.deleteToken(profileId);
      store.delete(storeKeys.session(profileId));
      const session = sessionFor(profileId);
      session.generation++;
      session.token = null;
      session.persisted = false;
      session.me = null;
      session.status = 'none';
      dropClient(session);
      emitChange();
      return view();
    },

    async switchProfile(profileId) {
      profiles.setActive(profileId);
      return activate(profileId);
    },

    renameProfile(profileId, name) {
      profiles.update(profileId, { name });
      emitChange();
    },

    colourProfile(profileId, colour) {
      profiles.update(profileId, { colour });
      emitChange();
    },

    moveProfile(profileId, offset) {
      profiles.move(profileId, offset);
      emitChange();
    },

    async removeProfile(profileId) {
      const wasActive = profiles.activeId() === profileId;
      const session = sessions.get(profileId);
      // Bumped first so a check still in flight cannot write the profile's keys back.
      if (session) session.generation++;
      await profiles.remove(profileId);
      if (session) {
        session.token = null;
        dropClient(session);
        sessions.delete(profileId);
      }
      const next = profiles.activeId();
      if (wasActive && next !== null) await activate(next);
      else emitChange();
    },

    async restore() {
      const profileId = profiles.activeId();
      if (profileId === null) return view();
      return activate(profileId);
    },

    async connect(profileId) {
      const session = sessions.get(profileId);
      // Already read and checked (or being checked): nothing to ask the keychain or the API again.
      if (session && (session.token !== null || session.tokenLoad !== null)) return viewOf(profileId);
      return activate(profileId);
    },

    scoped(profileId) {
      return {
        client: () => clientOf(profileId),
        tokenLoaded: () => tokenLoadOf(profileId),
        can: (operation) => canPerform(viewOf(profileId).permissions, operation),
        view: () => viewOf(profileId),
        activeProfileId: () => profileId,
        reportUnauthorized: () => reportUnauthorizedFor(profileId),
      };
    },

    can(operation) {
      return canPerform(view().permissions, operation);
    },

    reportUnauthorized(profileId) {
      reportUnauthorizedFor(profileId ?? profiles.activeId());
    },

    onChange(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },

    onUnauthorized(listener) {
      unauthorizedListeners.add(listener);
      return () => unauthorizedListeners.delete(listener);
    },

    keychainAvailable: () => vault.available(),
  };
}

function statusOf(error: { status?: number }): { status?: number } {
  return error.status === undefined ? {} : { status: error.status };
}
