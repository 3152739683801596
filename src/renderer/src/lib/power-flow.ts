// Start, stop or reboot a server from anywhere in the window (list, details, palette): ask
// first when Settings.confirm says so, then hand it to main, which follows it until it settles.
import type { PowerAction, Server } from '@shared/api-types';
import { ui } from './app.svelte';
import { confirm } from './confirm.svelte';
import { POWER_LABEL, powerAvailability } from './power';
import { run } from './run';

const CONFIRM_TEXT: Record<Exclude<PowerAction, 'start'>, (name: string) => string> = {
  stop: (name) => `${name} will shut down and stay off until you start it again. Anything it serves goes offline.`,
  reboot: (name) => `${name} will restart. Anything it serves is unavailable for a minute or so.`,
};

export async function requestPower(server: Server, action: PowerAction): Promise<void> {
  const state = ui.state;
  if (!state) return;
  const pending = state.pending.find((p) => p.serverId === server.id);
  if (!powerAvailability(server, action, state.session.permissions, pending).enabled) return;
  if (action !== 'start' && state.settings.confirm[action]) {
    const confirmed = await confirm({
      title: `${POWER_LABEL[action]} ${server.name}?`,
      message: CONFIRM_TEXT[action](server.name),
      confirmLabel: POWER_LABEL[action],
      danger: action === 'stop',
    });
    if (!confirmed) return;
  }
  await run(window.vps.powerServer({ serverId: server.id, action }));
}
