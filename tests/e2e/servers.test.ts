// Power from the list, the palette and the keyboard, followed until the server settles; and
// what a token without servers:power sees.
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_TIMINGS } from '../../src/core/simulator/simulator';
import { closeBrowser, launchApp } from './harness';

afterAll(() => closeBrowser());

/** Main polls a followed server every 3 s of real time; allow a few polls. */
const SETTLE_WAIT = { timeout: 15_000 };

describe('servers', () => {
  it('reboots from the list after confirming, shows progress, and is back when the server is active', async () => {
    const { page, clock, close } = await launchApp({ profile: 'full' });
    try {
      const row = page.getByRole('row', { name: /web-01/ });
      await row.getByRole('button', { name: 'Reboot web-01' }).click();

      const dialog = page.getByRole('dialog', { name: 'Reboot web-01?' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Reboot' }).click();
      await dialog.waitFor({ state: 'detached' });

      await row.getByRole('status', { name: 'Rebooting web-01' }).waitFor();
      expect(await row.textContent()).toContain('rebooting');

      clock.advance(DEMO_TIMINGS.rebootMs);
      await row.getByRole('button', { name: 'Reboot web-01' }).waitFor(SETTLE_WAIT);
      expect(await row.textContent()).toContain('running');

      await page.getByRole('button', { name: 'Activity' }).click();
      const entry = page.getByRole('row', { name: /Reboot web-01/ });
      await entry.getByRole('img', { name: 'Done' }).waitFor();
    } finally {
      await close();
    }
  });

  it('asks nothing when confirmations are off, and cancelling a confirmation sends nothing', async () => {
    const { page, sim, app, close } = await launchApp({ profile: 'full' });
    try {
      const rebootsSent = () => sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/reboot/')).length;
      const row = page.getByRole('row', { name: /web-02/ });
      await row.getByRole('button', { name: 'Reboot web-02' }).click();
      await page.getByRole('dialog', { name: 'Reboot web-02?' }).getByRole('button', { name: 'Cancel' }).click();
      expect(rebootsSent()).toBe(0);

      await app.handlers.updateSettings({ confirm: { reboot: false } });
      await row.getByRole('button', { name: 'Reboot web-02' }).click();
      await row.getByRole('status', { name: 'Rebooting web-02' }).waitFor();
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(rebootsSent()).toBe(1);
    } finally {
      await close();
    }
  });

  it('disables power for a read-only token and names the missing permission', async () => {
    const { page, close } = await launchApp({ profile: 'readOnly' });
    try {
      const reboot = page.getByRole('row', { name: /web-01/ }).getByRole('button', { name: 'Reboot web-01' });
      await reboot.waitFor();
      expect(await reboot.isDisabled()).toBe(true);
      expect(await reboot.getAttribute('title')).toContain('needs servers:power');
      expect(await page.getByText("This token can't start, stop or reboot servers: it needs servers:power.").count()).toBe(1);
      expect(await page.getByRole('button', { name: 'New server' }).isDisabled()).toBe(true);

      await page.keyboard.press('Control+k');
      await page.getByRole('combobox', { name: 'Search servers, domains and actions' }).fill('reboot web-01');
      const option = page.getByRole('listbox', { name: 'Results' }).getByRole('option', { name: /Reboot web-01/ });
      expect(await option.getAttribute('aria-disabled')).toBe('true');
      expect(await option.textContent()).toContain('needs servers:power');
    } finally {
      await close();
    }
  });

  it('reboots a server from the command palette', async () => {
    const { page, clock, close } = await launchApp({ profile: 'full' });
    try {
      await page.getByRole('row', { name: /db-01/ }).waitFor();
      await page.keyboard.press('Control+k');
      await page.getByRole('combobox', { name: 'Search servers, domains and actions' }).fill('reboot db');
      expect(await page.getByRole('listbox', { name: 'Results' }).getByRole('option', { selected: true }).textContent()).toContain('Reboot db-01');
      await page.keyboard.press('Enter');

      const dialog = page.getByRole('dialog', { name: 'Reboot db-01?' });
      await dialog.waitFor();
      // The confirm button has the focus, so Enter confirms.
      await page.keyboard.press('Enter');
      const row = page.getByRole('row', { name: /db-01/ });
      await row.getByRole('status', { name: 'Rebooting db-01' }).waitFor();

      clock.advance(DEMO_TIMINGS.rebootMs);
      await row.getByRole('button', { name: 'Reboot db-01' }).waitFor(SETTLE_WAIT);
    } finally {
      await close();
    }
  });

  it('opens the create dialogs from the palette, from any view', async () => {
    const { page, close } = await launchApp({ profile: 'full' });
    try {
      await page.getByRole('row', { name: /web-01/ }).waitFor();
      await page.getByRole('button', { name: 'Activity' }).click();
      const palette = page.getByRole('combobox', { name: 'Search servers, domains and actions' });
      await page.keyboard.press('Control+k');
      await palette.fill('new server');
      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: 'New server' }).waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: 'New server' }).waitFor({ state: 'detached' });

      await page.keyboard.press('Control+k');
      await palette.fill('register domain');
      await page.keyboard.press('Enter');
      await page.getByLabel('Domain name').waitFor();
    } finally {
      await close();
    }
  });

  it('is driven from the keyboard: arrows through the list, Enter for details, Escape back', async () => {
    const { page, close } = await launchApp({ profile: 'full' });
    try {
      await page.getByRole('row', { name: /web-01/ }).focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'web-02' }).waitFor();
      await page.getByRole('meter', { name: 'CPU' }).waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('heading', { name: 'Servers' }).waitFor();
    } finally {
      await close();
    }
  });
});
