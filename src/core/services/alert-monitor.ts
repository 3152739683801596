// The alerts in the app: after each refresh the change and token alerts from what the refresh
// already fetched, on the timer's refreshes a usage round within its budget, details the window
// fetched counted as samples, the feed published as AppState.alerts, and what fires turned into
// notifications, once per cycle (a burst of them into one).
import type { ServerDetail } from '@shared/api-types';
import type { Alert } from '@shared/alerts';
import { alertSentences } from '@shared/alert-text';
import { m } from '@shared/i18n';
import type { AppNotification } from './app-notification';
import type { AlertService, TokenInfo } from './alerts';
import type { ApiGate } from './api-gate';
import type { StatePort } from './state-holder';

/** More alerts at once than this become one notification that opens the Activity view. */
export const MAX_ALERT_NOTIFICATIONS = 3;
/** That one notification names this many subjects, then counts the rest. */
const NAMED_SUBJECTS = 4;

export interface AlertMonitor {
  /** `usageRound`: the timer's refresh, whose cycle includes sampling usage (`roundMs` apart). */
  afterRefresh(opts: { usageRound: boolean; roundMs: number }): Promise<void>;
  /** The token's expiry steps need no refresh: at start, on wake, when the session changes. */
  checkToken(): void;
  recordDetails(details: ServerDetail[]): void;
  /** Shows the account's alerts. */
  publish(): void;
  snooze(alertId: string, days: 1 | 7): void;
  markHandled(alertId: string | null): void;
}

export interface AlertMonitorDeps {
  alerts: AlertService;
  /** The account's lists and token, and where its alerts show. */
  state: StatePort<'servers' | 'domains' | 'session' | 'alerts', 'alerts'>;
  gate: ApiGate;
  notify: (notification: AppNotification) => void;
}

/** A notification's words in the active language, made when it is shown. */
function notificationOf(alert: Alert): AppNotification {
  const { message: title, detail: body } = alertSentences(alert);
  switch (alert.kind) {
    case 'usage':
    case 'server_state':
      return { title, body, target: { view: 'servers', id: alert.serverId } };
    case 'domain_change':
      return { title, body, target: { view: 'domains', id: alert.domainId } };
    case 'token_expiry':
      return { title, body, target: { view: 'settings' } };
  }
}

export function notificationsFor(alerts: readonly Alert[]): AppNotification[] {
  if (alerts.length <= MAX_ALERT_NOTIFICATIONS) return alerts.map(notificationOf);
  const subjects = [...new Set(alerts.map((a) => a.subject))];
  const names = subjects.slice(0, NAMED_SUBJECTS).join(', ');
  const body = subjects.length > NAMED_SUBJECTS ? m.alert_many_body_more({ names, count: subjects.length - NAMED_SUBJECTS }) : m.alert_many_body({ names });
  return [{ title: m.alert_many_title({ count: alerts.length }), body, target: { view: 'activity' } }];
}

export function createAlertMonitor(deps: AlertMonitorDeps): AlertMonitor {
  const { alerts, state, gate } = deps;

  /** Only a change reaches the state: each change is a message to the window with the whole state. */
  function publish(): void {
    const views = alerts.views();
    if (JSON.stringify(views) !== JSON.stringify(state.get().alerts)) state.set({ alerts: views });
  }

  function announce(fired: Alert[]): void {
    publish();
    for (const notification of notificationsFor(fired)) deps.notify(notification);
  }

  function token(): TokenInfo | null {
    const { tokenName, expiresAt } = state.get().session;
    return tokenName === null ? null : { name: tokenName, expiresAt };
  }

  return {
    async afterRefresh({ usageRound, roundMs }) {
      const { servers, domains } = state.get();
      const fired = alerts.observe({
        servers: gate.allowed('servers.list') ? servers : null,
        domains: gate.allowed('domains.list') ? domains : null,
        token: token(),
      });
      if (usageRound && gate.allowed('servers.get') && servers.length > 0) {
        fired.push(...(await alerts.sampleUsage({ servers, roundMs, fetchDetail: (id) => gate.run('servers.get', (client) => client.servers.get(id)) })));
      }
      announce(fired);
    },
    checkToken() {
      announce(alerts.observe({ servers: null, domains: null, token: token() }));
    },
    recordDetails(details) {
      announce(alerts.recordDetails(details));
    },
    publish,
    snooze(alertId, days) {
      alerts.snooze(alertId, days);
      publish();
    },
    markHandled(alertId) {
      alerts.markHandled(alertId);
      publish();
    },
  };
}
