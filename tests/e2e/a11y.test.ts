// Accessibility, measured: axe-core (WCAG 2.0/2.1 A and AA, and best practices) on every view
// and dialog, light and dark, with the page behind a dialog audited too; and the keyboard's
// focus, which must never drop to <body> when what had it goes away.
import { afterAll, describe, expect, it } from 'vitest';
import { audit, closeBrowser, focused, launchApp } from './harness';

afterAll(() => closeBrowser());

describe.each(['light', 'dark'] as const)('axe-core, %s', (theme) => {
  it('finds no violation during onboarding', async () => {
    const { page, close } = await launchApp({ profile: 'none', theme });
    try {
      await page.getByRole('button', { name: 'Try the demo' }).waitFor();
      expect(await audit(page)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('finds no violation in any view or dialog of a full account', async () => {
    const { page, close } = await launchApp({ profile: 'full', theme });
    const results: Record<string, string[]> = {};
    const check = async (name: string) => {
      results[name] = await audit(page);
    };
    try {
      await page.getByRole('row', { name: /web-01/ }).getByText('%').waitFor();
      await check('servers');
      await page.getByRole('row', { name: /web-01/ }).getByRole('button', { name: 'Reboot web-01' }).click();
      await page.getByRole('dialog', { name: 'Reboot web-01?' }).waitFor();
      await check('confirm dialog');
      await page.keyboard.press('Escape');

      await page.getByRole('row', { name: /db-01/ }).click();
      await page.getByRole('meter', { name: 'CPU' }).waitFor();
      await check('server details');
      await page.getByRole('button', { name: 'Edit' }).click();
      await page.getByRole('dialog').waitFor();
      await check('edit server dialog');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'New server' }).click();
      await page.getByRole('dialog', { name: 'New server' }).waitFor();
      await check('new server dialog');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: /^Domains/ }).click();
      await page.getByRole('grid', { name: 'Domains' }).waitFor();
      await check('domains');
      await page.getByRole('button', { name: 'Register' }).click();
      await page.getByLabel('Domain name').fill('acme-new.io');
      await check('register dialog');
      await page.keyboard.press('Escape');
      await page.getByRole('grid', { name: 'Domains' }).getByRole('row', { name: /acme-shop\.com/ }).click();
      await page.getByText('VPS.org', { exact: true }).waitFor();
      await check('domain details');
      await page.getByRole('button', { name: 'Transfer in…' }).click();
      await page.getByRole('dialog').waitFor();
      await check('transfer dialog');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Back to domains' }).click();

      await page.getByRole('button', { name: /^DNS/ }).click();
      await page.getByRole('grid', { name: 'DNS zones' }).waitFor();
      await check('dns');
      await page.getByRole('button', { name: 'New zone' }).click();
      await page.getByRole('dialog').waitFor();
      await check('new zone dialog');
      await page.keyboard.press('Escape');
      await page.getByRole('row', { name: /acme-shop\.com/ }).click();
      await page.getByRole('grid', { name: 'Records of acme-shop.com' }).waitFor();
      await check('dns records');
      await page.getByRole('button', { name: 'Add record' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a record to acme-shop.com' });
      await dialog.getByLabel('Type').selectOption('MX');
      await dialog.getByLabel('Name').fill('@');
      await dialog.getByLabel('Value').fill('10 mail.acme-shop.com');
      await dialog.getByRole('button', { name: 'Add record' }).click();
      await dialog.getByRole('alert').first().waitFor();
      await check('record dialog with an error');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Activity' }).click();
      await page.getByRole('heading', { name: 'Activity' }).waitFor();
      await check('activity');

      await page.getByRole('button', { name: /^Settings/ }).click();
      await page.getByRole('heading', { name: 'Account and token' }).waitFor();
      await check('settings');

      await page.keyboard.press('Control+k');
      await page.getByRole('combobox', { name: 'Search servers, domains and actions' }).fill('reb web');
      await check('palette');
    } finally {
      await close();
    }
    expect(results).toEqual(Object.fromEntries(Object.keys(results).map((name) => [name, []])));
  });

  it('finds no violation for a read-only token', async () => {
    const { page, close } = await launchApp({ profile: 'readOnly', theme });
    try {
      await page.getByRole('row', { name: /web-01/ }).waitFor();
      expect(await audit(page)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('focus', () => {
  it('stays on the row after a power action is confirmed from the keyboard', async () => {
    const { page, close } = await launchApp({ profile: 'full' });
    try {
      const row = page.getByRole('row', { name: /web-01/ });
      await row.getByRole('button', { name: 'Reboot web-01' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: 'Reboot web-01?' }).waitFor();
      await page.keyboard.press('Enter');
      await row.getByRole('status', { name: 'Rebooting web-01' }).waitFor();
      await expect.poll(() => focused(page)).toBe('status: Rebooting web-01');
    } finally {
      await close();
    }
  });

  it('moves to the details heading on Enter, and back to the same row, where the list was, on Escape', async () => {
    const { page, app, sim, close } = await launchApp({ profile: 'full' });
    try {
      // More domains than the window shows, so going to the last one scrolls the list.
      sim.generate({ domains: 40 });
      await app.handlers.refresh(undefined);
      await page.getByRole('button', { name: /^Domains/ }).click();
      const grid = page.getByRole('grid', { name: 'Domains' });
      await grid.getByRole('row', { name: /acme-promo\.org/ }).focus();
      await page.keyboard.press('End');
      const last = await focused(page);
      expect(last).toMatch(/^row: /);
      // The list's scrolling viewport (a locator's evaluate takes no string function: read it from the page).
      const scrollTop = () => page.evaluate<number>(`document.querySelector('[role="grid"][aria-label="Domains"] .viewport').scrollTop`);
      const scrolled = await scrollTop();
      expect(scrolled).toBeGreaterThan(0);
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Back to domains' }).waitFor();
      await expect.poll(() => focused(page)).toMatch(/^h1: /);

      await page.keyboard.press('Escape');
      await grid.waitFor();
      await expect.poll(() => focused(page)).toBe(last);
      expect(await scrollTop()).toBe(scrolled);
    } finally {
      await close();
    }
  });

  it('shows a focus ring on the palette search box', async () => {
    const { page, close } = await launchApp({ profile: 'full' });
    try {
      await page.getByRole('row', { name: /web-01/ }).waitFor();
      await page.keyboard.press('Control+k');
      const search = page.getByRole('combobox', { name: 'Search servers, domains and actions' });
      await search.waitFor();
      await expect.poll(() => focused(page)).toBe('combobox: Search servers, domains and actions');
      const ring = await page.evaluate<string>(`(() => {
        const style = getComputedStyle(document.activeElement.closest('.search'));
        return style.outlineStyle + ' ' + style.outlineWidth;
      })()`);
      expect(ring).toBe('solid 2px');
    } finally {
      await close();
    }
  });

  it('stops animations when the system asks for reduced motion', async () => {
    const { page, close } = await launchApp({ profile: 'none', reducedMotion: 'reduce' });
    try {
      await page.getByRole('button', { name: 'Try the demo' }).waitFor();
      const duration = await page.evaluate<string>(`(() => {
        const el = document.createElement('span');
        el.className = 'spinner';
        document.body.append(el);
        const value = getComputedStyle(el).animationDuration;
        el.remove();
        return value;
      })()`);
      expect(duration).toBe('0s');
    } finally {
      await close();
    }
  });
});
