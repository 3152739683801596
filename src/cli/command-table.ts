// Every `vps` command, in the order --help lists them. The table holds no command code: each
// group's code is imported when one of its commands runs (CommandSpec.load).
import type { CommandSpec } from './command-spec';
import { ACCOUNT_COMMANDS } from './table/account';
import { AUTH_COMMANDS } from './table/auth';
import { COMPLETION_COMMANDS } from './table/completion';
import { DNS_COMMANDS } from './table/dns';
import { DOMAIN_COMMANDS } from './table/domains';
import { SERVER_COMMANDS } from './table/servers';
import { VERSION_COMMANDS } from './table/version';
import { WATCH_COMMANDS } from './table/watch';

export const COMMANDS: readonly CommandSpec[] = [
  ...AUTH_COMMANDS,
  ...ACCOUNT_COMMANDS,
  ...SERVER_COMMANDS,
  ...DOMAIN_COMMANDS,
  ...DNS_COMMANDS,
  ...WATCH_COMMANDS,
  ...COMPLETION_COMMANDS,
  ...VERSION_COMMANDS,
];
