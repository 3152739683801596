// The options every command takes (--api-url, --profile, --json, --quiet, --verbose, --help),
// as parseArgs reads them and as the run sees them.
import type { ParseArgsOptionsConfig } from 'node:util';

export const GLOBAL_OPTIONS = {
  'api-url': { type: 'string' },
  profile: { type: 'string' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

export interface GlobalOptions {
  apiUrl?: string;
  profile?: string;
  json: boolean;
  quiet: boolean;
  verbose: boolean;
}
