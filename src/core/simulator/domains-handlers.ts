// /api/v1/domains/: list, register, get, update settings, remove from the account, transfer in.
import { objectBody, optionalBool, optionalHostList, optionalInt, requiredDomainName, requiredText, type Body } from './body-fields';
import { tldPrice } from './catalog';
import { invalid, notFound, paymentRequired } from './failures';
import type { Handler, HandlerContext } from './handler-types';
import { listBody } from './paginate';
import { jsonResponse } from './respond';
import { addYears, DAY_MS, VPS_NAMESERVERS, type SimDomain } from './state';
import { domainDetailView, domainView, isoTime } from './views';

const TRANSFER_MIN_AGE_DAYS = 60;
const TRANSFER_DAYS = 7;

export const listDomains: Handler = (ctx) => {
  const status = ctx.url.searchParams.get('status');
  const search = ctx.url.searchParams.get('search')?.trim().toLowerCase() ?? '';
  const domains = [...ctx.state.domains.values()]
    .filter((d) => (status === null || d.status === status) && d.domain_name.includes(search))
    .map(domainView);
  return jsonResponse(200, listBody(domains, ctx.pageSize, ctx.url));
};

export const registerDomain: Handler = (ctx) => {
  const body = objectBody(ctx.body);
  const name = requiredDomainName(body, 'domain_name');
  const years = optionalInt(body, 'years') ?? 1;
  if (years < 1 || years > 10) throw invalid('A domain can be registered for 1 to 10 years.', 'years');
  const autoRenew = optionalBool(body, 'auto_renew') ?? true;
  const privacy = optionalBool(body, 'privacy_protection') ?? true;
  const nameservers = nameserversField(body) ?? [...VPS_NAMESERVERS];
  if ([...ctx.state.domains.values()].some((d) => d.domain_name === name)) throw invalid(`${name} is already registered.`, 'domain_name');
  const totalCost = Math.round(years * tldPrice(name).registration * 100) / 100;
  if (!ctx.state.charge(totalCost)) throw paymentRequired();
  const domain = ctx.state.addDomain({
    id: ctx.state.newDomainId(),
    domain_name: name,
    status: 'pending',
    registeredAt: ctx.now,
    expiresAt: addYears(ctx.now, years),
    updatedAt: ctx.now,
    auto_renew: autoRenew,
    locked: true,
    nameservers,
    privacy_protection: privacy,
    pendingUntil: ctx.now + ctx.state.timings.domainPendingMs,
    transfer: null,
  });
  return jsonResponse(201, {
    ...domainView(domain),
    total_cost: totalCost,
    message: 'Domain registration initiated. Processing may take 5-10 minutes.',
  });
};

export const getDomain: Handler = (ctx) => {
  const domain = domainOf(ctx);
  const zone = ctx.state.findZoneByDomain(domain.domain_name);
  const records = zone ? ctx.state.zoneRecords(zone.uuid).length : 0;
  const { first_name, last_name } = ctx.state.account;
  const owner = [first_name, last_name].filter(Boolean).join(' ') || ctx.state.account.email;
  return jsonResponse(200, domainDetailView(domain, ctx.now, records, owner));
};

export const updateDomain: Handler = (ctx) => {
  const domain = domainOf(ctx);
  const body = objectBody(ctx.body);
  const autoRenew = optionalBool(body, 'auto_renew');
  const privacy = optionalBool(body, 'privacy_protection');
  const locked = optionalBool(body, 'locked');
  const nameservers = nameserversField(body);
  if (autoRenew !== undefined) domain.auto_renew = autoRenew;
  if (privacy !== undefined) domain.privacy_protection = privacy;
  if (locked !== undefined) domain.locked = locked;
  if (nameservers !== undefined) domain.nameservers = nameservers;
  domain.updatedAt = ctx.now;
  return jsonResponse(200, {
    id: domain.id,
    domain_name: domain.domain_name,
    status: domain.status,
    auto_renew: domain.auto_renew,
    nameservers: [...domain.nameservers],
    privacy_protection: domain.privacy_protection,
    locked: domain.locked,
    message: 'Domain settings updated successfully. Nameserver changes may take up to 24 hours to propagate.',
  });
};

export const removeDomain: Handler = (ctx) => {
  ctx.state.domains.delete(domainOf(ctx).id);
  return jsonResponse(204);
};

export const transferDomain: Handler = (ctx) => {
  const domain = domainOf(ctx);
  const body = objectBody(ctx.body);
  requiredText(body, 'auth_code');
  const autoRenew = optionalBool(body, 'auto_renew') ?? true;
  if (domain.transfer) throw invalid('A transfer of this domain is already in progress.');
  if (ctx.now - domain.registeredAt < TRANSFER_MIN_AGE_DAYS * DAY_MS) {
    throw invalid(`This domain cannot be transferred yet: it must be at least ${TRANSFER_MIN_AGE_DAYS} days old.`);
  }
  if (!ctx.state.charge(tldPrice(domain.domain_name).transfer)) throw paymentRequired();
  const completesAt = ctx.now + TRANSFER_DAYS * DAY_MS;
  domain.transfer = { initiatedAt: ctx.now, completesAt };
  domain.auto_renew = autoRenew;
  domain.updatedAt = ctx.now;
  return jsonResponse(200, {
    id: domain.id,
    domain_name: domain.domain_name,
    transfer_status: 'pending',
    transfer_initiated_at: isoTime(ctx.now),
    estimated_completion: isoTime(completesAt),
    message:
      'Domain transfer initiated. You should receive a confirmation email from your current registrar. Transfer typically completes within 5-7 days.',
    next_steps: [
      'Check email for transfer authorization request',
      'Approve transfer with current registrar',
      'Wait for transfer to complete (5-7 days)',
      'Domain will be automatically renewed for 1 year upon completion',
    ],
  });
};

function nameserversField(body: Body): string[] | undefined {
  const nameservers = optionalHostList(body, 'nameservers');
  if (nameservers !== undefined && (nameservers.length < 2 || nameservers.length > 4)) {
    throw invalid('Give 2 to 4 nameservers.', 'nameservers');
  }
  return nameservers;
}

function domainOf(ctx: HandlerContext): SimDomain {
  const domain = ctx.params.id === undefined ? undefined : ctx.state.domains.get(ctx.params.id);
  if (!domain) throw notFound();
  return domain;
}
