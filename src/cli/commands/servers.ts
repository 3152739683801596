// What the vps servers … commands do (their words and options are in table/servers.ts).
import { SERVER_FILTER_STATUSES, type PowerAction } from '@shared/api-types';
import { ServerCreateSchema, ServerListFilterSchema, ServerPatchSchema, ServerReplaceSchema } from '@shared/api-inputs';
import { formatDuration } from '@shared/format';
import { fromEveryProfile, withProfileField } from '../all-profiles';
import type { Args } from '../command-args';
import type { CommandRun } from '../command-spec';
import type { CliContext } from '../context';
import { confirmByTyping, confirmOrCancel, mustAsk } from '../prompt';
import { resolveServer } from '../resolve';
import { serverDetails, serversTable } from '../text-views';
import { UsageError } from '../usage-error';
import { checkInput, definedOnly, requireSome } from '../validate';
import { followServer, settledMessage } from '../wait';

const SERVER_OPTIONS = { plan_id: '--plan', os_id: '--os', ssh_key_id: '--ssh-key', backups_enabled: '--backups' };

export const DEFAULT_WAIT_TIMEOUT_S = 300;

const VERBS: Record<PowerAction, string> = { start: 'Start', stop: 'Stop', reboot: 'Reboot' };

/** A server's name for a question, asked of the API when the argument was an id. */
async function serverName(ctx: CliContext, ref: { id: number; name?: string }): Promise<string> {
  return ref.name ?? (await (await ctx.client()).servers.get(ref.id)).name;
}

function powerRun(action: PowerAction, destructive: boolean): CommandRun<CliContext> {
  return async (ctx, args) => {
    const timeoutS = args.integer('timeout', { min: 1 }) ?? DEFAULT_WAIT_TIMEOUT_S;
    if (args.has('timeout') && !args.flag('wait')) throw new UsageError('--timeout goes with --wait');
    const ask = destructive && mustAsk(ctx.io, args.flag('yes'), `vps servers ${action}`);
    const client = await ctx.client();
    const ref = await resolveServer(client, args.arg(0));
    if (ask) await confirmOrCancel(ctx.io, `${VERBS[action]} ${await serverName(ctx, ref)}?`);
    const startedAt = ctx.now();
    const result = await client.servers[action](ref.id);
    if (!args.flag('wait')) {
      return { json: result, ids: [result.server.id], text: `${result.server.name}: ${result.message} (${result.server.status})` };
    }
    const follow = { client, io: ctx.io, pollMs: ctx.pollMs, timeoutMs: timeoutS * 1000, now: ctx.now, sleep: ctx.sleep };
    const settled = await followServer(follow, result.server, action, startedAt);
    return { json: settled, ids: [settled.id], text: settledMessage(action, settled.name, formatDuration(ctx.now() - startedAt)) };
  };
}

function backups(args: Args): boolean | undefined {
  return args.toggle('backups', 'no-backups');
}

export const RUNS = {
  async list(ctx, args) {
    const filter = checkInput(
      ServerListFilterSchema,
      definedOnly({ status: args.choice('status', SERVER_FILTER_STATUSES), location: args.string('location') }),
      {},
    );
    if (args.flag('all-profiles')) {
      const rows = await fromEveryProfile(ctx, (client) => client.servers.list(filter));
      const servers = rows.map((r) => r.item);
      const text = servers.length === 0 ? 'No servers.' : serversTable(servers, rows.map((r) => r.profile));
      return { json: withProfileField(rows), ids: servers.map((s) => s.id), text };
    }
    const servers = await (await ctx.client()).servers.list(filter);
    return { json: servers, ids: servers.map((s) => s.id), text: servers.length === 0 ? 'No servers.' : serversTable(servers) };
  },

  async get(ctx, args) {
    const client = await ctx.client();
    const server = await client.servers.get((await resolveServer(client, args.arg(0))).id);
    return { json: server, ids: [server.id], text: serverDetails(server) };
  },

  async create(ctx, args) {
    for (const option of ['name', 'plan', 'os', 'location']) args.required(option);
    const input = checkInput(
      ServerCreateSchema,
      definedOnly({
        name: args.required('name'),
        plan_id: args.integer('plan', { min: 1 }),
        os_id: args.integer('os', { min: 1 }),
        location: args.required('location'),
        hostname: args.string('hostname'),
        ssh_key_id: args.integer('ssh-key', { min: 1 }),
        backups_enabled: args.flag('backups') ? true : undefined,
      }),
      SERVER_OPTIONS,
    );
    const server = await (await ctx.client()).servers.create(input);
    return { json: server, ids: [server.id], text: [server.message, serverDetails(server)].filter(Boolean).join('\n\n') };
  },

  async update(ctx, args) {
    const patch = definedOnly({ name: args.string('name'), hostname: args.string('hostname'), backups_enabled: backups(args) });
    requireSome(patch, '--name, --hostname, --backups, --no-backups');
    const input = checkInput(ServerPatchSchema, patch, SERVER_OPTIONS);
    const client = await ctx.client();
    const server = await client.servers.update((await resolveServer(client, args.arg(0))).id, input);
    return { json: server, ids: [server.id], text: serverDetails(server) };
  },

  async replace(ctx, args) {
    const backupsEnabled = backups(args);
    if (backupsEnabled === undefined) throw new UsageError('choose --backups or --no-backups');
    const input = checkInput(
      ServerReplaceSchema,
      { name: args.required('name'), hostname: args.required('hostname'), backups_enabled: backupsEnabled },
      SERVER_OPTIONS,
    );
    const client = await ctx.client();
    const server = await client.servers.replace((await resolveServer(client, args.arg(0))).id, input);
    return { json: server, ids: [server.id], text: serverDetails(server) };
  },

  async delete(ctx, args) {
    const ask = mustAsk(ctx.io, args.flag('yes'), 'vps servers delete');
    const client = await ctx.client();
    const ref = await resolveServer(client, args.arg(0));
    const name = ask ? await serverName(ctx, ref) : (ref.name ?? `server ${ref.id}`);
    if (ask) await confirmByTyping(ctx.io, `Deleting ${name} cannot be undone. Type its name to confirm:`, name);
    await client.servers.delete(ref.id);
    return { ids: [ref.id], text: `Deleted ${name}.` };
  },

  start: powerRun('start', false),
  stop: powerRun('stop', true),
  reboot: powerRun('reboot', true),
} satisfies Record<string, CommandRun<CliContext>>;
