import { describe, expect, it } from 'vitest';
import type { SessionView } from '@shared/app-state';
import { VpsError, appError } from '@shared/errors';
import type { OperationId } from '@shared/operations';
import { canPerform } from '@shared/permissions';
import type { VpsClient } from '../api/client-types';
import { createApiGate } from './api-gate';

// The gate's own decisions, over a session stand-in; real requests through it are covered by
// the app tests against the simulator.
function session(permissions: string[] | null, client: VpsClient | null = {} as VpsClient) {
  const reported: (string | undefined)[] = [];
  const view = { tokenName: permissions === null ? null : 'laptop', permissions: permissions ?? [] } as SessionView;
  return {
    reported,
    stub: {
      client: () => client,
      tokenLoaded: () => Promise.resolve(),
      can: (op: OperationId) => canPerform(view.permissions, op),
      view: () => view,
      activeProfileId: () => 'p1',
      reportUnauthorized: (id?: string) => void reported.push(id),
    },
  };
}

describe('the API gate', () => {
  it('refuses before sending when the token lacks the permission, naming it', async () => {
    const { stub } = session(['servers:list']);
    const gate = createApiGate(stub);
    let sent = false;
    await expect(gate.run('servers.reboot', async () => (sent = true))).rejects.toMatchObject({ kind: 'forbidden', permission: 'servers:power' });
    expect(sent).toBe(false);
    expect(gate.allowed('servers.list')).toBe(true);
    expect(gate.allowed('dns.zones.list')).toBe(false);
    expect(gate.allowed('domains.register')).toBe(true);
  });

  it('lets the API decide while the permissions were never seen', async () => {
    const gate = createApiGate(session(null).stub);
    expect(gate.allowed('servers.delete')).toBe(true);
    await expect(gate.run('servers.delete', async () => 'sent')).resolves.toBe('sent');
  });

  it('needs a token', async () => {
    const gate = createApiGate(session(['*:*'], null).stub);
    await expect(gate.run('servers.list', async () => 'sent')).rejects.toMatchObject({ kind: 'unauthorized' });
  });

  it('reports a 401 to the session for the profile the request was made for', async () => {
    const { stub, reported } = session(['*:*']);
    const gate = createApiGate(stub);
    await expect(gate.run('servers.list', async () => Promise.reject(new VpsError(appError('unauthorized', 'Your API token is invalid.'))))).rejects.toMatchObject({ kind: 'unauthorized' });
    await expect(gate.run('servers.list', async () => Promise.reject(new VpsError(appError('server', 'VPS.org had a problem.'))))).rejects.toMatchObject({ kind: 'server' });
    expect(reported).toEqual(['p1']);
  });

  it('turns anything else thrown into a VpsError with a plain sentence', async () => {
    const gate = createApiGate(session(['*:*']).stub);
    const failure = await gate.run('servers.list', async () => Promise.reject(new RangeError('bad'))).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(VpsError);
    expect(failure).toMatchObject({ kind: 'server' });
    expect((failure as Error).message).not.toContain('bad');
  });
});
