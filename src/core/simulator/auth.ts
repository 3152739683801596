// Bearer tokens of the simulated account: who may call, with which permissions, until when.
import { ApiFailure } from './failures';

export interface SimToken {
  token: string;
  name: string;
  permissions: string[];
  createdAt: number;
  expiresAt: number | null;
  lastUsedAt: number | null;
}

export interface TokenSpec {
  name?: string;
  permissions: string[];
  /** ISO 8601, or null for a token that never expires. */
  expiresAt?: string | null;
}

export const TOKEN_PREFIX = 'vps_';

/** The tokens every simulator accepts; fixed so the demo can print them once and for all. */
export const DEMO_TOKENS = {
  full: { token: 'vps_demo_full_access_4f2c9a7e1b', name: 'Demo full access', permissions: ['*:*'] },
  readOnly: { token: 'vps_demo_read_only_8d3e5b0c6a', name: 'Demo read-only', permissions: ['servers:list', 'domains:list', 'dns:list'] },
  expired: { token: 'vps_demo_expired_2a7f4c9d1e', name: 'Demo expired', permissions: ['*:*'] },
  power: { token: 'vps_demo_power_6b1d8e3f5c', name: 'Demo power', permissions: ['servers:list', 'servers:power'] },
} as const;

export class TokenRegistry {
  private tokens = new Map<string, SimToken>();

  add(token: string, spec: TokenSpec, now: number): void {
    if (!token.startsWith(TOKEN_PREFIX)) throw new Error(`Simulator tokens start with ${TOKEN_PREFIX}.`);
    const expiresAt = spec.expiresAt ? Date.parse(spec.expiresAt) : null;
    if (Number.isNaN(expiresAt)) throw new Error('expiresAt must be an ISO 8601 date-time.');
    this.tokens.set(token, {
      token,
      name: spec.name ?? 'API token',
      permissions: [...spec.permissions],
      createdAt: now,
      expiresAt,
      lastUsedAt: null,
    });
  }

  /** A new expiry (ISO 8601, or null for none) for a token this registry holds. */
  setExpiry(token: string, expiresAt: string | null): void {
    const entry = this.tokens.get(token);
    if (!entry) throw new Error('The simulator holds no such token.');
    const ms = expiresAt === null ? null : Date.parse(expiresAt);
    if (Number.isNaN(ms)) throw new Error('expiresAt must be an ISO 8601 date-time.');
    entry.expiresAt = ms;
  }

  revoke(token: string): void {
    this.tokens.delete(token);
  }

  /** The token an Authorization header carries, marked as used; a 401 failure otherwise. */
  authenticate(header: string | undefined, now: number): SimToken {
    if (!header) throw unauthorized('Authentication credentials were not provided.');
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const presented = match?.[1];
    if (!presented || !presented.startsWith(TOKEN_PREFIX)) throw unauthorized('Invalid API token');
    const token = this.tokens.get(presented);
    if (!token) throw unauthorized('Invalid API token');
    if (token.expiresAt !== null && token.expiresAt <= now) throw unauthorized('Token has expired');
    token.lastUsedAt = now;
    return token;
  }
}

function unauthorized(detail: string): ApiFailure {
  return new ApiFailure(401, { detail }, { 'WWW-Authenticate': 'Bearer realm="api"' });
}
