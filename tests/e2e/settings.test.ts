// Settings that change the window itself: the theme, forced or following the system; and
// profiles renamed in place, reordered, each showing its own trouble.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { audit, closeBrowser, launchApp } from './harness';

afterAll(() => closeBrowser());

// A string, because these tests are compiled without the DOM's types.
const background = (page: Page) => page.evaluate<string>('getComputedStyle(document.documentElement).backgroundColor');

describe('settings', () => {
  it('forces a dark or light theme, and follows the system again', async () => {
    const { page, close } = await launchApp({ profile: 'full', theme: 'light' });
    try {
      await page.getByRole('button', { name: /^Settings/ }).click();
      const light = await background(page);

      const theme = page.getByRole('group', { name: 'Theme' });
      await theme.getByText('Dark').click();
      await page.locator('html[data-theme="dark"]').waitFor({ state: 'attached' });
      expect(await background(page)).not.toBe(light);

      await theme.getByText('System').click();
      await page.locator('html:not([data-theme])').waitFor({ state: 'attached' });
      expect(await background(page)).toBe(light);
    } finally {
      await close();
    }
  });

  it('renames the current profile', async () => {
    const { page, close } = await launchApp({ profile: 'full' });
    try {
      await page.getByRole('button', { name: /^Settings/ }).click();
      await page.getByRole('button', { name: 'Rename Work' }).click();
      await page.getByLabel('New name for Work').fill('Production');
      await page.getByRole('region', { name: 'Profiles' }).getByRole('button', { name: 'Save' }).click();
      await page.getByRole('button', { name: 'Rename Production' }).waitFor();
    } finally {
      await close();
    }
  });

  it.each(['light', 'dark'] as const)("reorders accounts, and shows one account's revoked token on it alone (%s)", async (theme) => {
    const { page, app, sim, shot, close } = await launchApp({ profile: 'full', theme });
    try {
      await app.handlers.addToken({ token: sim.tokens.readOnly, apiUrl: sim.url, profileName: 'Client' });
      await page.getByRole('button', { name: /^Settings/ }).click();
      const profiles = page.getByRole('region', { name: 'Profiles' });
      await profiles.getByRole('button', { name: 'Move Client up' }).click();
      // Both buttons are always there (disabled at the ends): wait for the move itself.
      await expect.poll(() => profiles.getByRole('button', { name: 'Move Client up' }).isDisabled()).toBe(true);
      expect(app.state().profiles.map((p) => p.name)).toEqual(['Client', 'Work']);

      // Work's token revoked: Work says so, Client (the active one) keeps working.
      sim.revokeToken(sim.tokens.full);
      await app.handlers.refresh(undefined);
      await profiles.getByText('Refused by VPS.org').waitFor();
      expect(await profiles.getByText('Refused by VPS.org').count()).toBe(1);
      expect(app.state().session.status).toBe('valid');
      expect(await audit(page)).toEqual([]);
      await shot('settings-accounts');
    } finally {
      await close();
    }
  });
});
