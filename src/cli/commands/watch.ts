// vps watch: every alert check the app makes (expiry reminders, resource usage, servers and
// domains changed elsewhere, the token's expiry) with the app's rules, settings and ledgers, so
// an alert printed here is not repeated by the app, nor the other way round. --once runs one
// cycle and exits (for cron and CI); without it the cycle repeats at the hidden refresh interval
// until interrupted. Each alert is one line; with --json one JSON object a line. (Its words and
// options are in table/watch.ts.)
import { VpsError, appError, toAppError } from '@shared/errors';
import { DEFAULT_SETTINGS } from '@shared/settings';
import { DEFAULT_BASE_URL } from '../../core/api/base-url';
import { redactSecrets } from '../../core/api/redact';
import type { ProfileView } from '@shared/app-state';
import type { VpsClient } from '../../core/api/client-types';
import type { AlertAccount } from '../../core/services/alerts';
import { everySavedProfile, forProfile } from '../all-profiles';
import { storedSettings } from '../../core/services/settings';
import { runWatchCycle, type WatchLine } from '../../core/services/watch-cycle';
import type { CommandRun } from '../command-spec';
import { NOT_LOGGED_IN, type CliContext } from '../context';
import type { OutputMode } from '../output';

/** Whose ledgers VPS_TOKEN without --profile keeps: it names no profile of the app's. */
export const DEFAULT_PROFILE_ID = 'default';

/** One account watched: its ledgers' key and origin, its client, and its name with --all-profiles. */
interface Watched {
  account: AlertAccount;
  client: VpsClient;
  profile?: ProfileView;
}

async function watchedAccounts(ctx: CliContext, allProfiles: boolean): Promise<Watched[]> {
  if (allProfiles) {
    const profiles = everySavedProfile(ctx);
    return Promise.all(profiles.map(async (profile) => ({ account: { profileId: profile.id, origin: profile.apiUrl }, client: await ctx.profileClient(profile), profile })));
  }
  const override = ctx.apiUrlOverride();
  if (ctx.envToken() !== undefined && ctx.globals.profile === undefined) {
    return [{ account: { profileId: DEFAULT_PROFILE_ID, origin: override ?? DEFAULT_BASE_URL }, client: await ctx.client() }];
  }
  const profile = ctx.profile();
  if (profile === null) throw new VpsError(appError('unauthorized', NOT_LOGGED_IN));
  return [{ account: { profileId: profile.id, origin: override ?? profile.apiUrl }, client: await ctx.client() }];
}

function formatLine(line: WatchLine, mode: OutputMode, profile: string | undefined): string {
  if (mode === 'json') return `${JSON.stringify(profile === undefined ? line : { ...line, profile })}\n`;
  if (mode === 'quiet') return `${line.subject}\n`;
  return `${line.at}  ${profile === undefined ? '' : `${profile}: `}${line.message}\n`;
}

/** Waits `ms`; true when interrupted first. */
function pause(ctx: CliContext, ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const interrupted = (): void => resolve(true);
    signal.addEventListener('abort', interrupted, { once: true });
    if (signal.aborted) resolve(true);
    else
      void ctx.sleep(ms).then(() => {
        signal.removeEventListener('abort', interrupted);
        resolve(false);
      });
  });
}

export const RUNS = {
  async watch(ctx, args) {
    const once = args.flag('once');
    const watched = await watchedAccounts(ctx, args.flag('all-profiles'));
    const store = ctx.store();
    const stored = storedSettings(store);
    if (stored === null) ctx.io.stderr.write('warning: the app’s settings could not be read, so the default settings apply.\n');
    const rules = stored ?? DEFAULT_SETTINGS;
    const intervalMs = rules.refresh.hiddenSeconds * 1000;
    const signal = ctx.interruption();

    for (;;) {
      for (const { account, client, profile } of watched) {
        try {
          const cycle = () => runWatchCycle({ client, store, account, settings: rules, now: () => new Date(ctx.now()), roundMs: intervalMs });
          const lines = profile === undefined ? await cycle() : await forProfile(profile, cycle);
          for (const line of lines) ctx.io.stdout.write(formatLine(line, ctx.mode, profile?.name));
        } catch (error) {
          // One failed cycle of a long watch is reported and the next one tried (the other
          // profiles' included); a token that no longer works will not start working by waiting.
          if (once || toAppError(error).kind === 'unauthorized') throw error;
          ctx.io.stderr.write(`error: ${redactSecrets(toAppError(error).message)}\n`);
        }
      }
      if (once || (await pause(ctx, intervalMs, signal))) return {};
    }
  },
} satisfies Record<string, CommandRun<CliContext>>;
