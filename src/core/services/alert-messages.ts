// What each alert says: the notification's sentence (the alert's message) and its second line.
// English, like the rest of the interface; the same words in the app, the tray and `vps watch`.
import type { DomainField, DomainFieldValue, SettledStatus, UsageMetric } from '@shared/alerts';
import { formatDay } from '@shared/format';
import { HYSTERESIS_POINTS } from './alert-usage-rules';

export interface Sentences {
  message: string;
  detail: string;
}

const pct = (n: number): string => `${Number.isInteger(n) ? n : n.toFixed(1)}%`;

export function usageSentences(server: string, metric: UsageMetric, value: number, threshold: number, cpuSamples: number): Sentences {
  const rearm = `It alerts again once it has been under ${pct(threshold - HYSTERESIS_POINTS)}.`;
  switch (metric) {
    case 'disk':
      return { message: `${server}'s disk is ${pct(value)} full`, detail: `The alert is set at ${pct(threshold)} of the plan's disk. ${rearm}` };
    case 'bandwidth':
      return {
        message: `${server} has used ${pct(value)} of this month's transfer`,
        detail: `The alert is set at ${pct(threshold)} of the plan's monthly transfer. ${rearm}`,
      };
    case 'memory':
      return { message: `${server}'s memory is ${pct(value)} used`, detail: `The alert is set at ${pct(threshold)} of the plan's memory. ${rearm}` };
    case 'cpu':
      return {
        message: `${server}'s CPU is at ${pct(value)}`,
        detail: `It has stayed at ${pct(threshold)} or more for ${cpuSamples} sample${cpuSamples === 1 ? '' : 's'} in a row. ${rearm}`,
      };
  }
}

const ELSEWHERE = 'VPS Tray did not ask for this: it was done on admin.vps.org, by another tool, or by VPS.org.';

export function serverStateSentences(server: string, from: SettledStatus, to: SettledStatus): Sentences {
  if (to === 'active') return { message: `${server} is running again`, detail: `It was ${from}. ${ELSEWHERE}` };
  if (to === 'suspended') return { message: `${server} was suspended`, detail: `It was ${from}. ${ELSEWHERE}` };
  return { message: `${server} stopped`, detail: `It was ${from}. ${ELSEWHERE}` };
}

function describe(field: DomainField, value: DomainFieldValue): string {
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  if (typeof value === 'boolean') return field === 'locked' ? (value ? 'locked' : 'unlocked') : value ? 'on' : 'off';
  return value;
}

const FIELD_LABEL: Record<DomainField, string> = {
  nameservers: 'nameservers',
  locked: 'transfer lock',
  status: 'status',
  auto_renew: 'auto-renew',
  privacy_protection: 'privacy protection',
};

export function domainChangeSentences(domain: string, field: DomainField, from: DomainFieldValue, to: DomainFieldValue): Sentences {
  const was = `It was ${describe(field, from)} when VPS Tray last looked; the change was made elsewhere.`;
  switch (field) {
    case 'nameservers':
      return { message: `${domain}'s nameservers changed to ${describe(field, to)}`, detail: was };
    case 'locked':
      return { message: `${domain} was ${to === true ? 'locked' : 'unlocked'}`, detail: was };
    case 'status':
      return { message: `${domain} is now ${describe(field, to)}`, detail: was };
    case 'auto_renew':
    case 'privacy_protection':
      return { message: `${FIELD_LABEL[field][0]?.toUpperCase()}${FIELD_LABEL[field].slice(1)} was turned ${describe(field, to)} for ${domain}`, detail: was };
  }
}

export function tokenExpirySentences(tokenName: string, days: number, expiresAt: string): Sentences {
  const detail = 'Create a new token at admin.vps.org/account/developers/ and paste it in Settings.';
  const name = `Your API token “${tokenName}”`;
  if (days <= 0) return { message: `${name} has expired`, detail: `It expired on ${formatDay(expiresAt.slice(0, 10))}. ${detail}` };
  return { message: `${name} expires in ${days} day${days === 1 ? '' : 's'}`, detail: `It expires on ${formatDay(expiresAt.slice(0, 10))}. ${detail}` };
}
