import { afterEach, describe, expect, it } from 'vitest';
import { REALISTIC_TIMINGS } from '../core/simulator/simulator';
import { POLL_INTERVAL_MS, SETTLE_TIMEOUT_MS } from '../core/services/power';
import { createHarness, signIn, type Harness } from './testing/app-harness';
import { buildTrayMenu, trayTooltip } from './tray/menu-model';

let h: Harness;
afterEach(async () => {
  await h.close();
});

async function ready(): Promise<{ id: number; name: string }> {
  h = await createHarness({ timings: REALISTIC_TIMINGS });
  await h.app.start();
  await signIn(h);
  // The sign-in's reminder notices are not what these tests are about.
  h.desktop.notifications.length = 0;
  return h.app.state().servers.find((s) => s.name === 'web-01')!;
}

describe('a followed power action', () => {
  it('a reboot is followed until the server is up again, then notified once', async () => {
    const web01 = await ready();
    const result = await h.app.handlers.powerServer({ serverId: web01.id, action: 'reboot' });
    expect(result.server.status).toBe('rebooting');
    expect(h.app.state().pending).toEqual([
      { serverId: web01.id, serverName: 'web-01', action: 'reboot', startedAt: h.timers.now().toISOString(), status: 'rebooting', target: 'active' },
    ]);
    expect(h.app.state().activity[0]).toMatchObject({ action: 'Reboot', target: 'web-01', result: 'pending' });

    // Halfway: still rebooting, shown as such in the tray.
    await h.timers.advance(REALISTIC_TIMINGS.rebootMs / 2);
    expect(h.app.state().pending[0]?.status).toBe('rebooting');
    expect(h.app.state().servers.find((s) => s.id === web01.id)?.status).toBe('rebooting');
    expect(buildTrayMenu(h.app.state(), h.timers.now()).map((i) => i.label)).toContain('◐ web-01 — rebooting…');
    expect(trayTooltip(h.app.state())).toContain('web-01 rebooting…');
    expect(h.desktop.notifications).toEqual([]);

    await h.timers.advance(REALISTIC_TIMINGS.rebootMs);
    const polls = h.sim.requests.filter((r) => r.method === 'GET' && r.path === `/api/v1/servers/${web01.id}/`);
    const doneAt = Math.ceil(REALISTIC_TIMINGS.rebootMs / POLL_INTERVAL_MS) * POLL_INTERVAL_MS;
    expect(polls).toHaveLength(doneAt / POLL_INTERVAL_MS);
    expect(h.app.state().pending).toEqual([]);
    expect(h.app.state().servers.find((s) => s.id === web01.id)?.status).toBe('active');
    expect(h.desktop.notifications).toEqual([
      { title: `web-01 is up again after ${doneAt / 1000} s`, body: 'Reboot finished.', target: { view: 'servers', id: web01.id } },
    ]);
    expect(h.app.state().activity[0]).toMatchObject({ action: 'Reboot', result: 'ok', message: `web-01 is up again after ${doneAt / 1000} s` });

    // Nothing more is polled or notified afterwards.
    const count = h.sim.requests.length;
    await h.timers.advance(10 * 60_000);
    expect(h.sim.requests.slice(count).some((r) => r.path === `/api/v1/servers/${web01.id}/`)).toBe(false);
    expect(h.desktop.notifications).toHaveLength(1);
  });

  it('a stop says that the server stopped', async () => {
    const web01 = await ready();
    await h.app.handlers.powerServer({ serverId: web01.id, action: 'stop' });
    await h.timers.advance(REALISTIC_TIMINGS.stopMs + POLL_INTERVAL_MS);
    expect(h.desktop.notifications.map((n) => n.title)).toEqual(['web-01 stopped']);
  });

  it('a server that does not settle in time is reported once, with a way to open it', async () => {
    const web01 = await ready();
    await h.app.handlers.powerServer({ serverId: web01.id, action: 'reboot' });
    h.sim.faults.inject({ method: 'GET', path: `/api/v1/servers/${web01.id}/`, kind: 'status', status: 500, times: Infinity });
    await h.timers.advance(SETTLE_TIMEOUT_MS.reboot + 60_000);
    expect(h.desktop.notifications).toEqual([
      { title: 'web-01 did not settle within 3 min', body: expect.stringContaining('rebooting'), target: { view: 'servers', id: web01.id } },
    ]);
    expect(h.app.state().pending).toEqual([]);
    expect(h.app.state().activity[0]).toMatchObject({ result: 'error', message: 'web-01 did not settle within 3 min' });
  });

  it('notifications can be turned off; following still ends', async () => {
    const web01 = await ready();
    await h.app.handlers.updateSettings({ notifications: false });
    await h.app.handlers.powerServer({ serverId: web01.id, action: 'reboot' });
    await h.timers.advance(REALISTIC_TIMINGS.rebootMs + POLL_INTERVAL_MS);
    expect(h.app.state().pending).toEqual([]);
    expect(h.desktop.notifications).toEqual([]);
  });

  it('a refused action is an error with the API sentence and nothing is followed', async () => {
    const web01 = await ready();
    await expect(h.app.handlers.powerServer({ serverId: web01.id, action: 'start' })).rejects.toMatchObject({ kind: 'validation', message: expect.stringMatching(/already running/i) });
    expect(h.app.state().pending).toEqual([]);
    expect(h.app.state().activity[0]).toMatchObject({ action: 'Start', target: 'web-01', result: 'error' });
  });
});
