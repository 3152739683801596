// Start, stop or reboot a server from anywhere in the window (list, details, palette): ask
// first when Settings.confirm says so, then hand it to main, which follows it until it settles.
import { m } from '@shared/i18n';
import type { PowerAction, Server } from '@shared/api-types';
import { ui } from './app.svelte';
import { confirm } from './confirm.svelte';
import { powerAvailability, powerLabel } from './power';
import { run } from './run';

const CONFIRM_TEXT: Record<Exclude<PowerAction, 'start'>, (inputs: { name: string }) => string> = {
  stop: m.confirm_stop_text,
  reboot: m.confirm_reboot_text,
};
const CONFIRM_TITLE: Record<Exclude<PowerAction, 'start'>, (inputs: { name: string }) => string> = {
  stop: m.confirm_stop_title,
  reboot: m.confirm_reboot_title,
};

/**
 * `account`: for another account's server, its token's permissions and its profile id (the
 * command goes to that account); by default the active account's.
 */
export async function requestPower(server: Server, action: PowerAction, account?: { permissions: readonly string[]; owner: { profileId?: string } }): Promise<void> {
  const state = ui.state;
  if (!state) return;
  const owner = account?.owner ?? {};
  const pending = owner.profileId === undefined ? state.pending.find((p) => p.serverId === server.id) : undefined;
  if (!powerAvailability(server, action, account?.permissions ?? state.session.permissions, pending).enabled) return;
  if (action !== 'start' && state.settings.confirm[action]) {
    const confirmed = await confirm({
      title: CONFIRM_TITLE[action]({ name: server.name }),
      message: CONFIRM_TEXT[action]({ name: server.name }),
      confirmLabel: powerLabel(action),
      danger: action === 'stop',
    });
    if (!confirmed) return;
  }
  await run(window.vps.powerServer({ serverId: server.id, action, ...owner }));
}
