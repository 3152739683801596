// What vps auth login | status | logout do (their words are in table/auth.ts): the token in the
// OS keychain, under the same profile the app uses, checked with GET /account/me/ by the app's
// session manager before it is stored.
import type { AccountMe } from '@shared/api-types';
import type { ProfileView } from '@shared/app-state';
import { VpsError, appError } from '@shared/errors';
import type { Args } from '../command-args';
import type { CommandRun } from '../command-spec';
import { NOT_LOGGED_IN, type CliContext } from '../context';
import { details } from '../output';
import { readHidden, readLine } from '../prompt';
import { tokenExpiry } from '../text-views';
import { UsageError } from '../usage-error';

export const DEFAULT_PROFILE_NAME = 'Default';

/** A keychain account name no profile uses (profile ids are uuids), to learn whether the keychain answers. */
const KEYCHAIN_PROBE = 'vps-cli-keychain-check';

const KEYCHAIN_UNAVAILABLE =
  'The system keychain is not available, so the token cannot be saved. Set VPS_TOKEN instead, or unlock the keychain and try again.';

type TokenSource = 'keychain' | 'VPS_TOKEN';

/** What `--json` prints for login and status: never the token itself. */
interface AuthJson {
  profile: Pick<ProfileView, 'id' | 'name' | 'apiUrl'> | null;
  api_url: string;
  token_source: TokenSource;
  account: AccountMe['account'] | null;
  token: { name: string | null; permissions: string[]; expires_at: string | null };
}

function authText(json: AuthJson, now: Date): string {
  return details([
    ['Profile', json.profile?.name ?? 'none'],
    ['API', json.api_url],
    ['Account', json.account?.email],
    ['Token', json.token.name ?? undefined],
    ['Permissions', json.token.permissions.join(', ')],
    ['Expires', tokenExpiry(json.token.expires_at, now)],
    ['Stored', json.token_source === 'keychain' ? 'in the system keychain' : 'not stored (from VPS_TOKEN)'],
  ]);
}

const profileJson = (p: ProfileView): AuthJson['profile'] => ({ id: p.id, name: p.name, apiUrl: p.apiUrl });

async function readToken(ctx: CliContext, args: Args): Promise<string> {
  if (args.flag('token-stdin')) return (await readLine(ctx.io.stdin)).trim();
  if (ctx.io.stdin.isTTY !== true) throw new UsageError('vps auth login needs --token-stdin when not run from a terminal');
  return (await readHidden(ctx.io, 'Paste your VPS.org API token (it is not shown): ')).trim();
}

/**
 * Without --profile: the active profile, unless it is the app's demo (its simulator is gone
 * once the app quits); then the "Default" profile, made if need be.
 */
function loginTarget(ctx: CliContext): ProfileView | undefined {
  const active = ctx.profile();
  if (active && !active.demo) return active;
  return ctx.namedProfile(DEFAULT_PROFILE_NAME);
}

export const RUNS = {
  async login(ctx, args) {
    const token = await readToken(ctx, args);
    const name = ctx.globals.profile;
    const existing = name === undefined ? loginTarget(ctx) : ctx.namedProfile(name);
    const vault = ctx.vault();
    await vault.getToken(existing?.id ?? KEYCHAIN_PROBE);
    if (!vault.available()) throw new VpsError(appError('keychain', KEYCHAIN_UNAVAILABLE));

    const apiUrl = ctx.apiUrlOverride();
    const session = ctx.session();
    const view = await session.addToken({
      token,
      ...(existing ? { profileId: existing.id } : { profileName: name ?? DEFAULT_PROFILE_NAME }),
      ...(apiUrl === undefined ? {} : { apiUrl }),
    });
    const profile = session.profiles().find((p) => p.id === view.profileId);
    if (!profile || !view.persisted) throw new VpsError(appError('keychain', KEYCHAIN_UNAVAILABLE));
    const json: AuthJson = {
      profile: profileJson(profile),
      api_url: profile.apiUrl,
      token_source: 'keychain',
      account: view.account,
      token: { name: view.tokenName, permissions: view.permissions, expires_at: view.expiresAt },
    };
    const text = `Logged in as ${view.account?.email ?? 'an unnamed account'}.\n\n${authText(json, new Date(ctx.now()))}`;
    return { json, ids: view.account ? [view.account.email] : [], text };
  },

  async status(ctx) {
    const fromEnv = ctx.envToken() !== undefined;
    const profile = fromEnv && ctx.globals.profile === undefined ? null : ctx.profile();
    if (!fromEnv && profile === null) throw new VpsError(appError('unauthorized', NOT_LOGGED_IN));
    const client = await ctx.client();
    const me = await client.account.me();
    const json: AuthJson = {
      profile: profile && profileJson(profile),
      api_url: client.baseUrl,
      token_source: fromEnv ? 'VPS_TOKEN' : 'keychain',
      account: me.account,
      token: { name: me.token.name, permissions: me.token.permissions, expires_at: me.token.expires_at ?? null },
    };
    return { json, ids: [me.account.email], text: authText(json, new Date(ctx.now())) };
  },

  async logout(ctx) {
    const profile = ctx.profile();
    if (profile === null) throw new VpsError(appError('not_found', 'There is no profile to log out of.'));
    const hadToken = (await ctx.vault().getToken(profile.id)) !== null;
    await ctx.session().removeToken(profile.id);
    const text = hadToken
      ? `Removed the token of profile "${profile.name}" from the system keychain.`
      : `Profile "${profile.name}" had no token in the system keychain.`;
    const envNote = ctx.envToken() === undefined ? '' : '\nVPS_TOKEN is still set in this environment.';
    return { json: { profile: profileJson(profile), removed: hadToken }, text: text + envNote };
  },
} satisfies Record<string, CommandRun<CliContext>>;
