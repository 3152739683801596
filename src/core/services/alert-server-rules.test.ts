import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Server, ServerStatus } from '@shared/api-types';
import type { SettledStatus } from '@shared/alerts';
import type { Expectation } from './alert-ledger';
import { expectation, serverExpectationKey } from './alert-expectations';
import { evaluateServerStates, settledStatus } from './alert-server-rules';

const NOW = new Date('2026-01-16T12:00:00Z');
const server = (id: number, status: ServerStatus): Server =>
  ({ id, name: `srv-${id}`, hostname: null, status, ip_address: null, location: 'us-east', plan: { id: 1, name: 'S', vcpus: 1, memory: 1024, storage: 20 }, os: { id: 1, name: 'Debian' }, created_at: '', updated_at: '' }) as Server;

function observe(baseline: Record<string, SettledStatus> | null, servers: Server[], expected: Record<string, Expectation> = {}, snoozed = (_id: number) => false) {
  return evaluateServerStates({ baseline, servers, expected, silent: false, snoozed });
}

describe('server state changes', () => {
  it('record the first sight silently, then report settled changes with from and to', () => {
    const first = observe(null, [server(1, 'active'), server(2, 'stopped'), server(3, 'rebooting')]);
    expect(first.changes).toEqual([]);
    expect(first.baseline).toEqual({ 1: 'active', 2: 'stopped' });
    const next = observe(first.baseline, [server(1, 'stopped'), server(2, 'starting'), server(3, 'active'), server(4, 'suspended')]);
    expect(next.changes.map((c) => [c.server.id, c.from, c.to])).toEqual([[1, 'active', 'stopped']]);
    // Server 2 is on its way somewhere; 3 and 4 are seen settled for the first time.
    expect(next.baseline).toEqual({ 1: 'stopped', 2: 'stopped', 3: 'active', 4: 'suspended' });
  });

  it('let a change this app asked for pass silently, and report any other outcome', () => {
    const expected = { [serverExpectationKey(1)]: expectation('stopped', NOW), [serverExpectationKey(2)]: expectation('stopped', NOW) };
    const result = observe({ 1: 'active', 2: 'active' }, [server(1, 'stopped'), server(2, 'suspended')], expected);
    expect(result.changes.map((c) => [c.server.id, c.to])).toEqual([[2, 'suspended']]);
    expect(result.expected).toEqual({});
    // An expectation waits while nothing has changed yet.
    const waiting = observe({ 1: 'active' }, [server(1, 'stopping')], { [serverExpectationKey(1)]: expectation('stopped', NOW) });
    expect(Object.keys(waiting.expected)).toEqual([serverExpectationKey(1)]);
  });

  it('keep a snoozed server’s old state, so a lasting change fires after the snooze', () => {
    const snoozed = observe({ 1: 'active' }, [server(1, 'stopped')], {}, () => true);
    expect(snoozed.changes).toEqual([]);
    expect(snoozed.baseline).toEqual({ 1: 'active' });
    expect(observe(snoozed.baseline, [server(1, 'stopped')]).changes).toHaveLength(1);
  });

  it('fire exactly once per settled change and never at first sight (property)', () => {
    const status = fc.constantFrom<ServerStatus>('active', 'stopped', 'suspended', 'starting', 'stopping', 'rebooting', 'provisioning');
    fc.assert(
      fc.property(fc.array(status, { minLength: 1, maxLength: 40 }), (statuses) => {
        let baseline: Record<string, SettledStatus> | null = null;
        const fired: [string, string][] = [];
        statuses.forEach((s, i) => {
          const result = observe(baseline, [server(7, s)]);
          if (i === 0) expect(result.changes).toEqual([]);
          fired.push(...result.changes.map((c): [string, string] => [c.from, c.to]));
          baseline = JSON.parse(JSON.stringify(result.baseline)) as Record<string, SettledStatus>;
        });
        // The settled states in order, repeats folded: each step between two of them is one alert.
        const settled = statuses.map(settledStatus).filter((s): s is SettledStatus => s !== null);
        const steps = settled.flatMap((s, i): [string, string][] => (i > 0 && settled[i - 1] !== s ? [[settled[i - 1] ?? '', s]] : []));
        expect(fired).toEqual(steps);
      }),
      { numRuns: 300 },
    );
  });
});
