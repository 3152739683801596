import { afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '@shared/alerts';
import { setLocale } from '@shared/i18n';
import { MAX_ALERT_NOTIFICATIONS, notificationsFor } from './alert-monitor';

const at = '2026-01-16T12:00:00Z';
const ALERTS: Alert[] = [
  { at, id: '1', kind: 'usage', subject: 'web-01', serverId: 1, metric: 'disk', value: 93, threshold: 90, samples: 1 },
  { at, id: '2', kind: 'domain_change', subject: 'acme.co', domainId: 7, field: 'locked', from: true, to: false },
  { at, id: '3', kind: 'token_expiry', subject: 'CI', days: 3, expiresAt: '2026-01-19T12:00:00Z' },
  { at, id: '4', kind: 'server_state', subject: 'db-01', serverId: 2, from: 'active', to: 'stopped' },
  { at, id: '5', kind: 'server_state', subject: 'db-02', serverId: 3, from: 'active', to: 'stopped' },
  { at, id: '6', kind: 'server_state', subject: 'db-03', serverId: 4, from: 'active', to: 'stopped' },
];

describe('alert notifications', () => {
  afterEach(() => setLocale('en'));

  it('one per alert, opening what it is about', () => {
    expect(notificationsFor(ALERTS.slice(0, MAX_ALERT_NOTIFICATIONS))).toEqual([
      {
        title: "web-01's disk is 93% full",
        body: "The alert is set at 90% of the plan's disk. It alerts again once it has been under 85%.",
        target: { view: 'servers', id: 1 },
      },
      { title: 'acme.co was unlocked', body: 'It was locked when VPS Tray last looked; the change was made elsewhere.', target: { view: 'domains', id: 7 } },
      {
        title: 'Your API token “CI” expires in 3 days',
        body: 'It expires on Jan 19, 2026. Create a new token at admin.vps.org/account/developers/ and paste it in Settings.',
        target: { view: 'settings' },
      },
    ]);
  });

  it('a burst as one, opening the Activity view, naming four subjects and counting the rest', () => {
    expect(notificationsFor(ALERTS.slice(0, 4))).toEqual([{ title: '4 alerts need attention', body: 'About web-01, acme.co, CI, db-01.', target: { view: 'activity' } }]);
    expect(notificationsFor(ALERTS)).toEqual([{ title: '6 alerts need attention', body: 'About web-01, acme.co, CI, db-01 and 2 more.', target: { view: 'activity' } }]);
    expect(notificationsFor([])).toEqual([]);
  });

  it('speaks the active language', async () => {
    await setLocale('fi');
    expect(notificationsFor(ALERTS.slice(3, 4))[0]?.title).toBe('db-01 pysähtyi');
    expect(notificationsFor(ALERTS)[0]?.title).toBe('6 hälytystä vaatii huomiota');
  });
});
