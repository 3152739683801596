import { afterEach, describe, expect, it } from 'vitest';
import { m } from '@shared/i18n';
import { startFixtureServer } from '../core/api/testing/fixture-server';
import type { DemoRunner } from '../core/services/demo-runner';
import { NOTICE_IDS } from '../core/services/notices';
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

  it('says so when the demo cannot start, and asks nothing of the old simulator’s address', async () => {
    h = await createHarness();
    await h.app.start();
    const view = await h.app.handlers.startDemo(undefined);
    const profile = h.app.state().profiles.find((p) => p.id === view.profileId)!;
    await h.app.stop();

    // Something else now listens where the demo's simulator was.
    const squatter = await startFixtureServer(() => ({ body: {} }), Number(new URL(profile.apiUrl).port));
    try {
      const broken: DemoRunner = { start: async () => Promise.reject(new Error('EADDRINUSE')), stop: async () => undefined };
      const app = h.restart({ demo: broken });
      await app.start();
      expect(squatter.requests).toEqual([]);
      expect(app.state().session).toMatchObject({ profileId: profile.id, hasToken: false, status: 'none' });
      expect(app.state().notices).toEqual([expect.objectContaining({ id: NOTICE_IDS.demoUnavailable, level: 'error', message: expect.stringContaining(m.demo_could_not_start({ reason: '' })) })]);
      await expect(app.handlers.startDemo(undefined)).rejects.toBeDefined();
      expect(squatter.requests).toEqual([]);
    } finally {
      await squatter.close();
    }
  });

  it('never sends a real token to the demo profile’s address', async () => {
    h = await createHarness();
    await h.app.start();
    const view = await h.app.handlers.startDemo(undefined);
    const before = h.sim.requests.length;
    await expect(h.app.handlers.addToken({ token: h.sim.tokens.full, profileId: view.profileId! })).rejects.toMatchObject({
      kind: 'invalid_input',
      message: m.session_demo_profile(),
    });
    expect(h.sim.requests.length).toBe(before);
    expect(h.app.state().session).toMatchObject({ profileId: view.profileId, tokenName: 'Demo full access' });
  });
});

