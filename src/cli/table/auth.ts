// vps auth login | status | logout: the token in the OS keychain, under the same profile the
// app uses.
import { lazyRuns, type CommandSpec } from '../command-spec';

const run = lazyRuns(() => import('../commands/auth'));

export const AUTH_COMMANDS: CommandSpec[] = [
  {
    path: ['auth', 'login'],
    usage: '[--token-stdin]',
    summary:
      'Check an API token with VPS.org and save it in the system keychain for the active profile (or --profile NAME; "Default" when there is none, or only the demo). ' +
      'The token is typed at a hidden prompt, or read from the first line of stdin with --token-stdin.',
    options: { 'token-stdin': { type: 'boolean' } },
    load: run('login'),
  },
  {
    path: ['auth', 'status'],
    usage: '',
    summary: 'Show the profile, the account, the token’s name, permissions and expiry, and where the token is kept.',
    load: run('status'),
  },
  {
    path: ['auth', 'logout'],
    usage: '',
    summary: 'Remove the token of the active profile (or --profile NAME) from the system keychain.',
    load: run('logout'),
  },
];
