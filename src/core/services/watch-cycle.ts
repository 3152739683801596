// One cycle of every alert check, headless, for `vps watch`: the expiry reminders and the alerts
// beyond expiry, with the app's rules, settings and ledgers (the same Store), over a client of
// its own. What fires comes back as lines, one per alert; a domain in a grouped reminder gets
// its own line. Checks the token may not make are skipped, not failed.
import type { Domain } from '@shared/api-types';
import { isDated } from '@shared/app-state';
import type { Alert, DomainField, DomainFieldValue, SettledStatus, UsageMetric } from '@shared/alerts';
import { alertSentences } from '@shared/alert-text';
import type { OperationId } from '@shared/operations';
import { canPerform } from '@shared/permissions';
import { noticeText, type ReminderNotice } from '@shared/reminders';
import type { Settings } from '@shared/settings';
import type { VpsClient } from '../api/client-types';
import type { Store } from '../store/store';
import { createAlertService, type AlertAccount } from './alerts';
import { createReminderService } from './reminders';

interface LineBase {
  subject: string;
  message: string;
  at: string;
}

/** One alert as `vps watch --json` prints it. */
export type WatchLine =
  | (LineBase & { kind: 'expiry'; days: number })
  | (LineBase & { kind: 'usage'; metric: UsageMetric; value: number; threshold: number })
  | (LineBase & { kind: 'server_state'; from: SettledStatus; to: SettledStatus })
  | (LineBase & { kind: 'domain_change'; field: DomainField; from: DomainFieldValue; to: DomainFieldValue })
  | (LineBase & { kind: 'token_expiry'; days: number });

export interface WatchCycleDeps {
  client: VpsClient;
  store: Store;
  account: AlertAccount;
  settings: Settings;
  now: () => Date;
  /** The time between cycles, for pacing the usage round. */
  roundMs: number;
}

export async function runWatchCycle(deps: WatchCycleDeps): Promise<WatchLine[]> {
  const { client, account, settings } = deps;
  const me = await client.account.me();
  const can = (operation: OperationId): boolean => canPerform(me.token.permissions, operation).allowed !== false;
  const servers = can('servers.list') ? await client.servers.list() : null;
  const domains = can('domains.list') ? await client.domains.list() : null;

  const expiry = domains === null ? [] : expiryLines(deps, domains);
  const alerts = createAlertService({ store: deps.store, account: () => account, settings: () => settings, now: deps.now });
  const fired = alerts.observe({ servers, domains, token: { name: me.token.name, expiresAt: me.token.expires_at ?? null } });
  if (servers !== null && can('servers.get')) {
    fired.push(...(await alerts.sampleUsage({ servers, roundMs: deps.roundMs, fetchDetail: (id) => client.servers.get(id) })));
  }
  return [...expiry, ...fired.map(alertLine)];
}

function expiryLines(deps: WatchCycleDeps, domains: Domain[]): WatchLine[] {
  const notices: ReminderNotice[] = [];
  const reminders = createReminderService({
    store: deps.store,
    profileId: () => deps.account.profileId,
    settings: () => deps.settings,
    notify: (notice) => notices.push(notice),
    now: deps.now,
  });
  const views = new Map(reminders.check(domains).map((view) => [view.domainId, view]));
  const at = deps.now().toISOString();
  return notices.flatMap((notice) =>
    notice.domainIds.flatMap((id): WatchLine[] => {
      const domain = domains.find((d) => d.id === id);
      const view = views.get(id);
      // A domain whose expiry is unknown is never notified, so a notice's domains all have a date.
      if (!domain || !view || !isDated(view)) return [];
      const { title } = noticeText(notice.kind, notice.threshold, [{ domain, daysLeft: view.daysLeft, expiresOn: view.expiresOn }]);
      return [{ kind: 'expiry', subject: domain.domain_name, message: title, at, days: view.daysLeft }];
    }),
  );
}

function alertLine(alert: Alert): WatchLine {
  const { subject, at } = alert;
  const { message } = alertSentences(alert);
  switch (alert.kind) {
    case 'usage':
      return { kind: 'usage', subject, message, at, metric: alert.metric, value: alert.value, threshold: alert.threshold };
    case 'server_state':
      return { kind: 'server_state', subject, message, at, from: alert.from, to: alert.to };
    case 'domain_change':
      return { kind: 'domain_change', subject, message, at, field: alert.field, from: alert.from, to: alert.to };
    case 'token_expiry':
      return { kind: 'token_expiry', subject, message, at, days: alert.days };
  }
}

