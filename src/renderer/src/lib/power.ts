// Which power actions a server offers right now, and why not when it does not: the token's
// permission first (it will not change by waiting), then an action already under way, then
// the server's status.
import { m } from '@shared/i18n';
import type { PowerAction, Server, ServerStatus } from '@shared/api-types';
import type { PendingAction } from '@shared/app-state';
import { serverStatusWord } from '@shared/format';
import { canPerform } from '@shared/permissions';

export const POWER_ACTIONS: readonly PowerAction[] = ['start', 'stop', 'reboot'];

/** "Reboot", and "Reboot web-01" when a server is named: in the active language. */
export function powerLabel(action: PowerAction, server?: string): string {
  if (server === undefined) return { start: m.power_start, stop: m.power_stop, reboot: m.power_reboot }[action]();
  return { start: m.power_start_server, stop: m.power_stop_server, reboot: m.power_reboot_server }[action]({ name: server });
}

const PROGRESS_LABEL: Record<PendingAction['action'], () => string> = {
  start: m.progress_start,
  stop: m.progress_stop,
  reboot: m.progress_reboot,
  create: m.progress_create,
};

/** The statuses from which each action makes sense. */
const ALLOWED_FROM: Record<PowerAction, readonly ServerStatus[]> = {
  start: ['stopped'],
  stop: ['active'],
  reboot: ['active'],
};

export type PowerAvailability = { enabled: true } | { enabled: false; reason: string; permission?: string };

export function powerAvailability(
  server: Pick<Server, 'status'>,
  action: PowerAction,
  permissions: readonly string[],
  pending: PendingAction | undefined,
): PowerAvailability {
  const verdict = canPerform(permissions, `servers.${action}`);
  if (verdict.allowed === false) return { enabled: false, reason: verdict.reason, permission: verdict.permission };
  if (pending) return { enabled: false, reason: `${PROGRESS_LABEL[pending.action]()}…` };
  if (ALLOWED_FROM[action].includes(server.status)) return { enabled: true };
  return { enabled: false, reason: statusReason(server.status, action) };
}

export function progressLabel(pending: PendingAction): string {
  return PROGRESS_LABEL[pending.action]();
}

/** "Rebooting web-01", as the progress of a named server reads. */
export function progressOf(pending: PendingAction, server: string): string {
  return { start: m.progress_start_server, stop: m.progress_stop_server, reboot: m.progress_reboot_server, create: m.progress_create_server }[pending.action]({ name: server });
}

function statusReason(status: ServerStatus, action: PowerAction): string {
  if (status === 'active' && action === 'start') return m.power_reason_running();
  return m.power_reason_status({ status: serverStatusWord(status) });
}
