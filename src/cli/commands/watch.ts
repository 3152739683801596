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
import type { AlertAccount } from '../../core/services/alerts';
import { storedSettings } from '../../core/services/settings';
import { runWatchCycle, type WatchLine } from '../../core/services/watch-cycle';
import type { CommandRun } from '../command-spec';
import { NOT_LOGGED_IN, type CliContext } from '../context';
import type { OutputMode } from '../output';

/** Whose ledgers VPS_TOKEN without --profile keeps: it names no profile of the app's. */
export const DEFAULT_PROFILE_ID = 'default';

function watchAccount(ctx: CliContext): AlertAccount {
  const override = ctx.apiUrlOverride();
  if (ctx.envToken() !== undefined && ctx.globals.profile === undefined) return { profileId: DEFAULT_PROFILE_ID, origin: override ?? DEFAULT_BASE_URL };
  const profile = ctx.profile();
  if (profile === null) throw new VpsError(appError('unauthorized', NOT_LOGGED_IN));
  return { profileId: profile.id, origin: override ?? profile.apiUrl };
}

function formatLine(line: WatchLine, mode: OutputMode): string {
  if (mode === 'json') return `${JSON.stringify(line)}\n`;
  if (mode === 'quiet') return `${line.subject}\n`;
  return `${line.at}  ${line.message}\n`;
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
    const account = watchAccount(ctx);
    const store = ctx.store();
    const stored = storedSettings(store);
    if (stored === null) ctx.io.stderr.write('warning: the app’s settings could not be read, so the default settings apply.\n');
    const rules = stored ?? DEFAULT_SETTINGS;
    const intervalMs = rules.refresh.hiddenSeconds * 1000;
    const client = await ctx.client();
    const signal = ctx.interruption();

    for (;;) {
      try {
        const lines = await runWatchCycle({ client, store, account, settings: rules, now: () => new Date(ctx.now()), roundMs: intervalMs });
        for (const line of lines) ctx.io.stdout.write(formatLine(line, ctx.mode));
      } catch (error) {
        // One failed cycle of a long watch is reported and the next one tried; a token that no
        // longer works will not start working by waiting.
        if (once || toAppError(error).kind === 'unauthorized') throw error;
        ctx.io.stderr.write(`error: ${redactSecrets(toAppError(error).message)}\n`);
      }
      if (once || (await pause(ctx, intervalMs, signal))) return {};
    }
  },
} satisfies Record<string, CommandRun<CliContext>>;
