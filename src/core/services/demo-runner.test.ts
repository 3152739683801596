import { describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../simulator/auth';
import { createDemoRunner } from './demo-runner';

describe('the demo runner', () => {
  it('starts a simulator with tokens of its own, new on every start', async () => {
    const runner = createDemoRunner();
    const first = await runner.start();
    expect(await runner.start()).toEqual(first);
    await runner.stop();
    const second = await runner.start();
    try {
      expect(first.token).toMatch(/^vps_demo_full_[0-9a-f]{32}$/);
      expect(second.token).not.toBe(first.token);
      expect(Object.values(DEMO_TOKENS).map((t) => t.token)).not.toContain(second.token);
      const me = await fetch(`${second.url}/api/v1/account/me/`, { headers: { authorization: `Bearer ${DEMO_TOKENS.full.token}` } });
      expect(me.status).toBe(401);
    } finally {
      await runner.stop();
    }
  });
});
