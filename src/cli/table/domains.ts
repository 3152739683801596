// vps domains …: list, get, register, update, remove, transfer, and expiring (local calendar
// days), which also writes the expiry dates as an iCalendar file.
import { DOMAIN_STATUSES } from '@shared/api-types';
import { lazyRuns, type CommandSpec } from '../command-spec';
import { DEFAULT_EXPIRING_WITHIN_DAYS } from '../defaults';
import { ALL_PROFILES_OPTION, ALL_PROFILES_SUMMARY } from './all-profiles';
import { DOMAIN } from './positionals';

const run = lazyRuns(() => import('../commands/domains'));

export const DOMAIN_COMMANDS: CommandSpec[] = [
  {
    path: ['domains', 'list'],
    usage: '[--status S] [--search Q] [--all-profiles]',
    summary: `List the domains, optionally only those with a status (${DOMAIN_STATUSES.join(', ')}) or whose name contains Q. ${ALL_PROFILES_SUMMARY}`,
    options: { status: { type: 'string', values: { choices: DOMAIN_STATUSES } }, search: { type: 'string' }, ...ALL_PROFILES_OPTION },
    load: run('list'),
  },
  {
    path: ['domains', 'get'],
    usage: 'DOMAIN',
    summary: 'Show a domain: expiry, renewal, privacy, lock and nameservers. DOMAIN is an id or a domain name.',
    positionals: [DOMAIN],
    load: run('get'),
  },
  {
    path: ['domains', 'register'],
    usage: 'NAME [--years N] [--no-auto-renew] [--no-privacy] [--nameserver NS]...',
    summary: 'Register a domain for 1 to 10 years, with 2 to 4 nameservers if you give any; the cost is charged to the account.',
    positionals: [{ name: 'NAME' }],
    options: {
      years: { type: 'string' },
      'no-auto-renew': { type: 'boolean' },
      'no-privacy': { type: 'boolean' },
      nameserver: { type: 'string', multiple: true },
    },
    load: run('register'),
  },
  {
    path: ['domains', 'update'],
    usage: 'DOMAIN [--auto-renew | --no-auto-renew] [--privacy | --no-privacy] [--lock | --unlock] [--nameserver NS]...',
    summary: 'Change a domain’s settings; nameservers, when given, replace the current ones (2 to 4).',
    positionals: [DOMAIN],
    options: {
      'auto-renew': { type: 'boolean' },
      'no-auto-renew': { type: 'boolean' },
      privacy: { type: 'boolean' },
      'no-privacy': { type: 'boolean' },
      lock: { type: 'boolean' },
      unlock: { type: 'boolean' },
      nameserver: { type: 'string', multiple: true },
    },
    load: run('update'),
  },
  {
    path: ['domains', 'remove'],
    usage: 'DOMAIN [--yes]',
    summary: 'Remove a domain from the account (asks first; --yes without a terminal).',
    positionals: [DOMAIN],
    options: { yes: { type: 'boolean' } },
    load: run('remove'),
  },
  {
    path: ['domains', 'transfer'],
    usage: 'DOMAIN [--auth-code-stdin] [--no-auto-renew]',
    summary:
      'Start transferring a domain in, with the auth code from its current registrar: typed at a hidden prompt, or read from the first line of stdin with --auth-code-stdin.',
    positionals: [DOMAIN],
    options: { 'auth-code-stdin': { type: 'boolean' }, 'auth-code': { type: 'string' }, 'no-auto-renew': { type: 'boolean' } },
    load: run('transfer'),
  },
  {
    path: ['domains', 'expiring'],
    usage: '[--within DAYS] [--ics [FILE]] [--all-profiles]',
    summary:
      `The domains that expire within DAYS local calendar days (default ${DEFAULT_EXPIRING_WITHIN_DAYS}) or already have, soonest first; ` +
      'the text names those whose expiry VPS.org did not send as a date. ' +
      'With --ics, their expiry dates as the iCalendar file the window exports, written to FILE (standard output when FILE is - or left out). ' +
      ALL_PROFILES_SUMMARY,
    positionals: [{ name: 'FILE', optional: true, values: { files: true } }],
    options: { within: { type: 'string' }, ics: { type: 'boolean' }, ...ALL_PROFILES_OPTION },
    load: run('expiring'),
  },
];
