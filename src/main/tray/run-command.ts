// What a click in the tray menu does. Stop and reboot ask first when the settings say so; a
// failure becomes a notification, since the tray has nowhere else to say it.
import { everyServer } from '@shared/accounts';
import type { AppState } from '@shared/app-state';
import { m } from '@shared/i18n';
import type { CommandHandlers } from '@shared/ipc-contract';
import type { Logger } from '../../core/log/logger';
import { commandFailure } from '../command-failure';
import type { Desktop } from '../desktop';
import type { TrayCommand } from './menu-model';

const CONFIRM = {
  reboot: { title: m.confirm_reboot_title, detail: m.tray_confirm_reboot_detail, label: m.power_reboot },
  stop: { title: m.confirm_stop_title, detail: m.tray_confirm_stop_detail, label: m.power_stop },
};
const FAILED_POWER = { start: m.tray_failed_start, stop: m.tray_failed_stop, reboot: m.tray_failed_reboot };

/** What a command's input adds for an item of a named account (the active one when left out). */
const ownedBy = (profileId: string | undefined): { profileId?: string } => (profileId === undefined ? {} : { profileId });

export function createTrayRunner(deps: { handlers: CommandHandlers; desktop: Desktop; state: () => AppState; log: Logger }) {
  const { handlers, desktop, log } = deps;

  /** The server's name in its own account's list (the active account's when no profile is named). */
  function serverName(serverId: number, profileId: string | undefined): string {
    const state = deps.state();
    const owner = profileId ?? state.session.profileId;
    return everyServer(state).find((s) => s.profileId === owner && s.item.id === serverId)?.item.name ?? m.server_fallback({ id: serverId });
  }

  async function power(serverId: number, action: 'start' | 'stop' | 'reboot', profileId: string | undefined): Promise<void> {
    const state = deps.state();
    const name = serverName(serverId, profileId);
    if (action !== 'start' && state.settings.confirm[action]) {
      const ask = CONFIRM[action];
      const confirmed = await desktop.confirm({ message: ask.title({ name }), detail: ask.detail({ name }), confirmLabel: ask.label() });
      // "I clicked Stop and nothing happened" reads differently in a bug report once the answer is known.
      log.info('tray.confirm', { action, server: name, confirmed });
      if (!confirmed) return;
    }
    await handlers.powerServer({ serverId, action, ...ownedBy(profileId) });
  }

  async function run(command: TrayCommand): Promise<void> {
    switch (command.kind) {
      case 'power':
        return power(command.serverId, command.action, command.profileId);
      case 'copyIp':
        await handlers.copyIp({ serverId: command.serverId, ...ownedBy(command.profileId) });
        return;
      case 'open':
        // Another account's item opens with its account named: the window shows it in place.
        return handlers.openView({ view: command.view, ...(command.id === undefined ? {} : { id: command.id }), ...ownedBy(command.profileId) });
      case 'refresh':
        return handlers.refresh(undefined);
      case 'settings':
        return handlers.openView({ view: 'settings' });
      case 'snooze':
        return handlers.snoozeReminder({ domainId: command.domainId, days: command.days, ...ownedBy(command.profileId) });
      case 'handled':
        return handlers.markReminderHandled({ domainId: command.domainId, ...ownedBy(command.profileId) });
      case 'snoozeAlert':
        return handlers.snoozeAlert({ alertId: command.alertId, days: command.days, ...ownedBy(command.profileId) });
      case 'alertHandled':
        return handlers.markAlertHandled({ alertId: command.alertId, ...ownedBy(command.profileId) });
      case 'tokenPage':
        return handlers.openTokenPage(undefined);
      case 'quit':
        return handlers.quit(undefined);
    }
  }

  function failureTitle(command: TrayCommand): string {
    if (command.kind === 'power') {
      return FAILED_POWER[command.action]({ name: serverName(command.serverId, command.profileId) });
    }
    if (command.kind === 'copyIp') return m.tray_failed_copy();
    if (command.kind === 'refresh') return m.tray_failed_refresh();
    return m.tray_failed();
  }

  return async function runTrayCommand(command: TrayCommand): Promise<void> {
    try {
      await run(command);
    } catch (error) {
      const target = command.kind === 'power' || command.kind === 'copyIp' ? { view: 'servers' as const, id: command.serverId } : undefined;
      desktop.notify({ title: failureTitle(command), body: commandFailure(error).message, ...(target ? { target } : {}) });
    }
  };
}
