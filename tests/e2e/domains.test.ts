// Domains by expiry: toggling auto-renew, the reminder actions, and removing with its warning.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from './harness';

afterAll(() => closeBrowser());

describe('domains', () => {
  it('lists domains soonest first and turns auto-renew on', async () => {
    const { page, sim, close } = await launchApp({ profile: 'full' });
    try {
      await page.getByRole('button', { name: /^Domains/ }).click();
      const names = await page.getByRole('grid', { name: 'Domains' }).getByRole('row').allTextContents();
      const order = ['acme-promo.org', 'acme-shop.com', 'acme-api.io', 'acme-labs.dev', 'acme.co', 'acme-corp.net'];
      expect(order.map((name) => names.findIndex((row) => row.includes(name)))).toEqual([1, 2, 3, 4, 5, 6]);

      await page.getByRole('grid', { name: 'Domains' }).getByRole('row', { name: /acme-shop\.com/ }).click();
      const autoRenew = page.getByRole('switch', { name: 'Auto-renew' });
      expect(await autoRenew.getAttribute('aria-checked')).toBe('false');
      await autoRenew.click();
      await page.locator('[role="switch"][aria-label="Auto-renew"][aria-checked="true"]').waitFor();

      const shop = [...sim.state.domains.values()].find((d) => d.domain_name === 'acme-shop.com');
      expect(shop?.auto_renew).toBe(true);
      expect(sim.requests.some((r) => r.method === 'PUT' && r.path.startsWith('/api/v1/domains/') && r.status === 200)).toBe(true);
    } finally {
      await close();
    }
  });

  it('snoozes a due reminder for a week', async () => {
    const { page, close } = await launchApp({ profile: 'full' });
    try {
      await page.getByRole('button', { name: /^Domains/ }).click();
      const due = page.getByRole('region', { name: 'Reminders due' });
      await due.getByRole('button', { name: '1 week, snooze: acme-shop.com' }).click();
      await due.getByRole('button', { name: '1 week, snooze: acme-shop.com' }).waitFor({ state: 'detached' });
      await page.getByRole('grid', { name: 'Domains' }).getByRole('row', { name: /acme-shop\.com/ }).getByRole('img', { name: 'Reminder snoozed' }).waitFor();
    } finally {
      await close();
    }
  });

  it('warns that removing a domain does not cancel its registration', async () => {
    const { page, close } = await launchApp({ profile: 'full' });
    try {
      await page.getByRole('button', { name: /^Domains/ }).click();
      await page.getByRole('grid', { name: 'Domains' }).getByRole('row', { name: /acme-corp\.net/ }).click();
      await page.getByRole('button', { name: 'Remove…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Remove acme-corp.net from your account?' });
      expect(await dialog.textContent()).toContain('does NOT cancel the registration');
      await dialog.getByRole('button', { name: 'Remove from account' }).click();
      await page.getByRole('heading', { name: 'Domains' }).waitFor();
      await page.getByRole('grid', { name: 'Domains' }).getByRole('row', { name: /acme-corp\.net/ }).waitFor({ state: 'detached' });
    } finally {
      await close();
    }
  });
});
