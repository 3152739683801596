// Servers: the list (every refresh), details and usage for the servers the window is looking at
// (and only those: a hidden window never asks for details), and the writes. Every detail fetched
// here also reaches the usage alerts as a sample.
import type { Server, ServerCreateInput, ServerCreated, ServerDetail, ServerPatchInput, ServerReplaceInput } from '@shared/api-types';
import type { UsageSample, WatchedServer } from '@shared/app-state';
import { toAppError } from '@shared/errors';
import { m } from '@shared/i18n';
import type { ActivityLog } from './activity';
import type { ApiGate } from './api-gate';
import { ACTION_LABEL, type PowerService } from './power';
import type { StatePort } from './state-holder';
import type { Timers } from './timers';

/** Enough samples for a sparkline of the last half hour at the default shown interval. */
export const SAMPLES_KEPT = 30;

export interface ServersService {
  refreshList(): Promise<void>;
  /** Fetches details and one usage sample for every watched server. */
  sampleWatched(): Promise<void>;
  /** The window says which servers it shows; new ones are fetched at once. */
  watch(serverIds: number[]): Promise<void>;
  /** Forgets what was watched (another profile, no window). */
  unwatchAll(): void;
  get(serverId: number): Promise<ServerDetail>;
  create(input: ServerCreateInput): Promise<ServerCreated>;
  replace(serverId: number, input: ServerReplaceInput): Promise<ServerDetail>;
  update(serverId: number, patch: ServerPatchInput): Promise<ServerDetail>;
  delete(serverId: number): Promise<void>;
}

export interface ServersDeps {
  gate: ApiGate;
  /** The active account's state, or another account's slice of it (src/core/services/accounts.ts). */
  state: StatePort<'servers' | 'watched'>;
  activity: ActivityLog;
  power: PowerService;
  timers: Timers;
  /** Details fetched for the window, as usage samples for the alerts. */
  onDetails: (details: ServerDetail[]) => void;
}

export function createServersService(deps: ServersDeps): ServersService {
  const { gate, state, activity } = deps;
  let watchedIds: number[] = [];

  const nameOf = (serverId: number): string => state.get().servers.find((s) => s.id === serverId)?.name ?? m.server_fallback({ id: serverId });

  function sampleOf(detail: ServerDetail): UsageSample | null {
    const usage = detail.resource_usage;
    if (!usage) return null;
    return {
      at: deps.timers.now().toISOString(),
      cpuPercent: usage.cpu_percent,
      memoryUsed: usage.memory_used,
      diskUsed: usage.disk_used,
      bandwidthUsed: usage.bandwidth_used,
    };
  }

  function record(detail: ServerDetail): void {
    const watched = state.get().watched;
    if (watchedIds.includes(detail.id)) {
      const sample = sampleOf(detail);
      const samples = watched[detail.id]?.samples ?? [];
      const entry: WatchedServer = { detail, samples: sample ? [...samples, sample].slice(-SAMPLES_KEPT) : samples };
      state.set({ watched: { ...watched, [detail.id]: entry } });
    }
    const servers = state.get().servers;
    if (servers.some((s) => s.id === detail.id)) {
      state.set({ servers: servers.map((s) => (s.id === detail.id ? listed(detail) : s)) });
    }
  }

  /** A watched server that no longer exists is dropped; any other failure fails the sampling. */
  async function fetchDetails(serverIds: number[]): Promise<void> {
    const results = await Promise.allSettled(serverIds.map((id) => gate.run('servers.get', (client) => client.servers.get(id))));
    let failure: unknown = null;
    const fetched: ServerDetail[] = [];
    results.forEach((result, index) => {
      if (result.status === 'fulfilled') {
        record(result.value);
        fetched.push(result.value);
      } else if (toAppError(result.reason).kind === 'not_found') watchedIds = watchedIds.filter((id) => id !== serverIds[index]);
      else failure ??= result.reason;
    });
    if (fetched.length > 0) deps.onDetails(fetched);
    // The first failure as the request rejected with it (a VpsError, or what undici threw).
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (failure !== null) throw failure;
  }

  /** After a write the list is refreshed; a failure there must not turn a done write into an error. */
  async function refreshQuietly(): Promise<void> {
    await service.refreshList().catch(() => undefined);
  }

  const service: ServersService = {
    async refreshList() {
      if (!gate.allowed('servers.list')) return;
      const servers = await gate.run('servers.list', (client) => client.servers.list());
      const ids = new Set(servers.map((s) => s.id));
      const watched = Object.fromEntries(Object.entries(state.get().watched).filter(([id]) => ids.has(Number(id))));
      state.set({ servers, watched });
    },

    async sampleWatched() {
      if (watchedIds.length === 0 || !gate.allowed('servers.get')) return;
      await fetchDetails(watchedIds);
    },

    async watch(serverIds) {
      const fresh = serverIds.filter((id) => !watchedIds.includes(id));
      watchedIds = [...new Set(serverIds)];
      const kept = Object.fromEntries(Object.entries(state.get().watched).filter(([id]) => watchedIds.includes(Number(id))));
      state.set({ watched: kept });
      if (fresh.length > 0) await fetchDetails(fresh);
    },

    unwatchAll() {
      watchedIds = [];
      state.set({ watched: {} });
    },

    async get(serverId) {
      const detail = await gate.run('servers.get', (client) => client.servers.get(serverId));
      record(detail);
      deps.onDetails([detail]);
      return detail;
    },

    async create(input) {
      const startedAt = deps.timers.now();
      let created: ServerCreated;
      try {
        created = await gate.run('servers.create', (client) => client.servers.create(input));
      } catch (error) {
        activity.add({ action: ACTION_LABEL.create(), target: input.name, result: 'error', message: toAppError(error).message });
        throw error;
      }
      const activityId = activity.add({
        action: ACTION_LABEL.create(),
        target: created.name,
        result: 'pending',
        message: created.message ?? m.activity_setting_up({ name: created.name }),
      });
      await refreshQuietly();
      deps.power.follow(created, 'create', activityId, startedAt);
      return created;
    },

    async replace(serverId, input) {
      const detail = await activity.track(m.activity_edit_server(), nameOf(serverId), () => gate.run('servers.replace', (client) => client.servers.replace(serverId, input)), () => m.activity_saved());
      record(detail);
      return detail;
    },

    async update(serverId, patch) {
      const detail = await activity.track(m.activity_edit_server(), nameOf(serverId), () => gate.run('servers.update', (client) => client.servers.update(serverId, patch)), () => m.activity_saved());
      record(detail);
      return detail;
    },

    async delete(serverId) {
      await activity.track(m.activity_delete_server(), nameOf(serverId), () => gate.run('servers.delete', (client) => client.servers.delete(serverId)), () => m.activity_deleted());
      state.set({ servers: state.get().servers.filter((s) => s.id !== serverId) });
      await refreshQuietly();
    },
  };
  return service;
}

/** A server as the list shows it: the details' extra fields stay in `watched`. */
function listed(detail: ServerDetail): Server {
  const { id, name, hostname, status, ip_address, location, plan, os, created_at, updated_at } = detail;
  const { bandwidth: _bandwidth, ...listedPlan } = plan;
  return { id, name, hostname, status, ip_address, location, plan: listedPlan, os, created_at, updated_at };
}
