// vps servers …: list, get, create, update (PATCH), replace (PUT), delete, start, stop, reboot.
import { SERVER_FILTER_STATUSES, type PowerAction } from '@shared/api-types';
import { lazyRuns, type CommandSpec } from '../command-spec';
import { ALL_PROFILES_OPTION, ALL_PROFILES_SUMMARY } from './all-profiles';
import { SERVER } from './positionals';

const run = lazyRuns(() => import('../commands/servers'));

function powerCommand(action: PowerAction, summary: string): CommandSpec {
  return {
    path: ['servers', action],
    usage: 'SERVER [--wait] [--timeout SECONDS] [--yes]',
    summary,
    positionals: [SERVER],
    options: { wait: { type: 'boolean' }, timeout: { type: 'string' }, yes: { type: 'boolean' } },
    load: run(action),
  };
}

const SETTINGS_OPTIONS = {
  name: { type: 'string' },
  hostname: { type: 'string' },
  backups: { type: 'boolean' },
  'no-backups': { type: 'boolean' },
} as const;

export const SERVER_COMMANDS: CommandSpec[] = [
  {
    path: ['servers', 'list'],
    usage: '[--status S] [--location L] [--all-profiles]',
    summary:
      `List the servers, optionally only those with a status (${SERVER_FILTER_STATUSES.join(', ')}) or in a location. ` +
      `${ALL_PROFILES_SUMMARY}`,
    options: { status: { type: 'string', values: { choices: SERVER_FILTER_STATUSES } }, location: { type: 'string' }, ...ALL_PROFILES_OPTION },
    load: run('list'),
  },
  {
    path: ['servers', 'get'],
    usage: 'SERVER',
    summary: 'Show a server with its resource usage. SERVER is an id or a name.',
    positionals: [SERVER],
    load: run('get'),
  },
  {
    path: ['servers', 'create'],
    usage: '--name N --plan ID --os ID --location L [--hostname H] [--ssh-key ID] [--backups]',
    summary: 'Create a server; it is provisioned over the next few minutes.',
    options: {
      name: { type: 'string' },
      plan: { type: 'string' },
      os: { type: 'string' },
      location: { type: 'string' },
      hostname: { type: 'string' },
      'ssh-key': { type: 'string' },
      backups: { type: 'boolean' },
    },
    load: run('create'),
  },
  {
    path: ['servers', 'update'],
    usage: 'SERVER [--name N] [--hostname H] [--backups | --no-backups]',
    summary: 'Change some of a server’s settings (PATCH); the others stay as they are.',
    positionals: [SERVER],
    options: SETTINGS_OPTIONS,
    load: run('update'),
  },
  {
    path: ['servers', 'replace'],
    usage: 'SERVER --name N --hostname H (--backups | --no-backups)',
    summary: 'Set all of a server’s settings at once (PUT).',
    positionals: [SERVER],
    options: SETTINGS_OPTIONS,
    load: run('replace'),
  },
  {
    path: ['servers', 'delete'],
    usage: 'SERVER [--yes]',
    summary: 'Delete a server and everything on it. On a terminal you type its name to confirm; otherwise --yes is needed.',
    positionals: [SERVER],
    options: { yes: { type: 'boolean' } },
    load: run('delete'),
  },
  powerCommand('start', 'Start a stopped server. --wait follows it until it is active.'),
  powerCommand('stop', 'Stop a server (asks first). --wait follows it until it has stopped.'),
  powerCommand('reboot', 'Reboot a server (asks first). --wait follows it until it is active again.'),
];
