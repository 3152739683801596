import { describe, expect, it } from 'vitest';
import type { Alert } from '@shared/alerts';
import { MAX_ALERT_NOTIFICATIONS, notificationsFor } from './alert-monitor';

const base = { at: '2026-01-16T12:00:00Z', detail: 'Why.' };
const ALERTS: Alert[] = [
  { ...base, id: '1', kind: 'usage', subject: 'web-01', message: "web-01's disk is 93% full", serverId: 1, metric: 'disk', value: 93, threshold: 90 },
  { ...base, id: '2', kind: 'domain_change', subject: 'acme.co', message: 'acme.co was unlocked', domainId: 7, field: 'locked', from: true, to: false },
  { ...base, id: '3', kind: 'token_expiry', subject: 'CI', message: 'Your API token “CI” expires in 3 days', days: 3, expiresAt: '2026-01-19T12:00:00Z' },
  { ...base, id: '4', kind: 'server_state', subject: 'db-01', message: 'db-01 stopped', serverId: 2, from: 'active', to: 'stopped' },
];

describe('alert notifications', () => {
  it('one per alert, opening what it is about', () => {
    expect(notificationsFor(ALERTS.slice(0, MAX_ALERT_NOTIFICATIONS))).toEqual([
      { title: "web-01's disk is 93% full", body: 'Why.', target: { view: 'servers', id: 1 } },
      { title: 'acme.co was unlocked', body: 'Why.', target: { view: 'domains', id: 7 } },
      { title: 'Your API token “CI” expires in 3 days', body: 'Why.', target: { view: 'settings' } },
    ]);
  });

  it('a burst as one, opening the Activity view', () => {
    expect(notificationsFor(ALERTS)).toEqual([{ title: '4 alerts need attention', body: 'About web-01, acme.co, CI, db-01.', target: { view: 'activity' } }]);
    expect(notificationsFor([])).toEqual([]);
  });
});
