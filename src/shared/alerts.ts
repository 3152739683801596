// Alerts beyond domain expiry (issue #15), as every surface sees them: the app state, the
// Activity view, the tray and `vps watch`. Four kinds, each fired once per crossing or change:
// resource usage over a threshold, a server whose state changed without this app asking, a
// domain setting changed elsewhere, and an API token close to its expiry.
import type { DomainStatus } from './api-types';

export const ALERT_KINDS = ['usage', 'server_state', 'domain_change', 'token_expiry'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const USAGE_METRICS = ['disk', 'bandwidth', 'memory', 'cpu'] as const;
export type UsageMetric = (typeof USAGE_METRICS)[number];

/** A usage alert re-arms once the value is this many points under its threshold. */
export const HYSTERESIS_POINTS = 5;

/** The domain settings someone may change elsewhere (on admin.vps.org, at the registry). */
export const DOMAIN_FIELDS = ['nameservers', 'locked', 'status', 'auto_renew', 'privacy_protection'] as const;
export type DomainField = (typeof DOMAIN_FIELDS)[number];
export type DomainFieldValue = string[] | boolean | DomainStatus;

/** The states a server rests in; starting, stopping, rebooting and provisioning are on the way. */
export type SettledStatus = 'active' | 'stopped' | 'suspended';

/** Where the token that is about to expire can be replaced. */
export const TOKEN_PAGE_URL = 'https://admin.vps.org/account/developers/';

interface AlertBase {
  id: string;
  /** ISO time it fired. */
  at: string;
  /** The server or domain name; the token's name for token_expiry. */
  subject: string;
}

export interface UsageAlert extends AlertBase {
  kind: 'usage';
  serverId: number;
  metric: UsageMetric;
  /** Percent of the plan (of one CPU's time for cpu), one decimal. */
  value: number;
  threshold: number;
  /** How many samples in a row reached the threshold: the CPU rule's count, 1 for the others. */
  samples: number;
}

export interface ServerStateAlert extends AlertBase {
  kind: 'server_state';
  serverId: number;
  from: SettledStatus;
  to: SettledStatus;
}

export interface DomainChangeAlert extends AlertBase {
  kind: 'domain_change';
  domainId: number;
  field: DomainField;
  from: DomainFieldValue;
  to: DomainFieldValue;
}

export interface TokenExpiryAlert extends AlertBase {
  kind: 'token_expiry';
  /** Whole days left, rounded up; 0 or less once expired. */
  days: number;
  expiresAt: string;
}

export type Alert = UsageAlert | ServerStateAlert | DomainChangeAlert | TokenExpiryAlert;

/** What a snooze silences: one metric of one server, one server, one domain, the token. */
export function alertSubjectKey(alert: Alert): string {
  switch (alert.kind) {
    case 'usage':
      return `usage:${alert.serverId}:${alert.metric}`;
    case 'server_state':
      return `server:${alert.serverId}`;
    case 'domain_change':
      return `domain:${alert.domainId}`;
    case 'token_expiry':
      return 'token';
  }
}

/** open: counted in the tray and the sidebar; snoozed and handled: shown, not counted. */
export type AlertState = 'open' | 'snoozed' | 'handled';

export type AlertView = Alert & { state: AlertState; snoozedUntil: string | null };
