// What each alert says, in the active language: the sentence a notification, the tray, the
// Activity view and `vps watch` show (its message), and its second line (its detail). Made from
// the alert's fields when shown, never stored, so an alert reads in the language of the moment;
// the CLI never sets a language, so `vps watch` prints English.
import { HYSTERESIS_POINTS, type Alert, type DomainChangeAlert, type DomainFieldValue, type ServerStateAlert, type TokenExpiryAlert, type UsageAlert } from './alerts';
import { domainStatusWord, formatDay, formatPercent, serverStatusWord } from './format';
import { m } from './i18n';

export interface AlertSentences {
  message: string;
  detail: string;
}

/** Usage values carry one decimal: 94.5 → "94.5%". */
const percent = (value: number): string => formatPercent(value, 1);

function usageSentences({ subject: server, metric, value, threshold, samples }: UsageAlert): AlertSentences {
  const rearm = m.alert_usage_rearm({ percent: percent(threshold - HYSTERESIS_POINTS) });
  const at = { threshold: percent(threshold) };
  const said = { server, value: percent(value) };
  switch (metric) {
    case 'disk':
      return { message: m.alert_usage_disk(said), detail: `${m.alert_usage_disk_detail(at)} ${rearm}` };
    case 'bandwidth':
      return { message: m.alert_usage_bandwidth(said), detail: `${m.alert_usage_bandwidth_detail(at)} ${rearm}` };
    case 'memory':
      return { message: m.alert_usage_memory(said), detail: `${m.alert_usage_memory_detail(at)} ${rearm}` };
    case 'cpu':
      return { message: m.alert_usage_cpu(said), detail: `${m.alert_usage_cpu_detail({ ...at, samples })} ${rearm}` };
  }
}

function serverStateSentences({ subject: server, from, to }: ServerStateAlert): AlertSentences {
  const message = { active: m.alert_server_running, stopped: m.alert_server_stopped, suspended: m.alert_server_suspended }[to]({ server });
  return { message, detail: m.alert_server_detail({ status: serverStatusWord(from) }) };
}

function describe(alert: DomainChangeAlert, value: DomainFieldValue): string {
  if (Array.isArray(value)) return value.length === 0 ? m.alert_value_none() : value.join(', ');
  if (typeof value === 'boolean') {
    if (alert.field === 'locked') return value ? m.alert_value_locked() : m.alert_value_unlocked();
    return value ? m.alert_value_on() : m.alert_value_off();
  }
  return domainStatusWord(value);
}

function domainChangeSentences(alert: DomainChangeAlert): AlertSentences {
  const { subject: domain, field, to } = alert;
  const detail = m.alert_domain_detail({ value: describe(alert, alert.from) });
  switch (field) {
    case 'nameservers':
      return { message: m.alert_domain_nameservers({ domain, nameservers: describe(alert, to) }), detail };
    case 'locked':
      return { message: to === true ? m.alert_domain_locked({ domain }) : m.alert_domain_unlocked({ domain }), detail };
    case 'status':
      return { message: m.alert_domain_status({ domain, status: describe(alert, to) }), detail };
    case 'auto_renew':
      return { message: to === true ? m.alert_domain_auto_renew_on({ domain }) : m.alert_domain_auto_renew_off({ domain }), detail };
    case 'privacy_protection':
      return { message: to === true ? m.alert_domain_privacy_on({ domain }) : m.alert_domain_privacy_off({ domain }), detail };
  }
}

function tokenExpirySentences({ subject: name, days, expiresAt }: TokenExpiryAlert): AlertSentences {
  const day = formatDay(expiresAt.slice(0, 10));
  if (days <= 0) return { message: m.alert_token_expired({ name }), detail: m.alert_token_expired_detail({ day }) };
  return { message: m.alert_token_expires({ name, days }), detail: m.alert_token_expires_detail({ day }) };
}

export function alertSentences(alert: Alert): AlertSentences {
  switch (alert.kind) {
    case 'usage':
      return usageSentences(alert);
    case 'server_state':
      return serverStateSentences(alert);
    case 'domain_change':
      return domainChangeSentences(alert);
    case 'token_expiry':
      return tokenExpirySentences(alert);
  }
}
