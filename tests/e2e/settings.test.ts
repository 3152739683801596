// Settings that change the window itself: the theme, forced or following the system; and
// profiles renamed in place.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from './harness';

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
});
