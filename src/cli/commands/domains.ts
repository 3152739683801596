// What vps domains … do (their words are in table/domains.ts): list, get, register, update,
// remove, transfer, and expiring (local calendar days, or the calendar export).
import { DOMAIN_STATUSES, type Domain, type DomainListFilter, type DomainUpdated } from '@shared/api-types';
import { DomainListFilterSchema, DomainRegisterSchema, DomainTransferSchema, DomainUpdateSchema } from '@shared/api-inputs';
import { daysUntilExpiry } from '@shared/expiry';
import { formatUsd } from '@shared/format';
import { fromEveryProfile, withProfileField, type FromProfile } from '../all-profiles';
import { expiryCalendar, STDOUT_FILE, writeCalendar } from '../calendar';
import type { Args } from '../command-args';
import type { CommandRun } from '../command-spec';
import type { CliContext } from '../context';
import { DEFAULT_EXPIRING_WITHIN_DAYS } from '../defaults';
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

const listText = (domains: readonly Domain[], now: Date, empty: string, profiles?: readonly string[]): string =>
  domains.length === 0 ? empty : domainsTable(domains, now, profiles);

/** The domains of the profile in use, or with --all-profiles of every profile, each with its profile's name. */
async function listDomains(ctx: CliContext, args: Args, filter?: DomainListFilter): Promise<{ merged: boolean; rows: FromProfile<Domain>[] }> {
  if (args.flag('all-profiles')) return { merged: true, rows: await fromEveryProfile(ctx, (client) => client.domains.list(filter)) };
  const domains = await (await ctx.client()).domains.list(filter);
  return { merged: false, rows: domains.map((item) => ({ profile: '', item })) };
}

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

export const RUNS = {
  async list(ctx, args) {
    const filter = checkInput(
      DomainListFilterSchema,
      definedOnly({ status: args.choice('status', DOMAIN_STATUSES), search: args.string('search') }),
      {},
    );
    const { merged, rows } = await listDomains(ctx, args, filter);
    const domains = rows.map((r) => r.item);
    const profiles = merged ? rows.map((r) => r.profile) : undefined;
    return { json: merged ? withProfileField(rows) : domains, ids: domains.map((d) => d.id), text: listText(domains, new Date(ctx.now()), 'No domains.', profiles) };
  },

  async get(ctx, args) {
    const client = await ctx.client();
    const domain = await client.domains.get((await resolveDomain(client, args.arg(0))).id);
    return { json: domain, ids: [domain.id], text: domainDetails(domain, new Date(ctx.now())) };
  },

  async register(ctx, args) {
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

  async update(ctx, args) {
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

  async remove(ctx, args) {
    const ask = mustAsk(ctx.io, args.flag('yes'), 'vps domains remove');
    const client = await ctx.client();
    const ref = await resolveDomain(client, args.arg(0));
    const name = ref.name ?? (ask ? (await client.domains.get(ref.id)).domain_name : `domain ${ref.id}`);
    if (ask) await confirmOrCancel(ctx.io, `Remove ${name} from your VPS.org account?`);
    await client.domains.remove(ref.id);
    return { ids: [ref.id], text: `Removed ${name} from the account.` };
  },

  async transfer(ctx, args) {
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

  async expiring(ctx, args) {
    const within = args.integer('within', { min: 0 }) ?? DEFAULT_EXPIRING_WITHIN_DAYS;
    const file = args.positionals[0];
    const ics = args.flag('ics');
    if (file !== undefined && !ics) throw new UsageError(`unexpected argument "${file}" (a FILE goes with --ics)`);
    const toStdout = ics && (file ?? STDOUT_FILE) === STDOUT_FILE;
    if (toStdout && ctx.mode !== 'text') throw new UsageError(`choose one of --ics and --${ctx.mode}, or give --ics a FILE`);
    // One calendar holds one account's domains: their ids are only unique within it.
    if (ics && args.flag('all-profiles')) throw new UsageError('choose one of --ics and --all-profiles');
    const now = new Date(ctx.now());
    const { merged, rows } = await listDomains(ctx, args);
    const dated = rows.map((row) => ({ row, domain: row.item, daysLeft: daysUntilExpiry(row.item.expiration_date, now) }));
    const expiring = dated
      .flatMap(({ row, daysLeft }) => (daysLeft !== null && daysLeft <= within ? [{ row, daysLeft }] : []))
      .sort((a, b) => a.daysLeft - b.daysLeft || a.row.item.domain_name.localeCompare(b.row.item.domain_name))
      .map(({ row }) => row);
    const domains = expiring.map((r) => r.item);
    const ids = domains.map((d) => d.id);
    if (ics) {
      writeCalendar(expiryCalendar(domains, ctx.store(), now), file ?? STDOUT_FILE, ctx.io.stdout);
      if (toStdout) return {};
      const count = `${domains.length} domain${domains.length === 1 ? '' : 's'}`;
      return { json: domains, ids, text: `Wrote the expiry dates of ${count} to ${file}.` };
    }
    const unknown = dated.filter((d) => d.daysLeft === null).map((d) => (merged ? `${d.domain.domain_name} (${d.row.profile})` : d.domain.domain_name));
    const empty = `No domain expires within ${within} day${within === 1 ? '' : 's'}.`;
    const note = unknown.length === 0 ? '' : `\n\nExpiry unknown (VPS.org sent no date): ${unknown.join(', ')}.`;
    const profiles = merged ? expiring.map((r) => r.profile) : undefined;
    return { json: merged ? withProfileField(expiring) : domains, ids, text: listText(domains, now, empty, profiles) + note };
  },
} satisfies Record<string, CommandRun<CliContext>>;
