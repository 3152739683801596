// First run: a token is checked (prefix, then VPS.org), and only a good one gets in; or the
// demo, with no account at all.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from './harness';

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
