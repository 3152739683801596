// The window with two connected accounts on two simulators: the account scope in the sidebar,
// the merged lists with each row's account, and a row's action reaching only its own account.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_TIMINGS, startSimulator, type Simulator } from '../../src/core/simulator/simulator';
import { buildTrayMenu } from '../../src/main/tray/menu-model';
import { formatUsd } from '../../src/shared/format';
import { renewalCosts } from '../../src/shared/pricing';
import { audit, closeBrowser, launchApp, type Launched } from './harness';

afterAll(() => closeBrowser());

const posted = (sim: Simulator): string[] => sim.requests.filter((r) => r.method === 'POST').map((r) => r.path);

/** "Work" (full token, first simulator) beside "Client" (read-only token, a second simulator), Client active. */
async function twoAccounts(theme: 'light' | 'dark'): Promise<Launched & { client: Simulator }> {
  const launched = await launchApp({ profile: 'full', theme });
  const client = await startSimulator({ clock: launched.clock, timings: DEMO_TIMINGS });
  await launched.app.handlers.addToken({ token: client.tokens.readOnly, apiUrl: client.url, profileName: 'Client' });
  await launched.app.handlers.refresh(undefined);
  return {
    ...launched,
    client,
    close: async () => {
      await launched.close();
      await client.close();
    },
  };
}

/** The text of the grid row holding the focus ('' when the focus is elsewhere, or lost). */
const focusedRow = (page: Page) => page.evaluate<string>(`document.activeElement?.closest('[role="row"]')?.textContent ?? ''`);
/** The text of what has the focus. */
const focusedText = (page: Page) => page.evaluate<string>(`document.activeElement?.textContent ?? ''`);

const serverRow = (page: Page, name: string, account: string) => page.getByRole('row').filter({ hasText: name }).filter({ hasText: account });

describe('all accounts in the window', () => {
  it.each(['light', 'dark'] as const)('lists both accounts with their badges, scopes to one, and reboots the other account’s server on its own simulator (%s)', async (theme) => {
    const { page, app, sim, client, clock, shot, close } = await twoAccounts(theme);
    try {
      const scope = page.getByRole('combobox', { name: 'Accounts' });
      await scope.waitFor();
      expect(await scope.locator('option:checked').textContent()).toBe('All accounts');

      // The same server names (and ids) in both accounts: one row each, told apart by the badge.
      await serverRow(page, 'web-01', 'Work').waitFor();
      await serverRow(page, 'web-01', 'Client').waitFor();
      expect(await page.getByRole('row').filter({ hasText: 'web-01' }).count()).toBe(2);
      // Client's read-only token may not reboot; Work's may.
      expect(await serverRow(page, 'web-01', 'Client').getByRole('button', { name: 'Reboot web-01' }).isDisabled()).toBe(true);
      expect(await audit(page)).toEqual([]);
      await shot('servers-all-accounts');

      // Search works across accounts, by the account's name too.
      await page.getByRole('searchbox').fill('work');
      await serverRow(page, 'web-01', 'Client').waitFor({ state: 'detached' });
      await page.getByRole('searchbox').fill('');

      const reboot = serverRow(page, 'web-01', 'Work').getByRole('button', { name: 'Reboot web-01' });
      await reboot.click();
      const dialog = page.getByRole('dialog', { name: 'Reboot web-01?' });
      await dialog.getByRole('button', { name: 'Reboot' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => posted(sim)).toEqual([expect.stringMatching(/^\/api\/v1\/servers\/\d+\/reboot\/$/)]);
      expect(posted(client)).toEqual([]);
      // Work's list shows the reboot; its disabled buttons keep the focus in Work's row, not on the page.
      await serverRow(page, 'web-01', 'Work').getByText('rebooting').waitFor();
      expect(await focusedRow(page)).toContain('Work');

      // One account in scope: the other's rows go.
      await scope.selectOption({ label: 'Client' });
      await serverRow(page, 'web-01', 'Work').waitFor({ state: 'detached' });
      expect(await page.getByRole('row').filter({ hasText: 'web-01' }).count()).toBe(1);
      await scope.selectOption({ label: 'All accounts' });

      await page.getByRole('button', { name: /^Domains/ }).click();
      await page.getByRole('row').filter({ hasText: 'Work' }).first().waitFor();
      expect(await page.getByRole('row').filter({ hasText: 'Client' }).count()).toBeGreaterThan(0);
      // The renewals of both accounts' domains, as one.
      const both = renewalCosts([...app.state().domains, ...app.state().otherAccounts.flatMap((a) => a.domains)], new Date(clock.now()));
      const renewals = page.getByRole('definition');
      expect(await renewals.allTextContents()).toEqual(both.map((cost) => expect.stringContaining(`${formatUsd(cost.total)} (${cost.count}`)));
      expect(await audit(page)).toEqual([]);
      await shot('domains-all-accounts');

      // DNS zones of both accounts, each row with its badge; the records tab is the active
      // account's, its badge in the toolbar says whose.
      await page.getByRole('button', { name: /^DNS/ }).click();
      const zoneRow = (account: string) => page.getByRole('row').filter({ hasText: 'acme-shop.com' }).filter({ hasText: account });
      await zoneRow('Work').waitFor();
      await zoneRow('Client').waitFor();
      expect(await page.locator('.toolbar .account-badge').count()).toBe(0);
      await shot('dns-all-accounts');
      expect(await audit(page)).toEqual([]);
      await page.getByRole('button', { name: 'All records' }).click();
      expect(await page.locator('.toolbar .account-badge').textContent()).toContain('Client');
      expect(app.state().session.status).toBe('valid');
    } finally {
      await close();
    }
  });

  it.each(['light', 'dark'] as const)("lists every account's alerts with its badge, acting on each account's own (%s)", async (theme) => {
    const { page, app, sim, client, shot, close } = await twoAccounts(theme);
    try {
      const stop = (on: Simulator, name: string) => on.scenario.setServerStatus([...on.state.servers.values()].find((s) => s.name === name)!.id, 'stopped');
      stop(sim, 'cache-01');
      stop(client, 'db-01');
      await app.handlers.refresh(undefined);
      await page.getByRole('button', { name: /^Activity/ }).click();
      const alerts = page.getByRole('region', { name: 'Alerts' });
      await alerts.getByText('2 open').waitFor();
      const item = (account: string) => alerts.getByRole('listitem').filter({ hasText: account });
      await item('Work').getByRole('button', { name: 'cache-01 stopped' }).waitFor();
      await item('Client').getByRole('button', { name: 'db-01 stopped' }).waitFor();
      await expect(page.getByRole('button', { name: /^Activity\W+2 alerts$/ }).count()).resolves.toBe(1);
      expect(await audit(page)).toEqual([]);
      await shot('activity-alerts-all-accounts');

      // Work's alert is snoozed in Work's feed, Client's handled in Client's.
      await item('Work').getByRole('button', { name: 'Snooze 1 day: cache-01' }).click();
      await item('Work').getByText(/^Snoozed until /).waitFor();
      await item('Client').getByRole('button', { name: 'Mark handled: db-01' }).click();
      await alerts.getByText('0 open').waitFor();
      const work = app.state().otherAccounts[0]!;
      expect(work.alerts.filter((a) => a.kind === 'server_state').map((a) => [a.subject, a.state])).toEqual([['cache-01', 'snoozed']]);
      expect(app.state().alerts.filter((a) => a.kind === 'server_state').map((a) => [a.subject, a.state])).toEqual([['db-01', 'handled']]);

      // One account in scope: only its alerts.
      await page.getByRole('combobox', { name: 'Accounts' }).selectOption({ label: 'Work' });
      await item('Client').waitFor({ state: 'detached' });
      await item('Work').waitFor();
    } finally {
      await close();
    }
  });

  it("opens another account's server in place, with that account, and puts the focus back on its row", async () => {
    const { page, app, shot, close } = await twoAccounts('light');
    try {
      const clientId = app.state().session.profileId;
      const row = serverRow(page, 'db-01', 'Work');
      await row.getByRole('gridcell').nth(1).click();
      await page.getByRole('heading', { level: 1, name: 'db-01' }).waitFor();
      expect(app.state().session.profileId).toBe(clientId);
      expect(await page.locator('.toolbar .account-badge').textContent()).toContain('Work');
      // Work's token may edit, though Client's may not: the details act with Work's.
      expect(await page.getByRole('button', { name: 'Edit' }).isDisabled()).toBe(false);
      // Its usage is fetched with Work's token, while the window looks at it.
      await page.getByText(/^Sampled while this page is open/).waitFor();
      await shot('server-details-other-account');
      expect(await focusedText(page)).toBe('db-01');

      await page.keyboard.press('Escape');
      await row.waitFor();
      await expect.poll(() => focusedRow(page)).toContain('db-01');
      expect(await focusedRow(page)).toContain('Work');
    } finally {
      await close();
    }
  });

  it.each(['light', 'dark'] as const)("opens the other account's domain in place, with its badge, and toggles it on that account's own simulator (%s)", async (theme) => {
    const { page, app, sim, client, shot, close } = await twoAccounts(theme);
    try {
      const clientId = app.state().session.profileId;
      await page.getByRole('button', { name: /^Domains/ }).click();
      await page.getByRole('grid', { name: 'Domains' }).getByRole('row', { name: /acme-shop\.com/ }).filter({ hasText: 'Work' }).click();
      await page.getByRole('heading', { level: 1, name: 'acme-shop.com' }).waitFor();
      // Client stays the active account; the page says whose domain this is.
      expect(app.state().session.profileId).toBe(clientId);
      expect(await page.locator('.toolbar .account-badge').textContent()).toContain('Work');
      // Work's full token may change it, though Client's read-only one may not.
      const autoRenew = page.getByRole('switch', { name: 'Auto-renew' });
      expect(await autoRenew.isDisabled()).toBe(false);
      await page.getByText('Registrar', { exact: true }).waitFor();
      expect(await audit(page)).toEqual([]);
      await shot('domain-details-other-account');

      await autoRenew.click();
      await page.locator('[role="switch"][aria-label="Auto-renew"][aria-checked="true"]').waitFor();
      expect([...sim.state.domains.values()].find((d) => d.domain_name === 'acme-shop.com')?.auto_renew).toBe(true);
      expect([...client.state.domains.values()].find((d) => d.domain_name === 'acme-shop.com')?.auto_renew).toBe(false);
      expect(client.requests.filter((r) => r.method !== 'GET')).toEqual([]);
      expect(app.state().session.profileId).toBe(clientId);
    } finally {
      await close();
    }
  });

  it("finds every account's servers in the command palette and reboots the other account's on its own simulator", async () => {
    const { page, sim, client, shot, close } = await twoAccounts('light');
    try {
      await serverRow(page, 'web-01', 'Work').waitFor();
      await page.keyboard.press('Control+k');
      await page.getByRole('combobox', { name: 'Search servers, domains and actions' }).fill('reboot web-01');
      const results = page.getByRole('listbox', { name: 'Results' });
      // Both accounts' web-01, each naming its account; Client's read-only token may not reboot, so Work's comes first.
      const reboots = results.getByRole('option').filter({ hasText: 'Reboot web-01' });
      await expect.poll(() => reboots.allTextContents()).toEqual([expect.stringContaining('Work'), expect.stringContaining('Client')]);
      expect(await results.getByRole('option', { selected: true }).textContent()).toContain('Work');
      expect(await audit(page)).toEqual([]);
      await shot('palette-all-accounts');
      await page.keyboard.press('Enter');

      const dialog = page.getByRole('dialog', { name: 'Reboot web-01?' });
      await dialog.waitFor();
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => posted(sim)).toEqual([expect.stringMatching(/^\/api\/v1\/servers\/\d+\/reboot\/$/)]);
      expect(posted(client)).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each(['light', 'dark'] as const)("colours an account's badges and tray group from Settings, and marks one account's refused token on its rows alone (%s)", async (theme) => {
    const { page, app, client, shot, close } = await twoAccounts(theme);
    try {
      await page.getByRole('button', { name: /^Settings/ }).click();
      const colour = page.getByRole('combobox', { name: 'Colour of Work' });
      await colour.selectOption({ label: 'Green' });
      await expect.poll(() => app.state().profiles.find((p) => p.name === 'Work')?.colour).toBe('green');
      expect(buildTrayMenu(app.state()).map((i) => i.label)).toContain('🟢 Work — demo@vps.example');
      expect(await audit(page)).toEqual([]);
      await shot('settings-account-colour');

      // Client's token revoked: Client's rows say so, Work's keep their colour and nothing more.
      client.revokeToken(client.tokens.readOnly);
      // Client is the active account: its refresh fails (that is the point), Work's goes on.
      await app.handlers.refresh(undefined).catch(() => undefined);
      await page.getByRole('button', { name: /^Servers/ }).click();
      const clientBadge = serverRow(page, 'web-01', 'Client').locator('.account-badge');
      await expect.poll(() => clientBadge.getAttribute('title')).toBe('Client: Refused by VPS.org');
      const workBadge = serverRow(page, 'web-01', 'Work').locator('.account-badge');
      expect(await workBadge.getAttribute('title')).toBe('Work');
      expect(await workBadge.getAttribute('data-colour')).toBe('green');
      expect(await audit(page)).toEqual([]);
      await shot('servers-all-accounts-colour');
    } finally {
      await close();
    }
  });
});
