// A DNS record checked for its type before sending, then saved; and a zone's records edited.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from './harness';

afterAll(() => closeBrowser());

describe('dns', () => {
  it('shows a validation error at the field, sends nothing, then saves the corrected record', async () => {
    const { page, sim, close } = await launchApp({ profile: 'full' });
    try {
      await page.getByRole('button', { name: /^DNS/ }).click();
      await page.getByRole('row', { name: /acme-shop\.com/ }).click();
      await page.getByRole('heading', { name: 'acme-shop.com' }).waitFor();
      await page.getByRole('button', { name: 'Add record' }).click();

      const dialog = page.getByRole('dialog', { name: 'Add a record to acme-shop.com' });
      await dialog.getByLabel('Name').fill('api');
      await dialog.getByLabel('Value').fill('300.1.2.3');
      const posted = () => sim.requests.filter((r) => r.method === 'POST' && r.path.includes('/records/')).length;
      await dialog.getByRole('button', { name: 'Add record' }).click();

      const value = dialog.getByLabel('Value');
      await dialog.getByRole('alert').filter({ hasText: 'Enter an IPv4 address like 192.0.2.1.' }).waitFor();
      expect(await value.getAttribute('aria-invalid')).toBe('true');
      expect(posted()).toBe(0);

      await value.fill('203.0.113.50');
      await dialog.getByRole('button', { name: 'Add record' }).click();
      await dialog.waitFor({ state: 'detached' });
      const row = page.getByRole('grid', { name: 'Records of acme-shop.com' }).getByRole('row', { name: /203\.0\.113\.50/ });
      await row.waitFor();
      expect(await row.textContent()).toContain('api');
      expect(posted()).toBe(1);
    } finally {
      await close();
    }
  });

  it('edits and deletes a record', async () => {
    const { page, close } = await launchApp({ profile: 'full' });
    try {
      await page.getByRole('button', { name: /^DNS/ }).click();
      await page.getByRole('row', { name: /acme-shop\.com/ }).click();
      const grid = page.getByRole('grid', { name: 'Records of acme-shop.com' });
      await grid.getByRole('button', { name: 'Edit CNAME record shop' }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit record in acme-shop.com' });
      await dialog.getByLabel('Value').fill('store.acme-shop.com');
      await dialog.getByRole('button', { name: 'Save record' }).click();
      await grid.getByRole('row', { name: /store\.acme-shop\.com/ }).waitFor();

      await grid.getByRole('button', { name: 'Delete CNAME record shop' }).click();
      await page.getByRole('dialog', { name: 'Delete the CNAME record shop?' }).getByRole('button', { name: 'Delete record' }).click();
      await grid.getByRole('row', { name: /store\.acme-shop\.com/ }).waitFor({ state: 'detached' });
    } finally {
      await close();
    }
  });

  it.each(['light', 'dark'] as const)('shows a record added elsewhere after a refresh, and says when a zone was deleted elsewhere (%s)', async (theme) => {
    const { page, sim, clock, app, shot, close } = await launchApp({ profile: 'full', theme });
    try {
      await page.getByRole('button', { name: /^DNS/ }).click();
      await page.getByRole('row', { name: /acme-shop\.com/ }).click();
      const grid = page.getByRole('grid', { name: 'Records of acme-shop.com' });
      await grid.waitFor();
      const shop = sim.state.findZoneByDomain('acme-shop.com')!;
      sim.state.addRecord({ uuid: 'made-elsewhere', zone: shop.uuid, record_type: 'TXT', name: 'elsewhere', value: 'added-in-the-panel', ttl: 300, priority: null, createdAt: clock.now() });
      await app.handlers.refresh(undefined);
      await grid.getByRole('row', { name: /added-in-the-panel/ }).waitFor();

      // The zone list still shows a zone deleted in the panel until the next refresh; opening it says it is gone.
      await page.getByRole('button', { name: 'Back to zones' }).click();
      const api = sim.state.findZoneByDomain('acme-api.io')!;
      sim.state.deleteZone(api.uuid);
      await page.getByRole('row', { name: /acme-api\.io/ }).click();
      await page.getByRole('heading', { name: 'acme-api.io is no longer on VPS.org' }).waitFor();
      await page.getByText('VPS.org has no such DNS zone; it may have been deleted. Refresh and try again.').waitFor();
      await shot('dns-zone-gone');
      await page.getByRole('button', { name: 'Back to zones' }).last().click();
      await page.getByRole('grid', { name: 'DNS zones' }).waitFor();
    } finally {
      await close();
    }
  });
});
