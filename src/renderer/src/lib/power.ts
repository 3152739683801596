// Which power actions a server offers right now, and why not when it does not: the token's
// permission first (it will not change by waiting), then an action already under way, then
// the server's status.
import type { PowerAction, Server, ServerStatus } from '@shared/api-types';
import type { PendingAction } from '@shared/app-state';
import { canPerform } from '@shared/permissions';

export const POWER_ACTIONS: readonly PowerAction[] = ['start', 'stop', 'reboot'];

export const POWER_LABEL: Record<PowerAction, string> = { start: 'Start', stop: 'Stop', reboot: 'Reboot' };

const PROGRESS_LABEL: Record<PendingAction['action'], string> = {
  start: 'Starting',
  stop: 'Stopping',
  reboot: 'Rebooting',
  create: 'Provisioning',
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
  if (pending) return { enabled: false, reason: `${PROGRESS_LABEL[pending.action]}…` };
  if (ALLOWED_FROM[action].includes(server.status)) return { enabled: true };
  return { enabled: false, reason: statusReason(server.status, action) };
}

export function progressLabel(pending: PendingAction): string {
  return PROGRESS_LABEL[pending.action];
}

function statusReason(status: ServerStatus, action: PowerAction): string {
  if (status === 'active' && action === 'start') return 'already running';
  if (status === 'stopped' && action !== 'start') return 'the server is stopped';
  return `the server is ${status}`;
}
