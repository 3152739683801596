// vps dns zones … and vps dns records …: zones with their records, and records directly.
import { RECORD_TYPES } from '@shared/api-types';
import { lazyRuns, type CommandSpec, type OptionSpec } from '../command-spec';
import { RECORD, ZONE } from './positionals';

const run = lazyRuns(() => import('../commands/dns'));

const RECORD_FIELD_OPTIONS: Record<string, OptionSpec> = {
  type: { type: 'string', values: { choices: RECORD_TYPES } },
  name: { type: 'string' },
  value: { type: 'string' },
  ttl: { type: 'string' },
  priority: { type: 'string' },
};

const RECORD_USAGE = '--type T --name N --value V [--ttl S] [--priority P]';

export const DNS_COMMANDS: CommandSpec[] = [
  {
    path: ['dns', 'zones', 'list'],
    usage: '[--domain D]',
    summary: 'List the DNS zones, or only the zone of domain D.',
    options: { domain: { type: 'string', values: { names: 'domains' } } },
    load: run('zonesList'),
  },
  {
    path: ['dns', 'zones', 'get'],
    usage: 'ZONE',
    summary: 'Show a DNS zone with its records. ZONE is a zone uuid or a domain name.',
    positionals: [ZONE],
    load: run('zonesGet'),
  },
  {
    path: ['dns', 'zones', 'create'],
    usage: 'DOMAIN',
    summary: 'Create an empty DNS zone for a domain.',
    positionals: [{ name: 'DOMAIN', values: { names: 'domains' } }],
    load: run('zonesCreate'),
  },
  {
    path: ['dns', 'zones', 'delete'],
    usage: 'ZONE [--yes]',
    summary: 'Delete a DNS zone and all its records (asks first; --yes without a terminal).',
    positionals: [ZONE],
    options: { yes: { type: 'boolean' } },
    load: run('zonesDelete'),
  },
  {
    path: ['dns', 'records', 'list'],
    usage: 'ZONE',
    summary: 'List the records of a DNS zone. ZONE is a zone uuid or a domain name.',
    positionals: [ZONE],
    load: run('recordsList'),
  },
  {
    path: ['dns', 'records', 'search'],
    usage: '[--zone ZONE] [--type T]',
    summary: `Find records across all zones, optionally in one zone or of one type (${RECORD_TYPES.join(', ')}).`,
    options: { zone: { type: 'string', values: { names: 'zones' } }, type: { type: 'string', values: { choices: RECORD_TYPES } } },
    load: run('recordsSearch'),
  },
  {
    path: ['dns', 'records', 'get'],
    usage: 'RECORD',
    summary: 'Show a DNS record. RECORD is its uuid.',
    positionals: [RECORD],
    load: run('recordsGet'),
  },
  {
    path: ['dns', 'records', 'add'],
    usage: `ZONE ${RECORD_USAGE}`,
    summary: 'Add a record to a zone. MX and SRV records need --priority; values are checked per type before sending.',
    positionals: [ZONE],
    options: RECORD_FIELD_OPTIONS,
    load: run('recordsAdd'),
  },
  {
    path: ['dns', 'records', 'update'],
    usage: 'RECORD [--type T] [--name N] [--value V] [--ttl S] [--priority P]',
    summary: 'Change some fields of a record (PATCH); the record as it will be is checked first.',
    positionals: [RECORD],
    options: RECORD_FIELD_OPTIONS,
    load: run('recordsUpdate'),
  },
  {
    path: ['dns', 'records', 'replace'],
    usage: `RECORD ${RECORD_USAGE}`,
    summary: 'Set all fields of a record at once (PUT).',
    positionals: [RECORD],
    options: RECORD_FIELD_OPTIONS,
    load: run('recordsReplace'),
  },
  {
    path: ['dns', 'records', 'delete'],
    usage: 'RECORD [--yes]',
    summary: 'Delete a DNS record (asks first; --yes without a terminal).',
    positionals: [RECORD],
    options: { yes: { type: 'boolean' } },
    load: run('recordsDelete'),
  },
];
