// Everything a command needs for one run, built lazily from the flags and the environment:
// the store the app uses (so `vps` sees the app's profiles), the keychain vault, the session
// manager, and a client whose token comes from VPS_TOKEN or the selected profile's keychain entry.
// A token from the keychain goes only to its profile's origin: an --api-url or VPS_API_URL
// inherited from a shell profile or a CI job must not be enough to send it elsewhere.
import type { ProfileView } from '@shared/app-state';
import { VpsError, appError } from '@shared/errors';
import { DEFAULT_BASE_URL, checkBaseUrl } from '../core/api/base-url';
import { isTokenShaped } from '../core/api/redact';
import { createClient as createApiClient } from '../core/api/client';
import type { RequestLogEntry, VpsClient } from '../core/api/client-types';
import { createSessionManager, type SessionManager } from '../core/services/session';
import { createLogger, logFile, type Logger } from '../core/log/logger';
import { openDataStore } from '../core/store/data-store';
import { userDataDir } from '../core/store/paths';
import type { Store } from '../core/store/store';
import { createVault, type Vault } from '../core/vault/vault';
import type { GlobalOptions } from './global-options';
import type { CliIo } from './io';
import { outputMode, type OutputMode } from './output';
import { UsageError } from './usage-error';

/** Replaceable parts, for tests that run main() in this process. */
export interface CliDeps {
  vault?: Vault;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Ends a long-running command (`vps watch`); by default Ctrl-C or SIGTERM. */
  signal?: AbortSignal;
}

export interface CliContext {
  readonly io: CliIo;
  readonly globals: GlobalOptions;
  readonly mode: OutputMode;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** How often --wait asks about a server: VPS_POLL_MS, else 2 s. */
  readonly pollMs: number;
  /** The client for this run; throws when there is no token to use. */
  client(): Promise<VpsClient>;
  /** A client with this profile's token from the keychain, sent only to `baseUrl` (its own address by default); never for the demo. */
  profileClient(profile: ProfileView, baseUrl?: string): Promise<VpsClient>;
  /** A client for this base URL and token, logging its requests (echoed to stderr with --verbose). */
  createClient(opts: { baseUrl: string; token: () => string }): VpsClient;
  session(): SessionManager;
  /** The store the app keeps its profiles, settings, cache and ledgers in. */
  store(): Store;
  vault(): Vault;
  /** Aborted when a long-running command should end: Ctrl-C, SIGTERM, or the test's signal. */
  interruption(): AbortSignal;
  /** The profile --profile names, else the active one; null when there are none. */
  profile(): ProfileView | null;
  /** The profile --profile names, if there is one by that name. */
  namedProfile(name: string): ProfileView | undefined;
  /** --api-url, else VPS_API_URL, checked; undefined when neither is set. */
  apiUrlOverride(): string | undefined;
  /** VPS_TOKEN, when set. */
  envToken(): string | undefined;
  close(): Promise<void>;
}

export const DEFAULT_POLL_MS = 2_000;

export const NOT_LOGGED_IN = 'Not logged in. Run `vps auth login`, or set VPS_TOKEN.';

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createContext(io: CliIo, globals: GlobalOptions, deps: CliDeps = {}): CliContext {
  const clients = new Set<VpsClient>();
  let store: Store | undefined;
  let vault: Vault | undefined = deps.vault;
  let session: SessionManager | undefined;
  let interruption: AbortSignal | undefined = deps.signal;
  let log: Logger | undefined;

  // The app's log file, so a bug report holds what the command did too.
  const logRequest = (entry: RequestLogEntry): void => {
    log ??= createLogger({ file: logFile(userDataDir(io.env)), ...(globals.verbose ? { echo: io.stderr } : {}) });
    const fields = { method: entry.method, path: entry.path, status: entry.status, ms: entry.ms, attempt: entry.attempt };
    if (entry.status === null || entry.status >= 400) log.warn('api.request', fields);
    else log.info('api.request', fields);
  };

  const ctx: CliContext = {
    io,
    globals,
    mode: outputMode(globals),
    now: deps.now ?? Date.now,
    sleep: deps.sleep ?? defaultSleep,
    pollMs: pollInterval(io.env.VPS_POLL_MS),

    createClient({ baseUrl, token }) {
      const client = createApiClient({ baseUrl, token, onRequest: logRequest });
      clients.add(client);
      return client;
    },

    vault() {
      vault ??= createVault();
      return vault;
    },

    store() {
      store ??= openDataStore(userDataDir(io.env)).store;
      return store;
    },

    session() {
      session ??= createSessionManager({ store: ctx.store(), vault: ctx.vault(), createClient: (opts) => ctx.createClient(opts) });
      return session;
    },

    interruption() {
      interruption ??= signalOnInterrupt();
      return interruption;
    },

    namedProfile(name) {
      const profiles = ctx.session().profiles();
      return profiles.find((p) => p.name === name) ?? profiles.find((p) => p.id === name);
    },

    profile() {
      const name = globals.profile;
      if (name === undefined) {
        const activeId = ctx.session().activeProfileId();
        return ctx.session().profiles().find((p) => p.id === activeId) ?? null;
      }
      const found = ctx.namedProfile(name);
      if (found) return found;
      const names = ctx.session().profiles().map((p) => `"${p.name}"`);
      const known = names.length === 0 ? 'There are no profiles yet.' : `Profiles: ${names.join(', ')}.`;
      throw new VpsError(appError('invalid_input', `No profile is named "${name}". ${known}`));
    },

    apiUrlOverride() {
      const raw = globals.apiUrl ?? nonEmpty(io.env.VPS_API_URL);
      return raw === undefined ? undefined : checkBaseUrl(raw);
    },

    envToken: () => nonEmpty(io.env.VPS_TOKEN),

    async client() {
      const override = ctx.apiUrlOverride();
      const envToken = ctx.envToken();
      // VPS_TOKEN is meant for scripts and CI: the profiles are only consulted when --profile asks.
      if (envToken !== undefined) {
        if (!isTokenShaped(envToken)) {
          throw new UsageError(
            'VPS_TOKEN does not hold an API token: tokens start with vps_ followed by letters, digits, - and _.',
            'Copy the whole token from admin.vps.org/account/developers/.',
          );
        }
        const named = globals.profile === undefined ? null : ctx.profile();
        if (named?.demo && override === undefined) throw demoProfileError(named);
        return ctx.createClient({ baseUrl: override ?? named?.apiUrl ?? DEFAULT_BASE_URL, token: () => envToken });
      }
      const profile = ctx.profile();
      if (profile === null) throw new VpsError(appError('unauthorized', NOT_LOGGED_IN));
      if (profile.demo) throw demoProfileError(profile);
      if (override !== undefined) refuseOtherOrigin(override, profile, globals.apiUrl === undefined ? 'VPS_API_URL' : '--api-url');
      return ctx.profileClient(profile, override);
    },

    async profileClient(profile, baseUrl = profile.apiUrl) {
      const token = await ctx.vault().getToken(profile.id);
      if (token === null) {
        const message = ctx.vault().available()
          ? `No API token is stored for profile "${profile.name}". Run \`vps auth login\`, or set VPS_TOKEN.`
          : `The system keychain is not available, so the token of profile "${profile.name}" cannot be read. Set VPS_TOKEN instead.`;
        throw new VpsError(appError(ctx.vault().available() ? 'unauthorized' : 'keychain', message));
      }
      return ctx.createClient({ baseUrl, token: () => token });
    },

    async close() {
      // Closing a connection pool at exit cannot lose anything: the command's result is out.
      await Promise.all([...clients].map((client) => client.close().catch(() => undefined)));
      clients.clear();
    },
  };
  return ctx;
}

/** The app's demo profile points at a simulator that lives only while the app runs: nothing goes there. */
function demoProfileError(profile: ProfileView): UsageError {
  return new UsageError(
    `profile "${profile.name}" is the app's demo; its simulator runs only inside VPS Tray, so vps sends nothing to its address.`,
    'Use --profile NAME for one of your own profiles, or run `vps auth login` to add one.',
  );
}

/** A usage error, before anything is sent, when the override leads away from the profile's origin. */
function refuseOtherOrigin(override: string, profile: ProfileView, source: '--api-url' | 'VPS_API_URL'): void {
  const wanted = new URL(override).origin;
  const own = new URL(profile.apiUrl).origin;
  if (wanted === own) return;
  throw new UsageError(
    `${source} points to ${wanted}, but the token of profile "${profile.name}" comes from the system keychain and belongs to ${own}; ` +
      'vps sends a saved token only to its own address.',
    `To use ${wanted}, save a token for it with \`vps auth login --profile NAME --api-url ${override}\` (with --token-stdin to read it from standard input), ` +
      `or give the token for this command in VPS_TOKEN. To use profile "${profile.name}", unset ${source}.`,
  );
}

/** Only commands that run until interrupted ask for this: for the others Ctrl-C stays immediate. */
function signalOnInterrupt(): AbortSignal {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return controller.signal;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function pollInterval(raw: string | undefined): number {
  const ms = raw === undefined ? Number.NaN : Number(raw);
  return Number.isInteger(ms) && ms > 0 ? ms : DEFAULT_POLL_MS;
}
