// Start, stop, reboot — and following the server afterwards: it is polled every few seconds
// until it reaches the status the action aims for, its progress is published as
// AppState.pending, and one notification says how it ended ("web-01 is up again after 41 s").
import type { PowerAction, PowerResult, ServerStatus } from '@shared/api-types';
import type { SettledStatus } from '@shared/alerts';
import type { PendingAction } from '@shared/app-state';
import { toAppError } from '@shared/errors';
import { formatDuration, serverStatusWord } from '@shared/format';
import { m } from '@shared/i18n';
import type { ActivityLog } from './activity';
import type { AppNotification } from './app-notification';
import type { ApiGate } from './api-gate';
import type { StatePort } from './state-holder';
import type { Timers } from './timers';

export type FollowedAction = PowerAction | 'create';

export const POLL_INTERVAL_MS = 3_000;

/** How long a server may take to settle before the app says so; provisioning is the slow one. */
export const SETTLE_TIMEOUT_MS: Record<FollowedAction, number> = {
  start: 3 * 60_000,
  stop: 3 * 60_000,
  reboot: 3 * 60_000,
  create: 10 * 60_000,
};

const TARGET: Record<FollowedAction, SettledStatus> = { start: 'active', stop: 'stopped', reboot: 'active', create: 'active' };

/** What the activity log calls each action, in the active language. */
export const ACTION_LABEL: Record<FollowedAction, () => string> = { start: m.power_start, stop: m.power_stop, reboot: m.power_reboot, create: m.activity_create_server };

/** How a followed action ended, for the notification and (its title) the activity log. */
function settledNotice(action: FollowedAction, name: string, took: string): { title: string; body: string } {
  const title = { reboot: m.notify_rebooted, start: m.notify_started, stop: m.notify_stopped, create: m.notify_created }[action]({ name, took });
  const body = { reboot: m.notify_reboot_done, start: m.notify_start_done, stop: m.notify_stop_done, create: m.notify_create_done }[action]();
  return { title, body };
}

function unsettledNotice(name: string, limit: string, status: ServerStatus): { title: string; body: string } {
  return { title: m.notify_not_settled({ name, limit }), body: m.notify_last_seen({ status: serverStatusWord(status) }) };
}

export interface PowerService {
  run(serverId: number, action: PowerAction): Promise<PowerResult>;
  /** Follows a server until it settles; `startedAt` is when the action was sent. */
  follow(server: { id: number; name: string; status: ServerStatus }, action: FollowedAction, activityId: string, startedAt: Date): void;
  /** Stops following everything; the pending activity entries say why. */
  cancelAll(reason: string): void;
}

interface Follower {
  pending: PendingAction;
  activityId: string;
  handle: unknown;
}

export interface PowerDeps {
  gate: ApiGate;
  /** The servers of the account the actions are for, and where their progress shows. */
  state: StatePort<'servers' | 'pending'>;
  activity: ActivityLog;
  timers: Timers;
  notify: (notification: AppNotification) => void;
  /** Tells the alerts what this action will make of the server: that change is not news. */
  expect: (serverId: number, status: SettledStatus) => void;
}

export function createPowerService(deps: PowerDeps): PowerService {
  const followers = new Map<number, Follower>();

  function publish(): void {
    deps.state.set({ pending: [...followers.values()].map((f) => f.pending) });
  }

  function setListedStatus(serverId: number, status: ServerStatus, ip: string | null | undefined): void {
    const servers = deps.state.get().servers;
    if (!servers.some((s) => s.id === serverId)) return;
    deps.state.set({
      servers: servers.map((s) => (s.id === serverId ? { ...s, status, ip_address: ip === undefined ? s.ip_address : ip } : s)),
    });
  }

  function end(serverId: number, follower: Follower): void {
    if (follower.handle !== null) deps.timers.clearTimeout(follower.handle);
    followers.delete(serverId);
    publish();
  }

  function schedule(serverId: number, follower: Follower): void {
    follower.handle = deps.timers.setTimeout(() => poll(serverId, follower), POLL_INTERVAL_MS);
  }

  async function poll(serverId: number, follower: Follower): Promise<void> {
    follower.handle = null;
    const { pending } = follower;
    let status: ServerStatus | null = null;
    try {
      const detail = await deps.gate.run('servers.get', (client) => client.servers.get(serverId));
      status = detail.status;
      setListedStatus(serverId, detail.status, detail.ip_address);
    } catch (error) {
      if (followers.get(serverId) !== follower) return;
      const failure = toAppError(error);
      // Gone, or the token stopped working: nothing more can be learned by asking again.
      if (failure.kind === 'not_found' || failure.kind === 'unauthorized') {
        deps.activity.settle(follower.activityId, 'error', failure.message);
        end(serverId, follower);
        return;
      }
    }
    if (followers.get(serverId) !== follower) return;

    const elapsed = deps.timers.now().getTime() - Date.parse(pending.startedAt);
    const target = { view: 'servers' as const, id: serverId };
    if (status === pending.target) {
      const notice = settledNotice(pending.action, pending.serverName, formatDuration(elapsed));
      deps.activity.settle(follower.activityId, 'ok', notice.title);
      end(serverId, follower);
      deps.notify({ ...notice, target });
    } else if (elapsed >= SETTLE_TIMEOUT_MS[pending.action]) {
      const notice = unsettledNotice(pending.serverName, formatDuration(SETTLE_TIMEOUT_MS[pending.action]), pending.status);
      deps.activity.settle(follower.activityId, 'error', notice.title);
      end(serverId, follower);
      deps.notify({ ...notice, target });
    } else {
      if (status !== null && status !== pending.status) {
        follower.pending = { ...pending, status };
        publish();
      }
      schedule(serverId, follower);
    }
  }

  const service: PowerService = {
    async run(serverId, action) {
      const listed = deps.state.get().servers.find((s) => s.id === serverId);
      const name = listed?.name ?? m.server_fallback({ id: serverId });
      const startedAt = deps.timers.now();
      let result: PowerResult;
      try {
        result = await deps.gate.run(`servers.${action}`, (client) => client.servers[action](serverId));
      } catch (error) {
        deps.activity.add({ action: ACTION_LABEL[action](), target: name, result: 'error', message: toAppError(error).message });
        throw error;
      }
      deps.expect(serverId, TARGET[action]);
      const activityId = deps.activity.add({ action: ACTION_LABEL[action](), target: result.server.name, result: 'pending', message: result.message });
      setListedStatus(serverId, result.server.status, undefined);
      service.follow(result.server, action, activityId, startedAt);
      return result;
    },

    follow(server, action, activityId, startedAt) {
      const previous = followers.get(server.id);
      if (previous) end(server.id, previous);
      const follower: Follower = {
        pending: {
          serverId: server.id,
          serverName: server.name,
          action,
          startedAt: startedAt.toISOString(),
          status: server.status,
          target: TARGET[action],
        },
        activityId,
        handle: null,
      };
      followers.set(server.id, follower);
      publish();
      schedule(server.id, follower);
    },

    cancelAll(reason) {
      if (followers.size === 0) return;
      for (const [serverId, follower] of [...followers]) {
        deps.activity.settle(follower.activityId, 'error', reason);
        end(serverId, follower);
      }
    },
  };
  return service;
}
