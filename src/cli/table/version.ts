// vps version, also run by vps --version.
import { lazyRuns, type CommandSpec } from '../command-spec';

const run = lazyRuns(() => import('../commands/version'));

export const VERSION_COMMANDS: CommandSpec[] = [
  {
    path: ['version'],
    usage: '',
    summary: 'Print the version of vps (also vps --version).',
    rootFlag: '--version',
    local: true,
    load: run('version'),
  },
];
