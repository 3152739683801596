// The app and `vps watch` keep one set of ledgers: an alert one of them gave is not given again
// by the other. The CLI runs in this process over the app's data folder and keychain.
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../cli/main';
import { testIo } from '../cli/testing/test-io';
import { createVault } from '../core/vault/vault';
import { createHarness, signIn, type Harness } from './testing/app-harness';

let h: Harness;
afterEach(async () => {
  await h.close();
});

async function watchOnce(): Promise<string> {
  const io = testIo({ env: { VPS_TRAY_DATA_DIR: h.dataDir } });
  const code = await main(['watch', '--once', '--json', '--profile', 'Test'], io, { vault: createVault(h.keychain), now: () => h.clock.now() });
  expect(io.err()).toBe('');
  expect(code).toBe(0);
  return io.out();
}

describe('the app and vps watch', () => {
  it('share the reminder and alert ledgers of a profile', async () => {
    h = await createHarness();
    await h.app.start();
    await signIn(h);
    const serverId = [...h.sim.state.servers.values()].find((s) => s.name === 'cache-01')!.id;
    const domainId = [...h.sim.state.domains.values()].find((d) => d.domain_name === 'acme.co')!.id;

    // The app gave the expiry reminders and saw the account first; it sees cache-01 stop.
    h.sim.scenario.setServerStatus(serverId, 'stopped');
    await h.app.handlers.refresh(undefined);
    expect(h.app.state().alerts.map((a) => a.subject)).toEqual(['cache-01']);
    expect(await watchOnce()).toBe('');

    // `vps watch` sees acme.co's privacy turned off; the app, restarted, does not say it again.
    h.sim.scenario.changeDomain(domainId, { privacy_protection: false });
    const line = JSON.parse(await watchOnce()) as Record<string, unknown>;
    expect(line).toMatchObject({ kind: 'domain_change', subject: 'acme.co', field: 'privacy_protection', from: true, to: false });
    await h.app.stop();
    const notified = h.desktop.notifications.length;
    const restarted = h.restart();
    await restarted.start();
    await restarted.handlers.refresh(undefined);
    expect(h.desktop.notifications).toHaveLength(notified);
    expect(restarted.state().alerts.map((a) => [a.kind, a.subject])).toEqual([
      ['domain_change', 'acme.co'],
      ['server_state', 'cache-01'],
    ]);
  });
});
