// First run: a token is checked (prefix, then VPS.org), and only a good one gets in; or the
// demo, with no account at all.
import { afterAll, describe, expect, it } from 'vitest';
import { audit, closeBrowser, launchApp } from './harness';

afterAll(() => closeBrowser());

describe('onboarding', () => {
  it('refuses a malformed and a wrong token, then accepts a good one and shows the account', async () => {
    const { page, sim, shot, close } = await launchApp({ profile: 'none' });
    try {
      await page.getByRole('heading', { name: 'Connect your VPS.org account' }).waitFor();
      await page.getByText('Advanced').click();
      await page.getByLabel('API address').fill(sim.url);
      const token = page.getByLabel('API token');
      expect(await token.getAttribute('type')).toBe('password');
      await page.getByRole('button', { name: 'Show token' }).click();
      expect(await token.getAttribute('type')).toBe('text');

      await token.fill('abc123');
      await page.getByRole('button', { name: 'Connect' }).click();
      await page.getByRole('alert').filter({ hasText: 'API tokens start with vps_' }).waitFor();

      await token.fill('vps_not_a_real_token');
      await page.getByRole('button', { name: 'Connect' }).click();
      await page.getByRole('alert').filter({ hasText: 'invalid or has expired' }).waitFor();
      await shot('onboarding-error');

      await token.fill(sim.tokens.full);
      await page.getByRole('button', { name: 'Connect' }).click();
      await page.getByRole('heading', { name: 'Connected, Dana Demo' }).waitFor();
      await shot('welcome');
      expect(await page.getByText('demo@vps.example').count()).toBe(1);
      expect(await page.getByText('Full access to everything in the account.').count()).toBe(1);
      // The token is gone from the page once it is stored.
      expect(await page.content()).not.toContain(sim.tokens.full);

      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('row', { name: /web-01/ }).waitFor();
    } finally {
      await close();
    }
  });

  it('tells when VPS.org cannot be reached', async () => {
    const { page, close } = await launchApp({ profile: 'none' });
    try {
      await page.getByText('Advanced').click();
      // A loopback port nothing listens on.
      await page.getByLabel('API address').fill('http://127.0.0.1:9');
      await page.getByLabel('API token').fill('vps_anything');
      await page.getByRole('button', { name: 'Connect' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/reach/i);
    } finally {
      await close();
    }
  });

  it('shows the notices main gave before there was an account, and lets them be dismissed', async () => {
    const setAside = '/home/dana/.config/VPS Tray/config.json.corrupt-1';
    const { page, close } = await launchApp({ profile: 'none', storeRecovered: setAside });
    try {
      await page.getByRole('heading', { name: 'Connect your VPS.org account' }).waitFor();
      const notice = page.getByRole('status').filter({ hasText: `could not be read, so it was set aside as ${setAside}` });
      await notice.waitFor();
      expect(await audit(page)).toEqual([]);
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await notice.waitFor({ state: 'detached' });
    } finally {
      await close();
    }
  });

  it('with no keychain, the welcome screen says in a banner that the token lives in memory for this run', async () => {
    const { page, sim, close } = await launchApp({ profile: 'none', keychain: 'missing' });
    try {
      await page.getByText('Advanced').click();
      await page.getByLabel('API address').fill(sim.url);
      await page.getByLabel('API token').fill(sim.tokens.full);
      await page.getByRole('button', { name: 'Connect' }).click();
      await page.getByRole('heading', { name: 'Connected, Dana Demo' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'The system keychain is not available' }).waitFor();
      expect(await audit(page)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('runs the demo without an account', async () => {
    const { page, close } = await launchApp({ profile: 'none' });
    try {
      await page.getByRole('button', { name: 'Try the demo' }).click();
      await page.getByRole('row', { name: /web-01/ }).waitFor();
      expect(await page.getByRole('navigation', { name: 'Views' }).textContent()).toContain('Demo account');
    } finally {
      await close();
    }
  });
});
