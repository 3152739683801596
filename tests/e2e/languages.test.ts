// The window in each of the app's languages, following the OS: the servers and domains views
// and a dialog, light theme, saved for a person to look at (test-results/screenshots/lang-*).
// Yiddish mirrors the layout while addresses and code stay left to right; every screen passes
// the axe audit in its language.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCALES, m, textDirection, type Locale } from '@shared/i18n';
import { audit, closeBrowser, launchApp } from './harness';

afterAll(() => closeBrowser());

/** Where an element is on screen. */
const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
};

describe.each(LOCALES)('the window in %s', (locale: Locale) => {
  it('speaks the language of the OS, mirrored when it reads right to left', async () => {
    const { page, app, shot, close } = await launchApp({ profile: 'full', systemLanguages: [`${locale}-XX`, 'en-US'] });
    try {
      // The app core runs in this process, so `m` speaks the language the window was given.
      expect(app.state().locale).toBe(locale);
      const servers = page.getByRole('grid', { name: m.nav_servers() });
      await servers.getByRole('row', { name: /web-01/ }).getByText('%').waitFor();
      await expect.poll(() => page.evaluate<string[]>('[document.documentElement.lang, document.documentElement.dir]')).toEqual([locale, textDirection(locale)]);
      await page.getByRole('heading', { name: m.nav_servers() }).waitFor();

      // The sidebar sits at the start of the line: on the left, or on the right in Yiddish.
      const nav = await box(page, 'nav');
      const main = await box(page, 'main');
      expect(textDirection(locale) === 'rtl' ? nav.x > main.x : nav.x < main.x).toBe(true);
      // An IP address keeps its left-to-right order.
      expect(await page.evaluate<string>(`getComputedStyle(document.querySelector('.ip .mono')).direction`)).toBe('ltr');
      expect(await audit(page)).toEqual([]);
      await shot(`lang-${locale}-servers`);

      await page.getByRole('button', { name: m.servers_new() }).click();
      const dialog = page.getByRole('dialog', { name: m.servers_new() });
      await dialog.getByRole('button', { name: m.server_create() }).waitFor();
      expect(await audit(page)).toEqual([]);
      await shot(`lang-${locale}-dialog`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });

      await page.getByRole('button', { name: new RegExp(`^${m.nav_domains()}`) }).click();
      await page.getByRole('grid', { name: m.nav_domains() }).getByRole('row', { name: /acme-shop\.com/ }).waitFor();
      await page.getByRole('region', { name: m.reminders_due() }).waitFor();
      expect(await audit(page)).toEqual([]);
      await shot(`lang-${locale}-domains`);
    } finally {
      await close();
    }
  });
});
