// Actions reachable from more than one place (a view, the palette), each with its feedback.
import { m } from '@shared/i18n';
import type { Server } from '@shared/api-types';
import { ui } from './app.svelte';
import type { PaletteCommand } from './palette';
import { requestPower } from './power-flow';
import { run, settle } from './run';
import { connectedAccount, openOwned, ownerOf } from './scope';

/** `owner`: the account the server belongs to, when it is not the active one (lib/scope.ts ownerOf). */
export function copyIp(server: Pick<Server, 'id' | 'name'>, owner: { profileId?: string } = {}): void {
  void run(window.vps.copyIp({ serverId: server.id, ...owner }), (ip) => m.toast_copied_ip({ ip, name: server.name }));
}

export function exportCalendar(): void {
  void run(window.vps.exportCalendar(), (saved) => (saved.saved ? (saved.path ? m.toast_calendar_saved_to({ path: saved.path }) : m.toast_calendar_saved()) : m.toast_export_cancelled()));
}

function setAutoRenew(domainId: number, domainName: string, on: boolean, owner: { profileId?: string }): Promise<unknown> {
  return run(window.vps.updateDomain({ domainId, settings: { auto_renew: on }, ...owner }), () => (on ? m.toast_auto_renew_on({ name: domainName }) : m.toast_auto_renew_off({ name: domainName })));
}

/** A failed refresh is not a toast: the sync banner and the sidebar already say how it went. */
export function refresh(): void {
  void settle(window.vps.refresh());
}

export function runPaletteCommand(command: PaletteCommand): void {
  switch (command.kind) {
    case 'power': {
      const account = connectedAccount(command.profileId);
      const server = account?.servers.find((s) => s.id === command.serverId);
      if (account && server) void requestPower(server, command.action, { permissions: account.session.permissions, owner: ownerOf(account) });
      return;
    }
    case 'copyIp': {
      const account = connectedAccount(command.profileId);
      const server = account?.servers.find((s) => s.id === command.serverId);
      if (account && server) copyIp(server, ownerOf(account));
      return;
    }
    case 'openItem': {
      const account = connectedAccount(command.profileId);
      if (account) void openOwned(command.view, account, command.id);
      return;
    }
    case 'open':
      ui.open(command.view, null);
      return;
    case 'autoRenew': {
      const account = connectedAccount(command.profileId);
      const domain = account?.domains.find((d) => d.id === command.domainId);
      if (account && domain) void setAutoRenew(domain.id, domain.domain_name, command.on, ownerOf(account));
      return;
    }
    case 'create':
      ui.open(command.view, null);
      ui.creating = command.view;
      return;
    case 'refresh':
      refresh();
      return;
    case 'exportCalendar':
      exportCalendar();
      return;
  }
}
