import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './testing/app-harness';

let h: Harness;
afterEach(async () => {
  await h.close();
});

describe('the demo', () => {
  it('runs the embedded simulator in-process as a "Demo" profile, and again after a restart', async () => {
    h = await createHarness();
    await h.app.start();
    const view = await h.app.handlers.startDemo(undefined);
    expect(view).toMatchObject({ hasToken: true, status: 'valid', permissions: ['*:*'] });
    const profile = h.app.state().profiles.find((p) => p.id === view.profileId)!;
    expect(profile).toMatchObject({ name: 'Demo', demo: true });
    expect(profile.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(profile.apiUrl).not.toBe(h.sim.url);
    expect(h.app.state().servers.map((s) => s.name)).toContain('web-01');
    // The test's own simulator was not asked anything: the demo has its own.
    expect(h.sim.requests).toEqual([]);

    // Starting the demo again reuses the profile.
    await h.app.handlers.startDemo(undefined);
    expect(h.app.state().profiles.filter((p) => p.demo)).toHaveLength(1);

    await h.app.stop();
    await expect(fetch(`${profile.apiUrl}/api/v1/account/me/`)).rejects.toThrow();

    const app = h.restart();
    await app.start();
    const again = app.state().profiles.find((p) => p.id === profile.id)!;
    expect(again.apiUrl).not.toBe(profile.apiUrl);
    expect(app.state().session).toMatchObject({ profileId: profile.id, status: 'valid' });
    expect(app.state().sync).toMatchObject({ state: 'idle', stale: false });

    // Removing the demo profile stops its simulator.
    await app.handlers.removeProfile({ profileId: profile.id });
    await expect(fetch(`${again.apiUrl}/api/v1/account/me/`)).rejects.toThrow();
    expect(app.state().session.hasToken).toBe(false);
  });
});
