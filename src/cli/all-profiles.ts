// --all-profiles: one list merged from every saved profile, each asked with its own token from
// the keychain at its own address. The app's demo profiles are left out: their simulator lives
// only inside VPS Tray. A profile that fails fails the command, naming the profile.
import type { ProfileView } from '@shared/app-state';
import { VpsError, appError, toAppError } from '@shared/errors';
import type { VpsClient } from '../core/api/client-types';
import { NOT_LOGGED_IN, type CliContext } from './context';
import { UsageError } from './usage-error';

/** An item and the name of the profile it came from. */
export interface FromProfile<T> {
  profile: string;
  item: T;
}

/** Every saved profile but the demo's, refused (before anything is sent) with whatever would redirect or replace their tokens. */
export function everySavedProfile(ctx: CliContext): ProfileView[] {
  // Each profile's token goes to its own address only: nothing may redirect or replace them all.
  if (ctx.globals.profile !== undefined) throw new UsageError('choose one of --all-profiles and --profile');
  if (ctx.envToken() !== undefined) throw new UsageError('--all-profiles uses the tokens saved for each profile; unset VPS_TOKEN');
  if (ctx.apiUrlOverride() !== undefined) {
    throw new UsageError(`--all-profiles asks each profile at its own address; ${ctx.globals.apiUrl === undefined ? 'unset VPS_API_URL' : 'leave out --api-url'}`);
  }
  const profiles = ctx.session().profiles().filter((p) => !p.demo);
  if (profiles.length === 0) throw new VpsError(appError('unauthorized', NOT_LOGGED_IN));
  return profiles;
}

/** Runs `work` for the profile; a failure names the profile it came from. */
export async function forProfile<T>(profile: ProfileView, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const failure = toAppError(error);
    throw new VpsError({ ...failure, message: `profile "${profile.name}": ${failure.message}` });
  }
}

export async function fromEveryProfile<T>(ctx: CliContext, list: (client: VpsClient) => Promise<T[]>): Promise<FromProfile<T>[]> {
  const lists = await Promise.all(
    everySavedProfile(ctx).map((profile) =>
      forProfile(profile, async () => (await list(await ctx.profileClient(profile))).map((item) => ({ profile: profile.name, item }))),
    ),
  );
  return lists.flat();
}

/** The JSON form: each item with the name of its profile. */
export function withProfileField<T extends object>(rows: readonly FromProfile<T>[]): Array<T & { profile: string }> {
  return rows.map(({ profile, item }) => ({ ...item, profile }));
}
