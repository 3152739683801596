// vps domains …: list, get, register, update, remove, transfer, and expiring (local calendar days).
import type { Domain, DomainUpdated } from '@shared/api-types';
import { DomainListFilterSchema, DomainRegisterSchema, DomainTransferSchema, DomainUpdateSchema } from '@shared/api-inputs';
import { daysUntilExpiry } from '@shared/expiry';
import { formatUsd } from '@shared/format';
import type { Args } from '../command-args';
import type { CommandSpec } from '../command-spec';
import type { CliContext } from '../context';
import { details } from '../output';
import { confirmOrCancel, mustAsk, readHidden, readLine } from '../prompt';
import { resolveDomain } from '../resolve';
import { domainDetails, domainsTable } from '../text-views';
import { UsageError } from '../usage-error';
import { checkInput, definedOnly, requireSome } from '../validate';

const DOMAIN_OPTIONS = {
  domain_name: 'NAME',
  years: '--years',
  nameservers: '--nameserver',
  auto_renew: '--auto-renew',
  privacy_protection: '--privacy',
  locked: '--lock',
  auth_code: 'auth code',
};

export const AUTH_CODE_ARGUMENT_WARNING =
  'warning: --auth-code leaves the code in the process list and your shell history; use --auth-code-stdin, or the prompt, instead.';

/**
 * The transfer auth code, kept off the command line: from the first line of stdin with
 * --auth-code-stdin, else typed at a hidden prompt. --auth-code still works, with a warning.
 */
async function readAuthCode(ctx: CliContext, args: Args): Promise<string> {
  const given = args.string('auth-code');
  if (given !== undefined && args.flag('auth-code-stdin')) throw new UsageError('choose one of --auth-code and --auth-code-stdin');
  if (given !== undefined) {
    ctx.io.stderr.write(`${AUTH_CODE_ARGUMENT_WARNING}\n`);
    return given;
  }
  if (args.flag('auth-code-stdin')) return (await readLine(ctx.io.stdin)).trim();
  if (ctx.io.stdin.isTTY !== true) throw new UsageError('vps domains transfer needs --auth-code-stdin when not run from a terminal');
  return (await readHidden(ctx.io, 'Auth code from the current registrar (it is not shown): ')).trim();
}

export const DEFAULT_EXPIRING_WITHIN_DAYS = 30;

const listText = (domains: readonly Domain[], now: Date, empty: string): string =>
  domains.length === 0 ? empty : domainsTable(domains, now);

function updatedText(d: DomainUpdated): string {
  const yesNo = (value: boolean | undefined): string | undefined => (value === undefined ? undefined : value ? 'yes' : 'no');
  const fields = details([
    ['Name', d.domain_name],
    ['Status', d.status],
    ['Auto-renew', yesNo(d.auto_renew)],
    ['Privacy', yesNo(d.privacy_protection)],
    ['Locked', yesNo(d.locked)],
    ['Nameservers', d.nameservers?.join(', ')],
  ]);
  return [d.message, fields].filter(Boolean).join('\n\n');
}

export const DOMAIN_COMMANDS: CommandSpec[] = [
  {
    path: ['domains', 'list'],
    usage: '[--status S] [--search Q]',
    summary: 'List the domains, optionally only those with a status (active, pending, expired, locked) or whose name contains Q.',
    options: { status: { type: 'string' }, search: { type: 'string' } },
    async run(ctx, args) {
      const filter = checkInput(
        DomainListFilterSchema,
        definedOnly({ status: args.choice('status', ['active', 'pending', 'expired', 'locked'] as const), search: args.string('search') }),
        {},
      );
      const domains = await (await ctx.client()).domains.list(filter);
      return { json: domains, ids: domains.map((d) => d.id), text: listText(domains, new Date(ctx.now()), 'No domains.') };
    },
  },
  {
    path: ['domains', 'get'],
    usage: 'DOMAIN',
    summary: 'Show a domain: expiry, renewal, privacy, lock and nameservers. DOMAIN is an id or a domain name.',
    positionals: ['DOMAIN'],
    async run(ctx, args) {
      const client = await ctx.client();
      const domain = await client.domains.get((await resolveDomain(client, args.arg(0))).id);
      return { json: domain, ids: [domain.id], text: domainDetails(domain, new Date(ctx.now())) };
    },
  },
  {
    path: ['domains', 'register'],
    usage: 'NAME [--years N] [--no-auto-renew] [--no-privacy] [--nameserver NS]...',
    summary: 'Register a domain for 1 to 10 years, with 2 to 4 nameservers if you give any; the cost is charged to the account.',
    positionals: ['NAME'],
    options: {
      years: { type: 'string' },
      'no-auto-renew': { type: 'boolean' },
      'no-privacy': { type: 'boolean' },
      nameserver: { type: 'string', multiple: true },
    },
    async run(ctx, args) {
      const nameservers = args.list('nameserver');
      const input = checkInput(
        DomainRegisterSchema,
        definedOnly({
          domain_name: args.arg(0),
          years: args.integer('years', { min: 1, max: 10 }),
          auto_renew: args.flag('no-auto-renew') ? false : undefined,
          privacy_protection: args.flag('no-privacy') ? false : undefined,
          nameservers: nameservers.length === 0 ? undefined : nameservers,
        }),
        DOMAIN_OPTIONS,
      );
      const domain = await (await ctx.client()).domains.register(input);
      const cost = domain.total_cost === undefined ? undefined : `Charged ${formatUsd(domain.total_cost)}.`;
      return { json: domain, ids: [domain.id], text: [domain.message, cost, domainDetails(domain, new Date(ctx.now()))].filter(Boolean).join('\n\n') };
    },
  },
  {
    path: ['domains', 'update'],
    usage: 'DOMAIN [--auto-renew | --no-auto-renew] [--privacy | --no-privacy] [--lock | --unlock] [--nameserver NS]...',
    summary: 'Change a domain’s settings; nameservers, when given, replace the current ones (2 to 4).',
    positionals: ['DOMAIN'],
    options: {
      'auto-renew': { type: 'boolean' },
      'no-auto-renew': { type: 'boolean' },
      privacy: { type: 'boolean' },
      'no-privacy': { type: 'boolean' },
      lock: { type: 'boolean' },
      unlock: { type: 'boolean' },
      nameserver: { type: 'string', multiple: true },
    },
    async run(ctx, args) {
      const nameservers = args.list('nameserver');
      const changes = definedOnly({
        auto_renew: args.toggle('auto-renew', 'no-auto-renew'),
        privacy_protection: args.toggle('privacy', 'no-privacy'),
        locked: args.toggle('lock', 'unlock'),
        nameservers: nameservers.length === 0 ? undefined : nameservers,
      });
      requireSome(changes, '--auto-renew, --no-auto-renew, --privacy, --no-privacy, --lock, --unlock, --nameserver');
      const input = checkInput(DomainUpdateSchema, changes, DOMAIN_OPTIONS);
      const client = await ctx.client();
      const updated = await client.domains.update((await resolveDomain(client, args.arg(0))).id, input);
      return { json: updated, ids: [updated.id], text: updatedText(updated) };
    },
  },
  {
    path: ['domains', 'remove'],
    usage: 'DOMAIN [--yes]',
    summary: 'Remove a domain from the account (asks first; --yes without a terminal).',
    positionals: ['DOMAIN'],
    options: { yes: { type: 'boolean' } },
    async run(ctx, args) {
      const ask = mustAsk(ctx.io, args.flag('yes'), 'vps domains remove');
      const client = await ctx.client();
      const ref = await resolveDomain(client, args.arg(0));
      const name = ref.name ?? (ask ? (await client.domains.get(ref.id)).domain_name : `domain ${ref.id}`);
      if (ask) await confirmOrCancel(ctx.io, `Remove ${name} from your VPS.org account?`);
      await client.domains.remove(ref.id);
      return { ids: [ref.id], text: `Removed ${name} from the account.` };
    },
  },
  {
    path: ['domains', 'transfer'],
    usage: 'DOMAIN [--auth-code-stdin] [--no-auto-renew]',
    summary:
      'Start transferring a domain in, with the auth code from its current registrar: typed at a hidden prompt, or read from the first line of stdin with --auth-code-stdin.',
    positionals: ['DOMAIN'],
    options: { 'auth-code-stdin': { type: 'boolean' }, 'auth-code': { type: 'string' }, 'no-auto-renew': { type: 'boolean' } },
    async run(ctx, args) {
      const input = checkInput(
        DomainTransferSchema,
        definedOnly({ auth_code: await readAuthCode(ctx, args), auto_renew: args.flag('no-auto-renew') ? false : undefined }),
        DOMAIN_OPTIONS,
      );
      const client = await ctx.client();
      const started = await client.domains.transfer((await resolveDomain(client, args.arg(0))).id, input);
      const fields = details([
        ['Domain', started.domain_name],
        ['Transfer', started.transfer_status],
        ['Expected by', started.estimated_completion],
      ]);
      const steps = started.next_steps?.map((step) => `  - ${step}`).join('\n');
      return { json: started, ids: [started.id], text: [started.message, fields, steps && `Next steps:\n${steps}`].filter(Boolean).join('\n\n') };
    },
  },
  {
    path: ['domains', 'expiring'],
    usage: '[--within DAYS]',
    summary:
      `The domains that expire within DAYS local calendar days (default ${DEFAULT_EXPIRING_WITHIN_DAYS}) or already have, soonest first; ` +
      'the text names those whose expiry VPS.org did not send as a date.',
    options: { within: { type: 'string' } },
    async run(ctx, args) {
      const within = args.integer('within', { min: 0 }) ?? DEFAULT_EXPIRING_WITHIN_DAYS;
      const now = new Date(ctx.now());
      const dated = (await (await ctx.client()).domains.list()).map((domain) => ({ domain, daysLeft: daysUntilExpiry(domain.expiration_date, now) }));
      const domains = dated
        .flatMap(({ domain, daysLeft }) => (daysLeft !== null && daysLeft <= within ? [{ domain, daysLeft }] : []))
        .sort((a, b) => a.daysLeft - b.daysLeft || a.domain.domain_name.localeCompare(b.domain.domain_name))
        .map(({ domain }) => domain);
      const unknown = dated.filter((d) => d.daysLeft === null).map((d) => d.domain.domain_name);
      const empty = `No domain expires within ${within} day${within === 1 ? '' : 's'}.`;
      const note = unknown.length === 0 ? '' : `\n\nExpiry unknown (VPS.org sent no date): ${unknown.join(', ')}.`;
      return { json: domains, ids: domains.map((d) => d.id), text: listText(domains, now, empty) + note };
    },
  },
];
