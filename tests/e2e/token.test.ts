// A token revoked mid-session: the window says so, pauses, and takes a new token in place.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from './harness';

afterAll(() => closeBrowser());

describe('token trouble', () => {
  it('shows the refused-token banner and takes a replacement from Settings', async () => {
    const { page, sim, shot, close } = await launchApp({ profile: 'full' });
    try {
      await page.getByRole('row', { name: /web-01/ }).waitFor();
      sim.revokeToken(sim.tokens.full);
      await page.getByRole('button', { name: 'Refresh now' }).click();

      const banner = page.getByRole('alert').filter({ hasText: 'no longer accepts this token' });
      await banner.waitFor();
      await shot('token-refused');
      await banner.getByRole('button', { name: 'Replace token' }).click();

      await page.getByLabel('New API token').fill(sim.tokens.power);
      await page.getByRole('button', { name: 'Save token' }).click();
      await banner.waitFor({ state: 'detached' });
      await page.getByRole('heading', { name: 'Account and token' }).waitFor();
      expect(await page.getByRole('region', { name: 'Account and token' }).textContent()).toContain('servers:power');
    } finally {
      await close();
    }
  });
});
