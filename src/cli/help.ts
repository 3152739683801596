// Usage lines and --help texts, all derived from the command table.
import type { CommandSpec } from './command-spec';

export const GLOBAL_OPTIONS_HELP = 'Global options: --api-url URL, --profile NAME, --json, --quiet, --verbose, --help';

const ENVIRONMENT_HELP = [
  'Environment:',
  '  VPS_TOKEN      use this API token instead of the one in the keychain (nothing is stored)',
  '  VPS_API_URL    the API address, like --api-url (https only, except 127.0.0.1 and localhost)',
].join('\n');

export function usageLine(spec: CommandSpec): string {
  return ['vps', ...spec.path, spec.usage].filter((part) => part !== '').join(' ');
}

export function commandHelp(spec: CommandSpec): string {
  const details = spec.details === undefined ? [] : ['', spec.details];
  return [`usage: ${usageLine(spec)}`, '', spec.summary, ...details, '', GLOBAL_OPTIONS_HELP].join('\n');
}

function commandsUnder(prefix: readonly string[], specs: readonly CommandSpec[]): CommandSpec[] {
  return specs.filter((spec) => !spec.hidden && prefix.every((word, i) => spec.path[i] === word));
}

export const firstSentence = (text: string): string => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

/** --help of a group (of everything for an empty prefix): each command's usage and what it does. */
export function groupHelp(prefix: readonly string[], specs: readonly CommandSpec[]): string {
  const lines = [`usage: ${['vps', ...prefix].join(' ')} <command> [options]`, '', 'Commands:'];
  for (const spec of commandsUnder(prefix, specs)) lines.push(`  ${usageLine(spec)}`, `      ${firstSentence(spec.summary)}`);
  lines.push('', GLOBAL_OPTIONS_HELP);
  if (prefix.length === 0) lines.push('', ENVIRONMENT_HELP);
  return lines.join('\n');
}

/** The short form, after a usage error: the usage lines alone. */
export function groupUsage(prefix: readonly string[], specs: readonly CommandSpec[]): string {
  const group = ['vps', ...prefix].join(' ');
  const lines = commandsUnder(prefix, specs).map((spec) => `  ${usageLine(spec)}`);
  return [`usage:`, ...lines, `Run "${group} --help" for more.`].join('\n');
}
