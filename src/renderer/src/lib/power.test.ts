import { describe, expect, it } from 'vitest';
import type { PowerAction, ServerStatus } from '@shared/api-types';
import type { PendingAction } from '@shared/app-state';
import { powerAvailability } from './power';

const FULL = ['*:*'];

describe('powerAvailability', () => {
  it.each<[ServerStatus, PowerAction, boolean]>([
    ['active', 'start', false],
    ['active', 'stop', true],
    ['active', 'reboot', true],
    ['stopped', 'start', true],
    ['stopped', 'stop', false],
    ['stopped', 'reboot', false],
    ['suspended', 'start', false],
    ['suspended', 'reboot', false],
    ['provisioning', 'reboot', false],
    ['rebooting', 'stop', false],
  ])('%s server, %s → enabled %s', (status, action, enabled) => {
    expect(powerAvailability({ status }, action, FULL, undefined).enabled).toBe(enabled);
  });

  it('names the missing permission before anything else', () => {
    expect(powerAvailability({ status: 'active' }, 'reboot', ['servers:list'], undefined)).toEqual({
      enabled: false,
      reason: 'needs servers:power',
      permission: 'servers:power',
    });
  });

  it('accepts a resource wildcard', () => {
    expect(powerAvailability({ status: 'active' }, 'reboot', ['servers:*'], undefined).enabled).toBe(true);
  });

  it('says what is under way while an action settles', () => {
    const pending: PendingAction = { serverId: 1, serverName: 'web-01', action: 'reboot', startedAt: '2026-01-01T00:00:00Z', status: 'rebooting', target: 'active' };
    expect(powerAvailability({ status: 'active' }, 'stop', FULL, pending)).toEqual({ enabled: false, reason: 'Rebooting…' });
  });

  it('explains a status that does not allow the action', () => {
    expect(powerAvailability({ status: 'suspended' }, 'start', FULL, undefined)).toEqual({ enabled: false, reason: 'the server is suspended' });
  });
});
