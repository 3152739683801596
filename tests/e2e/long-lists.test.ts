// Thousands of rows: only the rows in view are in the DOM, and the keyboard
// still reaches the last one.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from './harness';

afterAll(() => closeBrowser());

describe('long lists', () => {
  it('windows 2,000 servers and 2,000 domains', async () => {
    const { page, app, sim, close } = await launchApp({ profile: 'full' });
    try {
      sim.generate({ servers: 2_000, domains: 2_000 });
      await app.handlers.refresh(undefined);

      const servers = page.getByRole('grid', { name: 'Servers' });
      // aria-rowcount counts the header row too.
      await page.locator(`[role="grid"][aria-label="Servers"][aria-rowcount="${sim.state.servers.size + 1}"]`).waitFor();
      expect(await servers.getByRole('row').count()).toBeLessThan(60);

      await servers.getByRole('row').nth(1).focus();
      await page.keyboard.press('End');
      const last = [...sim.state.servers.values()].at(-1)!;
      await servers.getByRole('row', { name: new RegExp(last.name) }).waitFor();
      expect(await servers.getByRole('row').count()).toBeLessThan(60);

      await page.getByRole('button', { name: /^Domains/ }).click();
      const domains = page.getByRole('grid', { name: 'Domains' });
      await domains.waitFor();
      expect(await domains.getByRole('row').count()).toBeLessThan(60);
    } finally {
      await close();
    }
  });
});
