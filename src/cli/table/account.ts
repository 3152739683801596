// vps account: who the token belongs to, what it may do, and until when.
import { lazyRuns, type CommandSpec } from '../command-spec';

const run = lazyRuns(() => import('../commands/account'));

export const ACCOUNT_COMMANDS: CommandSpec[] = [
  {
    path: ['account'],
    usage: '',
    summary: 'Show the account, the token’s name, its permissions and when it expires.',
    load: run('account'),
  },
];
