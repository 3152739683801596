// vps watch: every alert check the app makes, from a terminal, cron or a CI job.
import { lazyRuns, type CommandSpec } from '../command-spec';
import { ALL_PROFILES_OPTION } from './all-profiles';

const run = lazyRuns(() => import('../commands/watch'));

export const WATCH_COMMANDS: CommandSpec[] = [
  {
    path: ['watch'],
    usage: '[--once] [--all-profiles]',
    summary:
      'Run every alert check (expiry reminders, usage, servers and domains changed elsewhere, the token’s expiry) with the app’s settings and ledgers and print each alert that fires; --once for one cycle, else every hidden refresh interval until interrupted. ' +
      'With --all-profiles, for every saved profile (each with its own token and ledgers; not the app’s demo), each line naming its profile ("profile" in --json).',
    options: { once: { type: 'boolean' }, ...ALL_PROFILES_OPTION },
    load: run('watch'),
  },
];
