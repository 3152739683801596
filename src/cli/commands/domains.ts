// What vps domains … do (their words are in table/domains.ts): list, get, register, update,
// remove, transfer, and expiring (local calendar days, or the calendar export).
import { DOMAIN_STATUSES, type Domain, type DomainUpdated } from '@shared/api-types';
import { DomainListFilterSchema, DomainRegisterSchema, DomainTransferSchema, DomainUpdateSchema } from '@shared/api-inputs';
import { daysUntilExpiry } from '@shared/expiry';
import { formatUsd } from '@shared/format';
import { expiryCalendar, STDOUT_FILE, writeCalendar } from '../calendar';
import type { CommandRun } from '../command-spec';
import type { CliContext } from '../context';
import { DEFAULT_EXPIRING_WITHIN_DAYS } from '../defaults';
import { details } from '../output';
import { confirmOrCancel, mustAsk } from '../prompt';
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
  auth_code: '--auth-code',
};

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

export const RUNS = {
  async list(ctx, args) {
    const filter = checkInput(
      DomainListFilterSchema,
      definedOnly({ status: args.choice('status', DOMAIN_STATUSES), search: args.string('search') }),
      {},
    );
    const domains = await (await ctx.client()).domains.list(filter);
    return { json: domains, ids: domains.map((d) => d.id), text: listText(domains, new Date(ctx.now()), 'No domains.') };
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
      definedOnly({ auth_code: args.required('auth-code'), auto_renew: args.flag('no-auto-renew') ? false : undefined }),
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
    const now = new Date(ctx.now());
    const daysLeft = (d: Domain): number => daysUntilExpiry(d.expiration_date, now);
    const domains = (await (await ctx.client()).domains.list())
      .filter((d) => daysLeft(d) <= within)
      .sort((a, b) => daysLeft(a) - daysLeft(b) || a.domain_name.localeCompare(b.domain_name));
    const ids = domains.map((d) => d.id);
    if (ics) {
      writeCalendar(expiryCalendar(domains, ctx.store(), now), file ?? STDOUT_FILE, ctx.io.stdout);
      if (toStdout) return {};
      const count = `${domains.length} domain${domains.length === 1 ? '' : 's'}`;
      return { json: domains, ids, text: `Wrote the expiry dates of ${count} to ${file}.` };
    }
    const empty = `No domain expires within ${within} day${within === 1 ? '' : 's'}.`;
    return { json: domains, ids, text: listText(domains, now, empty) };
  },
} satisfies Record<string, CommandRun<CliContext>>;
