import { afterEach, describe, expect, it } from 'vitest';
import { alertSentences } from './alert-text';
import type { Alert, DomainChangeAlert, UsageAlert } from './alerts';
import { setLocale } from './i18n';

const at = '2026-01-16T12:00:00Z';
const usage = (over: Partial<UsageAlert>): Alert => ({ at, id: 'u', kind: 'usage', subject: 'web-01', serverId: 1, metric: 'disk', value: 94.5, threshold: 90, samples: 1, ...over });
const change = (over: Partial<DomainChangeAlert>): Alert => ({ at, id: 'd', kind: 'domain_change', subject: 'acme.co', domainId: 7, field: 'locked', from: true, to: false, ...over });
const message = (alert: Alert): string => alertSentences(alert).message;
const detail = (alert: Alert): string => alertSentences(alert).detail;

describe('what an alert says', () => {
  afterEach(() => setLocale('en'));

  it('names the metric, the value and the threshold of a usage alert, and when it re-arms', () => {
    expect(alertSentences(usage({}))).toEqual({
      message: "web-01's disk is 94.5% full",
      detail: "The alert is set at 90% of the plan's disk. It alerts again once it has been under 85%.",
    });
    expect(message(usage({ metric: 'bandwidth', value: 81 }))).toBe("web-01 has used 81% of this month's transfer");
    expect(message(usage({ metric: 'memory', value: 91 }))).toBe("web-01's memory is 91% used");
    expect(alertSentences(usage({ metric: 'cpu', value: 99, threshold: 80, samples: 3 }))).toEqual({
      message: "web-01's CPU is at 99%",
      detail: 'It has stayed at 80% or more for 3 samples in a row. It alerts again once it has been under 75%.',
    });
    expect(detail(usage({ metric: 'cpu', samples: 1 }))).toMatch(/^It has stayed at 90% or more for 1 sample in a row\./);
  });

  it('says where a server went and where it was', () => {
    const state = (from: 'active' | 'stopped' | 'suspended', to: 'active' | 'stopped' | 'suspended'): Alert => ({ at, id: 's', kind: 'server_state', subject: 'db-01', serverId: 2, from, to });
    expect(alertSentences(state('active', 'stopped'))).toEqual({
      message: 'db-01 stopped',
      detail: 'It was running. VPS Tray did not ask for this: it was done on admin.vps.org, by another tool, or by VPS.org.',
    });
    expect(message(state('stopped', 'active'))).toBe('db-01 is running again');
    expect(message(state('active', 'suspended'))).toBe('db-01 was suspended');
  });

  it('says what changed on a domain, and what it was', () => {
    expect(alertSentences(change({ field: 'nameservers', from: [], to: ['ns1.vps.org', 'ns2.vps.org'] }))).toEqual({
      message: "acme.co's nameservers changed to ns1.vps.org, ns2.vps.org",
      detail: 'It was none when VPS Tray last looked; the change was made elsewhere.',
    });
    expect([message(change({})), message(change({ from: false, to: true }))]).toEqual(['acme.co was unlocked', 'acme.co was locked']);
    expect(alertSentences(change({ field: 'status', from: 'active', to: 'expired' }))).toEqual({
      message: 'acme.co is now expired',
      detail: 'It was active when VPS Tray last looked; the change was made elsewhere.',
    });
    expect(message(change({ field: 'auto_renew', from: true, to: false }))).toBe('Auto-renew was turned off for acme.co');
    expect(alertSentences(change({ field: 'privacy_protection', from: false, to: true }))).toEqual({
      message: 'Privacy protection was turned on for acme.co',
      detail: 'It was off when VPS Tray last looked; the change was made elsewhere.',
    });
  });

  it('counts the days a token has left, and says when it expired', () => {
    const token = (days: number): Alert => ({ at, id: 't', kind: 'token_expiry', subject: 'CI', days, expiresAt: '2026-01-17T09:00:00Z' });
    expect([message(token(1)), message(token(14))]).toEqual(['Your API token “CI” expires in 1 day', 'Your API token “CI” expires in 14 days']);
    expect(alertSentences(token(0))).toEqual({
      message: 'Your API token “CI” has expired',
      detail: 'It expired on Jan 17, 2026. Create a new token at admin.vps.org/account/developers/ and paste it in Settings.',
    });
  });

  it('speaks the active language, with its numbers and plurals', async () => {
    await setLocale('fi');
    expect(message(usage({}))).toBe('Palvelimen web-01 levy on 94,5\u00a0% täynnä');
    expect(message(change({ field: 'status', from: 'active', to: 'locked' }))).toBe('Verkkotunnuksen acme.co tila on nyt lukittu');
    await setLocale('yi');
    expect(message({ at, id: 't', kind: 'token_expiry', subject: 'CI', days: 3, expiresAt: '2026-01-19T12:00:00Z' })).toBe('אייַער API־טאָקען „CI“ לויפֿט אויס אין 3 טעג');
  });
});
