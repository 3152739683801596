// vps watch: every alert check the app makes, from a terminal, cron or a CI job.
import { lazyRuns, type CommandSpec } from '../command-spec';

const run = lazyRuns(() => import('../commands/watch'));

export const WATCH_COMMANDS: CommandSpec[] = [
  {
    path: ['watch'],
    usage: '[--once]',
    summary:
      'Run every alert check (expiry reminders, usage, servers and domains changed elsewhere, the token’s expiry) with the app’s settings and ledgers and print each alert that fires; --once for one cycle, else every hidden refresh interval until interrupted.',
    options: { once: { type: 'boolean' } },
    load: run('watch'),
  },
];
