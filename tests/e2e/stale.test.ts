// When VPS.org stops answering, the last data stays on screen, marked with its age.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from './harness';

afterAll(() => closeBrowser());

describe('stale data', () => {
  it('keeps the list and shows a banner with its age when the simulator stops', async () => {
    const { page, sim, shot, close } = await launchApp({ profile: 'full' });
    try {
      await page.getByRole('row', { name: /web-01/ }).waitFor();
      await sim.close();

      await page.getByRole('button', { name: 'Refresh now' }).click();
      const banner = page.getByRole('status').filter({ hasText: /Can't reach VPS\.org|out of date/ });
      await banner.waitFor();
      expect(await banner.textContent()).toMatch(/just now|min ago/);
      expect(await page.getByRole('row', { name: /web-01/ }).count()).toBe(1);
      await shot('stale');
    } finally {
      await close();
    }
  });
});
