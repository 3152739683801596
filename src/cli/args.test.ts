import { describe, expect, it } from 'vitest';
import { parseCommandLine, type ParsedCommandLine } from './args';
import { COMMANDS } from './command-table';
import { UsageError } from './usage-error';

function parse(line: string): ParsedCommandLine {
  return parseCommandLine(line.split(' ').filter(Boolean), COMMANDS);
}

function command(line: string) {
  const parsed = parse(line);
  if (parsed.kind !== 'command') throw new Error(`expected a command, got help for "${line}"`);
  return parsed;
}

function usageError(line: string): UsageError {
  try {
    parse(line);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`expected a usage error for "${line}"`);
}

describe('parseCommandLine', () => {
  it('finds the command by its words and reads its options and arguments', () => {
    const parsed = command('dns records add acme.com --type MX --name @ --value mail.acme.com --priority 10');
    expect(parsed.spec.path).toEqual(['dns', 'records', 'add']);
    expect(parsed.args.positionals).toEqual(['acme.com']);
    expect(parsed.args.string('type')).toBe('MX');
    expect(parsed.args.integer('priority', { min: 0 })).toBe(10);
  });

  it('takes global options before, between and after the command words', () => {
    const parsed = command('--profile work servers --api-url https://api.example.com list --json --verbose');
    expect(parsed.spec.path).toEqual(['servers', 'list']);
    expect(parsed.globals).toEqual({ profile: 'work', apiUrl: 'https://api.example.com', json: true, quiet: false, verbose: true });
  });

  it('answers --help for a command, a group and the whole tool instead of running anything', () => {
    const leaf = parse('servers reboot --help');
    expect(leaf.kind).toBe('help');
    expect(leaf.kind === 'help' && leaf.text).toContain('usage: vps servers reboot SERVER [--wait] [--timeout SECONDS] [--yes]');
    const group = parse('dns -h');
    expect(group.kind === 'help' && group.text).toContain('vps dns zones list [--domain D]');
    expect(group.kind === 'help' && group.text).not.toContain('vps servers list');
    const root = parse('--help');
    expect(root.kind === 'help' && root.text).toContain('VPS_TOKEN');
  });

  it('shows help even when the command line is otherwise incomplete', () => {
    expect(parse('servers get --help').kind).toBe('help');
  });

  it('refuses unknown commands and options, missing and extra arguments', () => {
    expect(usageError('servers frobnicate').message).toBe('unknown command "servers frobnicate"');
    expect(usageError('servers list --colour').message).toBe('unknown option --colour');
    expect(usageError('servers get').message).toBe('missing SERVER');
    expect(usageError('servers get web-01 web-02').message).toBe('unexpected argument "web-02"');
    expect(usageError('servers list --location').message).toBe('--location needs a value');
    expect(usageError('servers list --json=yes').message).toBe('--json does not take a value');
  });

  it('lists the commands of a group when its command is missing', () => {
    const error = usageError('domains');
    expect(error.message).toBe('vps domains needs a command');
    expect(error.hint).toContain('vps domains expiring [--within DAYS]');
    expect(usageError('').message).toBe('missing command');
  });

  it('runs the command of a root flag when the line names no other: --version is vps version', () => {
    const parsed = command('--version --json');
    expect(parsed.spec.path).toEqual(['version']);
    expect(parsed.globals.json).toBe(true);
    expect(usageError('servers list --version').message).toBe('unknown option --version');
  });

  it('takes an optional positional argument when it is there', () => {
    expect(command('domains expiring --ics').args.positionals).toEqual([]);
    expect(command('domains expiring --ics out.ics --within 7').args.positionals).toEqual(['out.ics']);
    expect(usageError('domains expiring a.ics b.ics').message).toBe('unexpected argument "b.ics"');
  });

  it('keeps the completion scripts’ helper out of --help but runs it', () => {
    const root = parse('--help');
    expect(root.kind === 'help' && root.text).toContain('vps completion bash|zsh|fish');
    expect(root.kind === 'help' && root.text).not.toContain('__complete');
    expect(command('__complete servers').spec.hidden).toBe(true);
  });

  it('refuses --json together with --quiet', () => {
    expect(usageError('servers list --json --quiet').message).toBe('choose one of --json and --quiet');
  });
});

describe('Args', () => {
  it('reads whole numbers within bounds and names the option otherwise', () => {
    const args = command('domains register acme.com --years 11').args;
    expect(() => args.integer('years', { min: 1, max: 10 })).toThrow('--years must be a whole number from 1 to 10, not "11"');
    expect(() => command('servers reboot web-01 --wait --timeout 1.5').args.integer('timeout', { min: 1 })).toThrow(UsageError);
    expect(command('servers reboot web-01 --wait --timeout 90').args.integer('timeout', { min: 1 })).toBe(90);
  });

  it('reads a choice case-insensitively and refuses anything else', () => {
    expect(command('dns records search --type mx').args.choice('type', ['A', 'MX'] as const)).toBe('MX');
    expect(() => command('dns records search --type PTR').args.choice('type', ['A', 'MX'] as const)).toThrow('--type must be one of A, MX, not "PTR"');
  });

  it('reads a positional choice and names the argument otherwise', () => {
    expect(command('completion ZSH').args.argChoice(0, 'SHELL', ['bash', 'zsh'] as const)).toBe('zsh');
    expect(() => command('completion tcsh').args.argChoice(0, 'SHELL', ['bash', 'zsh'] as const)).toThrow('SHELL must be one of bash, zsh, not "tcsh"');
  });

  it('reads a pair of opposite flags as true, false or not given, and refuses both', () => {
    expect(command('servers update web-01 --backups').args.toggle('backups', 'no-backups')).toBe(true);
    expect(command('servers update web-01 --no-backups').args.toggle('backups', 'no-backups')).toBe(false);
    expect(command('servers update web-01 --name x').args.toggle('backups', 'no-backups')).toBeUndefined();
    expect(() => command('servers update web-01 --backups --no-backups').args.toggle('backups', 'no-backups')).toThrow(
      'choose one of --backups and --no-backups',
    );
  });

  it('collects a repeated option in order', () => {
    const args = command('domains update acme.com --nameserver ns1.a.com --nameserver ns2.a.com').args;
    expect(args.list('nameserver')).toEqual(['ns1.a.com', 'ns2.a.com']);
  });
});
