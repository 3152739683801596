// Every view, onboarding, a dialog and the palette, light and dark, saved for a person to look
// at (test-results/screenshots). Before each shot the test checks what the view shows (its rows,
// against the simulator's own data; a dialog's title; the palette's entries), so a picture of a
// broken or half-loaded view fails here instead of being saved.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from './harness';

/** The rows a list shows: its aria-rowcount counts the header row too. */
async function rowsOf(page: Page, grid: string): Promise<number> {
  return Number(await page.getByRole('grid', { name: grid, exact: true }).getAttribute('aria-rowcount')) - 1;
}

afterAll(() => closeBrowser());

describe.each(['light', 'dark'] as const)('screenshots, %s', (theme) => {
  it('onboarding', async () => {
    const { page, shot, close } = await launchApp({ profile: 'none', theme });
    try {
      await page.getByRole('button', { name: 'Try the demo' }).waitFor();
      await shot('onboarding');
    } finally {
      await close();
    }
  });

  it('onboarding under a notice', async () => {
    const setAside = '/home/dana/.config/VPS Tray/config.json.corrupt-1';
    const { page, shot, close } = await launchApp({ profile: 'none', theme, storeRecovered: setAside });
    try {
      await page.getByRole('status').filter({ hasText: setAside }).waitFor();
      await page.getByRole('button', { name: 'Try the demo' }).waitFor();
      await shot('onboarding-notice');
    } finally {
      await close();
    }
  });

  it('every view of a full account', async () => {
    const { page, app, sim, clock, shot, close } = await launchApp({ profile: 'full', theme });
    try {
      // Once the rows on screen are watched, refreshes a minute apart give the sparklines
      // something to draw.
      await page.getByRole('row', { name: /web-01/ }).getByText('%').waitFor();
      const sample = async (times: number) => {
        for (let i = 0; i < times; i++) {
          clock.advance(60_000);
          await app.handlers.refresh(undefined);
        }
      };
      await sample(6);
      expect(await rowsOf(page, 'Servers')).toBe(sim.state.servers.size);
      for (const server of sim.state.servers.values()) await page.getByRole('row', { name: new RegExp(server.name) }).first().waitFor();
      await shot('servers');

      await page.getByRole('row', { name: /web-01/ }).getByRole('button', { name: 'Reboot web-01' }).click();
      const confirm = page.getByRole('dialog', { name: 'Reboot web-01?' });
      await confirm.waitFor();
      expect(await confirm.getByRole('button').allInnerTexts()).toEqual(expect.arrayContaining(['Reboot', 'Cancel']));
      await shot('dialog-confirm');
      await page.keyboard.press('Enter');
      await page.getByRole('row', { name: /web-01/ }).getByRole('status', { name: 'Rebooting web-01' }).waitFor();
      await shot('servers-rebooting');

      await page.getByRole('row', { name: /db-01/ }).click();
      await page.getByRole('meter', { name: 'CPU' }).waitFor();
      await sample(8);
      await page.getByRole('heading', { level: 1, name: 'db-01' }).waitFor();
      await shot('server-details');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'New server' }).click();
      await page.getByRole('dialog', { name: 'New server' }).waitFor();
      await shot('dialog-new-server');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: /^Domains/ }).click();
      await page.getByRole('grid', { name: 'Domains' }).waitFor();
      expect(await rowsOf(page, 'Domains')).toBe(sim.state.domains.size);
      await shot('domains');
      await page.getByRole('grid', { name: 'Domains' }).getByRole('row', { name: /acme-shop\.com/ }).click();
      await page.getByText('VPS.org', { exact: true }).waitFor();
      // An update VPS.org refuses: the error says what happened, and Activity records it.
      sim.faults.inject({ method: 'PUT', path: '/api/v1/domains/', kind: 'status', status: 503, times: 10 });
      await page.getByRole('switch', { name: 'Privacy protection' }).click();
      await page.getByRole('alert').filter({ hasNotText: 'keychain' }).last().waitFor();
      sim.faults.clear();
      await shot('domain-details');
      await page.getByRole('switch', { name: 'Auto-renew' }).click();
      await page.locator('[role="switch"][aria-label="Auto-renew"][aria-checked="true"]').waitFor();
      // Dismiss the toasts of those two actions as a person would, so they cover no later shot.
      await page.getByText('Auto-renew on for acme-shop.com.').waitFor();
      const dismiss = page.locator('.toasts').getByRole('button', { name: 'Dismiss' });
      while ((await dismiss.count()) > 0) await dismiss.first().click();
      await page.getByRole('button', { name: 'Back to domains' }).click();
      await page.getByRole('button', { name: 'Register' }).click();
      await page.getByLabel('Domain name').fill('acme-new.io');
      await page.getByLabel('Years').selectOption('2');
      await shot('dialog-register');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: /^DNS/ }).click();
      await page.getByRole('grid', { name: 'DNS zones' }).waitFor();
      expect(await rowsOf(page, 'DNS zones')).toBe(sim.state.zones.size);
      await shot('dns');
      await page.getByRole('row', { name: /acme-shop\.com/ }).click();
      await page.getByRole('grid', { name: 'Records of acme-shop.com' }).waitFor();
      const zone = sim.state.findZoneByDomain('acme-shop.com')!;
      expect(await rowsOf(page, 'Records of acme-shop.com')).toBe(sim.state.zoneRecords(zone.uuid).length);
      await shot('dns-records');
      await page.getByRole('button', { name: 'Add record' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a record to acme-shop.com' });
      await dialog.getByLabel('Type').selectOption('MX');
      await dialog.getByLabel('Name').fill('@');
      await dialog.getByLabel('Value').fill('10 mail.acme-shop.com');
      await dialog.getByRole('button', { name: 'Add record' }).click();
      await dialog.getByRole('alert').first().waitFor();
      await shot('dialog-record-error');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Activity' }).click();
      await page.getByRole('img', { name: 'Failed' }).waitFor();
      await shot('activity');

      await page.getByRole('button', { name: /^Settings/ }).click();
      await page.getByRole('heading', { name: 'Account and token' }).waitFor();
      await shot('settings');

      await page.keyboard.press('Control+k');
      await page.getByRole('combobox', { name: 'Search servers, domains and actions' }).fill('reb web');
      await page.getByRole('option', { name: /Reboot web-01/ }).waitFor();
      const entries = await page.getByRole('listbox').getByRole('option').allInnerTexts();
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) expect(entry).toMatch(/reboot/i);
      await shot('palette');
    } finally {
      await close();
    }
  });

  it('a read-only token', async () => {
    const { page, shot, close } = await launchApp({ profile: 'readOnly', theme });
    try {
      await page.getByRole('row', { name: /web-01/ }).waitFor();
      await shot('servers-read-only');
    } finally {
      await close();
    }
  });
});
