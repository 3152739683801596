import { describe, expect, it } from 'vitest';
import type { Domain } from '@shared/api-types';
import { everyAccount } from '@shared/accounts';
import type { AppState } from '@shared/app-state';
import { buildEntries as entriesOf, matchEntries } from './palette';
import { appState, server, withOtherAccount, zone } from './testing/fixtures';

const domain: Domain = { id: 7, domain_name: 'example.com', status: 'active', expiration_date: '2026-12-01T00:00:00Z', auto_renew: false };

const state = appState({
  servers: [server(1, 'web-01'), server(2, 'web-010'), server(3, 'db-01', 'stopped')],
  domains: [domain],
});

/** Every connected account in scope, as "All accounts" shows them. */
const buildEntries = (state: AppState) => entriesOf(state, everyAccount(state));
const labels = (query: string) => matchEntries(buildEntries(state), query).map((e) => e.label);

describe('palette entries', () => {
  it('offers only the power actions that fit each server', () => {
    const all = buildEntries(state).map((e) => e.label);
    expect(all).toContain('Reboot web-01');
    expect(all).toContain('Start db-01');
    expect(all).not.toContain('Start web-01');
    expect(all).not.toContain('Reboot db-01');
  });

  it('lists power actions a read-only token cannot run, disabled with the permission named', () => {
    const readOnly = appState({ servers: [server(1, 'web-01')] }, ['servers:list']);
    const reboot = buildEntries(readOnly).find((e) => e.label === 'Reboot web-01');
    expect(reboot?.disabled).toBe('needs servers:power');
  });

  it('opens the create dialogs, disabled with the permission named when the token lacks it', () => {
    expect(labels('new server')[0]).toBe('New server…');
    expect(buildEntries(state).find((e) => e.id === 'create-domains')).toMatchObject({ label: 'Register a domain…', command: { kind: 'create', view: 'domains' } });
    const readOnly = buildEntries(appState({}, ['servers:list', 'dns:list']));
    expect(readOnly.find((e) => e.id === 'create-servers')?.disabled).toBe('needs servers:create');
    expect(readOnly.find((e) => e.id === 'create-dns')?.disabled).toBe('needs dns:create');
    // The provider names no permission for registering: the API decides.
    expect(readOnly.find((e) => e.id === 'create-domains')?.disabled).toBeUndefined();
  });

  it('turns auto-renew the other way round', () => {
    expect(buildEntries(state).find((e) => e.id === 'renew-p1/7')).toMatchObject({
      label: 'Turn auto-renew on for example.com',
      command: { kind: 'autoRenew', domainId: 7, on: true, profileId: 'p1' },
    });
  });
});

describe('palette entries across accounts', () => {
  const two = withOtherAccount(state, { id: 'p2', name: 'Client', servers: [server(1, 'shop-01')], domains: [{ ...domain, id: 9, domain_name: 'client.com' }], zones: [zone('z-9', 'client.com')], permissions: ['servers:list'] });

  it("lists every account's servers and domains, each naming its account and acting for it", () => {
    const entries = buildEntries(two);
    expect(entries.find((e) => e.label === 'Open shop-01')).toMatchObject({ detail: 'running · 203.0.113.1', account: 'Client', command: { kind: 'openItem', view: 'servers', id: 1, profileId: 'p2' } });
    expect(entries.find((e) => e.label === 'Open web-01')).toMatchObject({ account: 'Work', command: { profileId: 'p1' } });
    expect(entries.find((e) => e.label === 'Copy IP of shop-01')?.command).toEqual({ kind: 'copyIp', serverId: 1, profileId: 'p2' });
    expect(entries.find((e) => e.label === 'Open client.com')?.command).toEqual({ kind: 'openItem', view: 'domains', id: 9, profileId: 'p2' });
    expect(entries.find((e) => e.label === 'Edit DNS of client.com')).toMatchObject({ account: 'Client', command: { kind: 'openItem', view: 'dns', id: 'z-9', profileId: 'p2' } });
    // Server 1 exists in both accounts: the entries stay apart.
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it("judges another account's power actions by that account's token", () => {
    expect(buildEntries(two).find((e) => e.label === 'Reboot shop-01')).toMatchObject({ disabled: 'needs servers:power', command: { kind: 'power', serverId: 1, action: 'reboot', profileId: 'p2' } });
    expect(buildEntries(two).find((e) => e.label === 'Reboot web-01')?.disabled).toBeUndefined();
  });

  it("turns another account's auto-renew with its token", () => {
    expect(buildEntries(two).find((e) => e.label === 'Turn auto-renew on for client.com')).toMatchObject({ account: 'Client', command: { kind: 'autoRenew', domainId: 9, on: true, profileId: 'p2' } });
  });

  it('names no account when the scope holds one', () => {
    const entries = entriesOf(two, everyAccount(two).filter((a) => a.profileId === 'p2'));
    expect(entries.find((e) => e.label === 'Open shop-01')?.account).toBeUndefined();
    expect(entries.some((e) => e.label === 'Open web-01')).toBe(false);
  });
});

describe('palette matching', () => {
  it('puts the exact name first, ahead of longer names that start the same', () => {
    expect(labels('reboot web-01').slice(0, 2)).toEqual(['Reboot web-01', 'Reboot web-010']);
  });

  it('takes the words in any order and in part', () => {
    expect(labels('web-01 reb')[0]).toBe('Reboot web-01');
    expect(labels('start db')[0]).toBe('Start db-01');
    expect(labels('open exa')[0]).toBe('Open example.com');
  });

  it('finds letters in sequence within one word', () => {
    expect(labels('rbt db')).toEqual([]);
    expect(labels('rbt wb01')[0]).toBe('Reboot web-01');
  });

  it('does not match letters scattered across words', () => {
    expect(labels('reb web')).not.toContain('Turn auto-renew on for example.com');
  });

  it('returns nothing for what no entry contains', () => {
    expect(labels('zzz')).toEqual([]);
  });

  it('ranks disabled entries below runnable ones', () => {
    const mixed = appState({ servers: [server(1, 'web-01')] }, ['servers:list']);
    const ranked = matchEntries(buildEntries(mixed), 'web-01').map((e) => e.label);
    expect(ranked.indexOf('Open web-01')).toBeLessThan(ranked.indexOf('Reboot web-01'));
  });
});
