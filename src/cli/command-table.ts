// Every `vps` command, in the order --help lists them.
import type { CommandSpec } from './command-spec';
import { ACCOUNT_COMMANDS } from './commands/account';
import { AUTH_COMMANDS } from './commands/auth';
import { DNS_COMMANDS } from './commands/dns';
import { DOMAIN_COMMANDS } from './commands/domains';
import { SERVER_COMMANDS } from './commands/servers';
import { WATCH_COMMANDS } from './commands/watch';

export const COMMANDS: readonly CommandSpec[] = [...AUTH_COMMANDS, ...ACCOUNT_COMMANDS, ...SERVER_COMMANDS, ...DOMAIN_COMMANDS, ...DNS_COMMANDS, ...WATCH_COMMANDS];
