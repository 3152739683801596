// Alerts beyond expiry in the window: the simulator driven into each situation, the alerts in
// the Activity view with snooze, handled and the token page, and their settings; each screen
// audited by axe, light and dark; the focus when snoozing or handling takes buttons away; and
// the same screens in Yiddish, mirrored. Screenshots of each.
import type { Locator } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { TOKEN_PAGE_URL } from '../../src/shared/alerts';
import { m } from '../../src/shared/i18n';
import { audit, closeBrowser, focused, launchApp, type Launched } from './harness';

afterAll(() => closeBrowser());

/** Scrolls the Settings page so this card starts at the top (typed without the DOM's types). */
const toTop = (card: Locator) => card.evaluate((el: { scrollIntoView(options: { block: string }): void }) => el.scrollIntoView({ block: 'start' }));

const DAY = 86_400_000;

/** Each kind once: web-01's disk fills, cache-01 stops, acme-corp.net moves its nameservers, the token nears expiry. */
async function raiseOneOfEach({ page, app, sim }: Launched): Promise<void> {
  // The rows on screen are asked about: their first usage is the baseline.
  await page.getByRole('row', { name: /web-01/ }).getByText('%').first().waitFor();
  const id = (name: string) => [...sim.state.servers.values()].find((s) => s.name === name)!.id;
  sim.scenario.climbUsage(id('web-01'), 'disk', { toPercent: 95 });
  sim.scenario.setServerStatus(id('cache-01'), 'stopped');
  sim.scenario.changeDomain([...sim.state.domains.values()].find((d) => d.domain_name === 'acme-corp.net')!.id, { nameservers: ['ns1.vps.org', 'ns2.vps.org'] });
  sim.scenario.setTokenExpiry(sim.tokens.full, new Date(Date.now() + 2 * DAY + 3_600_000).toISOString());
  // Pasting the token again reads its new expiry, and refreshes.
  await app.handlers.addToken({ token: sim.tokens.full, profileId: app.state().session.profileId! });
  await app.handlers.refresh(undefined);
}

describe.each(['light', 'dark'] as const)('alerts, %s', (theme) => {
  it('lists each kind in the Activity view, with snooze, handled and the token page', async () => {
    const launched = await launchApp({ profile: 'full', theme });
    const { page, app, desktop, shot, close } = launched;
    try {
      await raiseOneOfEach(launched);
      await page.getByRole('button', { name: /^Activity/ }).click();
      const alerts = page.getByRole('region', { name: 'Alerts' });
      await alerts.getByText('4 open').waitFor();
      await expect(page.getByRole('button', { name: /^Activity\W+4 alerts$/ }).count()).resolves.toBe(1);
      for (const message of ["web-01's disk is 95% full", 'cache-01 stopped', "acme-corp.net's nameservers changed to ns1.vps.org, ns2.vps.org", /Your API token .* expires in 3 days/]) {
        await alerts.getByRole('button', { name: message }).waitFor();
      }
      expect(await audit(page)).toEqual([]);
      await shot('activity-alerts');

      await alerts.getByRole('button', { name: 'Snooze 1 day: cache-01' }).click();
      await alerts.getByText(/^Snoozed until /).waitFor();
      await alerts.getByRole('button', { name: 'Mark handled: web-01' }).click();
      await alerts.getByText('2 open').waitFor();
      expect(app.state().alerts.map((a) => [a.subject, a.state]).sort()).toEqual([
        ['Demo full access', 'open'],
        ['acme-corp.net', 'open'],
        ['cache-01', 'snoozed'],
        ['web-01', 'handled'],
      ]);
      await alerts.getByRole('checkbox', { name: 'Show handled (1)' }).check();
      await alerts.getByText('Handled', { exact: true }).waitFor();
      expect(await audit(page)).toEqual([]);
      await shot('activity-alerts-settled');

      await alerts.getByRole('button', { name: 'Open the token page' }).click();
      await expect.poll(() => desktop.opened).toEqual([TOKEN_PAGE_URL]);

      // The message opens what the alert is about.
      await alerts.getByRole('button', { name: "acme-corp.net's nameservers changed to ns1.vps.org, ns2.vps.org" }).click();
      await page.getByRole('heading', { name: 'acme-corp.net' }).waitFor();
    } finally {
      await close();
    }
  });

  it('sets which alerts fire, their thresholds, and the servers watched', async () => {
    const { page, app, shot, close } = await launchApp({ profile: 'full', theme });
    try {
      await page.getByRole('button', { name: /^Settings/ }).click();
      const card = page.getByRole('region', { name: 'Alerts', exact: true });
      await toTop(card);
      await card.getByRole('switch', { name: 'Memory' }).click();
      const memory = card.getByLabel('Memory alert threshold, percent');
      await memory.fill('75');
      await memory.press('Tab');
      await expect.poll(() => app.state().settings.alerts.usage.memory).toEqual({ enabled: true, percent: 75 });
      const disk = card.getByLabel('Disk alert threshold, percent');
      await disk.fill('5');
      await disk.press('Tab');
      await card.getByRole('alert').getByText('Enter a whole percent from 10 to 100.').waitFor();
      expect(app.state().settings.alerts.usage.disk.percent).toBe(90);
      expect(await audit(page)).toEqual([]);
      await shot('settings-alerts');

      const servers = page.getByRole('region', { name: 'Alerts for particular servers' });
      await toTop(servers);
      await servers.getByLabel('Server to watch').selectOption('db-01');
      await servers.getByRole('button', { name: 'Watch' }).click();
      await servers.getByRole('list', { name: 'Watched servers' }).getByText('db-01').waitFor();
      const own = async (metric: string, value: string) => {
        await servers.getByLabel('Server', { exact: true }).selectOption('web-01');
        await servers.getByLabel('Metric').selectOption({ label: metric });
        await servers.getByLabel('Threshold for this server').fill(value);
        await servers.getByRole('button', { name: 'Set' }).click();
      };
      await own('Disk', '70');
      await own('Memory', 'lots');
      await servers.getByRole('alert').getByText('Enter a whole percent from 10 to 100, or “off”.').waitFor();
      await own('Memory', 'off');
      await servers.getByText('Disk: 70%, Memory: off').waitFor();
      expect(app.state().settings.alerts).toMatchObject({ watchedServers: ['db-01'], perServer: { 'web-01': { disk: 70, memory: null } } });
      expect(await audit(page)).toEqual([]);
      await shot('settings-alert-servers');
    } finally {
      await close();
    }
  });
});

describe('alerts and the keyboard', () => {
  it('moves the focus to the next alert when one is snoozed or handled, and to the heading when none is left', async () => {
    const launched = await launchApp({ profile: 'full' });
    const { page, close } = launched;
    try {
      await raiseOneOfEach(launched);
      await page.getByRole('button', { name: /^Activity/ }).click();
      const alerts = page.getByRole('region', { name: 'Alerts' });
      await alerts.getByText('4 open').waitFor();
      // Newest first: the token, then the usage round's web-01 and the refresh's cache-01 and acme-corp.net in some order.
      const order = await Promise.all((await alerts.getByRole('group').all()).map((group) => group.getAttribute('aria-label')));
      const subject = (i: number) => order[i]!.replace(/^Alert about /, '');

      await alerts.getByRole('button', { name: `Snooze 1 day: ${subject(0)}` }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toBe(`button: Snooze 1 day: ${subject(1)}`);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect.poll(() => focused(page)).toBe(`button: Mark handled: ${subject(1)}`);
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toBe(`button: Snooze 1 day: ${subject(2)}`);

      // "Mark all handled" goes with the open alerts it handled: the focus goes to the heading.
      await alerts.getByRole('button', { name: 'Mark all handled' }).focus();
      await page.keyboard.press('Enter');
      await alerts.getByText('0 open').waitFor();
      await expect.poll(() => focused(page)).toBe('h2: Alerts');
    } finally {
      await close();
    }
  });
});

describe('alerts in Yiddish', () => {
  it('reads right to left with names and addresses left to right, and passes the audit', async () => {
    const launched = await launchApp({ profile: 'full', systemLanguages: ['yi'] });
    const { page, shot, close } = launched;
    try {
      await raiseOneOfEach(launched);
      await page.getByRole('button', { name: new RegExp(`^${m.nav_activity()}`) }).click();
      const alerts = page.getByRole('region', { name: m.alerts_title() });
      await alerts.getByText(m.alerts_open({ count: 4 })).waitFor();
      await alerts.getByRole('button', { name: m.alert_server_stopped({ server: 'cache-01' }) }).waitFor();
      await expect.poll(() => page.evaluate<string>('document.documentElement.dir')).toBe('rtl');
      expect(await audit(page)).toEqual([]);
      await shot('lang-yi-activity-alerts');

      await page.getByRole('button', { name: new RegExp(`^${m.nav_settings()}`) }).click();
      const card = page.getByRole('region', { name: m.alerts_title(), exact: true });
      await toTop(card);
      await card.getByRole('switch', { name: m.usage_memory() }).waitFor();
      expect(await audit(page)).toEqual([]);
      await shot('lang-yi-settings-alerts');
    } finally {
      await close();
    }
  });
});
