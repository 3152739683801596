import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '@shared/errors';
import { createClient } from '../core/api/client';
import type { VpsClient } from '../core/api/client-types';
import { createManualClock, startSimulator, type ManualClock, type Simulator } from '../core/simulator/simulator';
import { testIo, type TestIo } from './testing/test-io';
import { followServer } from './wait';

const TIMINGS = { provisionMs: 60_000, startMs: 5_000, stopMs: 4_000, rebootMs: 8_000, domainPendingMs: 30_000 };

let sim: Simulator | undefined;
let client: VpsClient | undefined;

afterEach(async () => {
  await client?.close();
  await sim?.close();
  client = undefined;
  sim = undefined;
});

async function setup(opts: { tty?: boolean } = {}): Promise<{ sim: Simulator; clock: ManualClock; client: VpsClient; io: TestIo }> {
  const clock = createManualClock();
  sim = await startSimulator({ clock, timings: TIMINGS });
  client = createClient({ baseUrl: sim.url, token: () => sim!.tokens.full });
  const io = testIo({ tty: opts.tty ?? false });
  return { sim, clock, client, io };
}

/** Waiting moves the simulator's clock instead of real time. */
function options(clock: ManualClock, c: VpsClient, io: TestIo, timeoutMs: number) {
  return { client: c, io, pollMs: 2_000, timeoutMs, now: () => clock.now(), sleep: async (ms: number) => clock.advance(ms) };
}

describe('followServer', () => {
  it('polls a rebooting server until it is active again, one progress line per status change', async () => {
    const { clock, client: c, io } = await setup();
    const web = (await c.servers.list()).find((s) => s.name === 'web-01')!;
    const startedAt = clock.now();
    const result = await c.servers.reboot(web.id);

    const settled = await followServer(options(clock, c, io, 300_000), result.server, 'reboot', startedAt);

    expect(settled.status).toBe('active');
    expect(clock.now() - startedAt).toBe(TIMINGS.rebootMs);
    expect(io.err()).toBe('web-01: rebooting… 0 s\n');
    const polls = sim!.requests.filter((r) => r.method === 'GET' && r.path === `/api/v1/servers/${web.id}/`);
    expect(polls).toHaveLength(4);
  });

  it('rewrites the progress line in place on a terminal and ends it with a newline', async () => {
    const { clock, client: c, io } = await setup({ tty: true });
    const staging = (await c.servers.list()).find((s) => s.name === 'staging')!;
    const startedAt = clock.now();
    const result = await c.servers.start(staging.id);

    await followServer(options(clock, c, io, 300_000), result.server, 'start', startedAt);

    expect(io.err()).toBe('\r\u001b[Kstaging: starting… 0 s\r\u001b[Kstaging: starting… 2 s\r\u001b[Kstaging: starting… 4 s\n');
  });

  it('fails with a timeout error naming the last status when the server does not settle in time', async () => {
    const { clock, client: c, io } = await setup();
    const web = (await c.servers.list()).find((s) => s.name === 'web-01')!;
    const startedAt = clock.now();
    const result = await c.servers.reboot(web.id);

    let failure: unknown;
    try {
      await followServer(options(clock, c, io, 5_000), result.server, 'reboot', startedAt);
    } catch (error) {
      failure = error;
    }

    expect(isAppError(failure) && failure.kind).toBe('timeout');
    expect(isAppError(failure) && failure.message).toBe('web-01 did not settle within 5 s; it was last seen rebooting.');
  });
});
