import { describe, expect, it } from 'vitest';
import { VpsError, appError } from '@shared/errors';
import { COMMAND_NAMES, commandChannel, type CommandHandlers, type CommandName } from '@shared/ipc-contract';
import { createDispatcher } from './dispatcher';

/** Handlers that answer with what they were given, so a test sees the parsed input. */
function echoHandlers(overrides: Partial<Record<CommandName, (input: unknown) => Promise<unknown>>> = {}) {
  const calls: { name: CommandName; input: unknown }[] = [];
  const handlers = Object.fromEntries(
    COMMAND_NAMES.map((name) => [
      name,
      async (input: unknown) => {
        calls.push({ name, input });
        const override = overrides[name];
        return override ? override(input) : { echoed: input };
      },
    ]),
  ) as unknown as CommandHandlers;
  return { handlers, calls };
}

describe('the dispatcher', () => {
  it('refuses channels without the prefix, unknown names and inherited property names', async () => {
    const { handlers, calls } = echoHandlers();
    const dispatch = createDispatcher(handlers);
    for (const channel of ['getState', 'vps:', 'vps:nope', 'vps:constructor', 'vps:__proto__', 'vps:toString', 'vps:hasOwnProperty', 'VPS:getState', ' vps:getState', 'vps:event:state']) {
      const result = await dispatch(channel, undefined);
      expect(result, channel).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    }
    expect(await dispatch(42 as unknown as string, undefined)).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    expect(calls).toEqual([]);
  });

  it('passes a valid input, as the schema parsed it, to the right handler', async () => {
    const { handlers, calls } = echoHandlers();
    const dispatch = createDispatcher(handlers);
    const result = await dispatch(commandChannel('createZone'), { domain: '  Example.COM ' });
    expect(result).toEqual({ ok: true, value: { echoed: { domain: 'example.com' } } });
    expect(calls).toEqual([{ name: 'createZone', input: { domain: 'example.com' } }]);
    expect(await dispatch(commandChannel('getState'), undefined)).toEqual({ ok: true, value: { echoed: undefined } });
  });

  const bad: [CommandName, unknown, string | undefined][] = [
    ['getState', { sneaky: true }, undefined],
    ['getServer', { serverId: 'abc' }, 'serverId'],
    ['getServer', { serverId: 0 }, 'serverId'],
    ['getServer', {}, 'serverId'],
    ['getServer', { serverId: 1, extra: 1 }, 'extra'],
    ['powerServer', { serverId: 1, action: 'explode' }, 'action'],
    ['createServer', { name: 'web 01', plan_id: 1, os_id: 1, location: 'us-west' }, 'name'],
    ['createServer', { name: 'web-01', plan_id: 1.5, os_id: 1, location: 'us-west' }, 'plan_id'],
    ['updateServer', { serverId: 1, patch: {} }, 'patch'],
    ['updateDomain', { domainId: 1, settings: { nameservers: ['ns1.example.com'] } }, 'settings.nameservers'],
    ['registerDomain', { domain_name: 'not a domain' }, 'domain_name'],
    ['registerDomain', { domain_name: 'example.com', years: 11 }, 'years'],
    ['transferDomain', { domainId: 1, transfer: { auth_code: '' } }, 'transfer.auth_code'],
    ['snoozeReminder', { domainId: 1, days: 3 }, 'days'],
    ['createZoneRecord', { zoneId: 'z-1', record: { record_type: 'BOGUS', name: '@', value: 'x' } }, 'record.record_type'],
    ['createZoneRecord', { zoneId: '../etc', record: { record_type: 'A', name: '@', value: '192.0.2.1' } }, 'zoneId'],
    ['updateRecord', { recordId: 'r-1', patch: { ttl: -5 } }, 'patch.ttl'],
    ['watchServers', { serverIds: Array.from({ length: 21 }, (_, i) => i + 1) }, 'serverIds'],
    ['watchDetails', { targets: [{ kind: 'zone', zoneId: '../etc' }] }, 'targets.0.zoneId'],
    ['watchDetails', { targets: [{ kind: 'server', serverId: 1 }] }, 'targets.0.kind'],
    ['watchDetails', { targets: [{ kind: 'account', sneaky: true }] }, 'targets.0.sneaky'],
    ['watchDetails', { targets: [{ kind: 'records', recordType: 'BOGUS' }] }, 'targets.0.recordType'],
    ['watchDetails', { targets: Array.from({ length: 11 }, (_, i) => ({ kind: 'domain', domainId: i + 1 })) }, 'targets'],
    ['openView', { view: 'admin' }, 'view'],
    ['addToken', { token: 'x'.repeat(600) }, 'token'],
    ['addToken', { token: 'vps_abc', apiUrl: 'not a url' }, 'apiUrl'],
    ['updateSettings', { theme: 'neon' }, 'theme'],
    ['dismissNotice', null, undefined],
  ];

  it.each(bad)('refuses a bad input for %s and names the field', async (name, input, field) => {
    const { handlers, calls } = echoHandlers();
    const result = await createDispatcher(handlers)(commandChannel(name), input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('invalid_input');
    expect(result.error.field).toBe(field);
    if (field !== undefined) expect(result.error.message).toContain(field);
    expect(calls).toEqual([]);
  });

  it('never quotes the rejected value back', async () => {
    const { handlers } = echoHandlers();
    const dispatch = createDispatcher(handlers);
    const secret = 'vps_secret_value_123';
    for (const [channel, input] of [
      [commandChannel('openView'), { view: secret }],
      [commandChannel('getServer'), { serverId: secret }],
      [commandChannel('createZone'), { domain: secret }],
      [commandChannel('addToken'), { token: secret, [secret]: 1 }],
    ] as const) {
      const result = await dispatch(channel, input);
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).not.toContain(secret);
    }
  });

  it('turns what a handler throws into an AppError: kind kept, no stack, no token', async () => {
    const { handlers } = echoHandlers({
      exportCalendar: async () => {
        throw new VpsError(appError('forbidden', 'Token lacks servers:power permission', { permission: 'servers:power', status: 403 }));
      },
      refresh: async () => {
        throw new TypeError('cannot read properties of undefined (at /home/me/app.js:1:2)');
      },
      deleteZone: async () => {
        throw new VpsError(appError('validation', 'The token vps_abcdef123 is not allowed here.'));
      },
    });
    const dispatch = createDispatcher(handlers);

    expect(await dispatch(commandChannel('exportCalendar'), undefined)).toEqual({
      ok: false,
      error: { kind: 'forbidden', message: 'Token lacks servers:power permission', permission: 'servers:power', status: 403 },
    });

    const crashed = await dispatch(commandChannel('refresh'), undefined);
    expect(crashed).toMatchObject({ ok: false, error: { kind: 'server' } });
    expect(JSON.stringify(crashed)).not.toMatch(/app\.js|TypeError|stack/);

    const leaked = await dispatch(commandChannel('deleteZone'), { zoneId: 'z-1' });
    expect(JSON.stringify(leaked)).not.toContain('vps_abcdef123');
    expect(leaked).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });
});
