// SERVER, DOMAIN and ZONE arguments name things the way people do: a server by id or name, a
// domain by id or domain name, a zone by uuid or domain. These turn them into the ids the API takes.
import * as v from 'valibot';
import { DomainNameSchema, UuidSchema } from '@shared/api-inputs';
import { VpsError, appError } from '@shared/errors';
import type { VpsClient } from '../core/api/client-types';
import { UsageError } from './usage-error';

const ID = /^\d+$/;

function notFound(message: string): VpsError {
  return new VpsError(appError('not_found', message));
}

function ambiguous(what: string, ref: string, ids: Array<string | number>): VpsError {
  return new VpsError(appError('invalid_input', `${ids.length} ${what} are named "${ref}"; give the id instead (${ids.join(', ')}).`));
}

/** A server id as typed, or the id of the one server with that name. */
export async function resolveServer(client: VpsClient, ref: string): Promise<{ id: number; name?: string }> {
  const text = ref.trim();
  if (ID.test(text)) return { id: Number(text) };
  const servers = await client.servers.list();
  let matches = servers.filter((s) => s.name === text);
  if (matches.length === 0) matches = servers.filter((s) => s.name.toLowerCase() === text.toLowerCase());
  const [only] = matches;
  if (only === undefined) throw notFound(`No server is named "${text}". \`vps servers list\` shows them all.`);
  if (matches.length > 1) throw ambiguous('servers', text, matches.map((s) => s.id));
  return { id: only.id, name: only.name };
}

/** A domain id as typed, or the id of the domain with that name in the account. */
export async function resolveDomain(client: VpsClient, ref: string): Promise<{ id: number; name?: string }> {
  const text = ref.trim();
  if (ID.test(text)) return { id: Number(text) };
  const name = domainName(text, 'DOMAIN');
  const found = (await client.domains.list({ search: name })).find((d) => d.domain_name.toLowerCase() === name);
  if (!found) throw notFound(`${name} is not in this account. \`vps domains list\` shows the domains it has.`);
  return { id: found.id, name: found.domain_name };
}

/** A zone uuid as typed, or the uuid of the zone of that domain. Domains have a dot; uuids never do. */
export async function resolveZone(client: VpsClient, ref: string): Promise<{ uuid: string; domain?: string }> {
  const text = ref.trim();
  if (!text.includes('.')) return { uuid: recordUuid(text, 'ZONE') };
  const domain = domainName(text, 'ZONE');
  const found = (await client.dns.zones.list({ domain })).find((z) => z.domain.toLowerCase() === domain);
  if (!found) throw notFound(`There is no DNS zone for ${domain}. \`vps dns zones create ${domain}\` makes one.`);
  return { uuid: found.uuid, domain: found.domain };
}

/** A uuid as typed, checked so that it cannot turn into another path. */
export function recordUuid(ref: string, what: string): string {
  const parsed = v.safeParse(UuidSchema, ref.trim());
  if (!parsed.success) throw new UsageError(`${what} must be a uuid like 3f2a9c1e-…, not "${ref}"`);
  return parsed.output;
}

/** A domain name, lower-cased; a usage error names the argument when it is not one. */
export function domainName(text: string, what: string): string {
  const parsed = v.safeParse(DomainNameSchema, text);
  if (!parsed.success) throw new UsageError(`${what}: ${parsed.issues[0].message}`);
  return parsed.output;
}
