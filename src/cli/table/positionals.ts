// The positional arguments several commands share, with what completion offers for them.
import type { PositionalSpec } from '../command-spec';

/** A server id or name. */
export const SERVER: PositionalSpec = { name: 'SERVER', values: { names: 'servers' } };
/** A domain id or domain name. */
export const DOMAIN: PositionalSpec = { name: 'DOMAIN', values: { names: 'domains' } };
/** A zone uuid or the domain name of the zone. */
export const ZONE: PositionalSpec = { name: 'ZONE', values: { names: 'zones' } };
/** A DNS record's uuid. */
export const RECORD: PositionalSpec = { name: 'RECORD' };
