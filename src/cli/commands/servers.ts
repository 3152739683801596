// vps servers …: list, get, create, update (PATCH), replace (PUT), delete, start, stop, reboot.
import type { PowerAction } from '@shared/api-types';
import { ServerCreateSchema, ServerListFilterSchema, ServerPatchSchema, ServerReplaceSchema } from '@shared/api-inputs';
import { formatDuration } from '@shared/format';
import type { Args } from '../command-args';
import type { CommandSpec } from '../command-spec';
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

function powerCommand(action: PowerAction, summary: string, destructive: boolean): CommandSpec {
  return {
    path: ['servers', action],
    usage: 'SERVER [--wait] [--timeout SECONDS] [--yes]',
    summary,
    positionals: ['SERVER'],
    options: { wait: { type: 'boolean' }, timeout: { type: 'string' }, yes: { type: 'boolean' } },
    async run(ctx, args) {
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
    },
  };
}

function backups(args: Args): boolean | undefined {
  return args.toggle('backups', 'no-backups');
}

export const SERVER_COMMANDS: CommandSpec[] = [
  {
    path: ['servers', 'list'],
    usage: '[--status S] [--location L]',
    summary: 'List the servers, optionally only those with a status (active, stopped, suspended) or in a location.',
    options: { status: { type: 'string' }, location: { type: 'string' } },
    async run(ctx, args) {
      const filter = checkInput(
        ServerListFilterSchema,
        definedOnly({ status: args.choice('status', ['active', 'stopped', 'suspended'] as const), location: args.string('location') }),
        {},
      );
      const servers = await (await ctx.client()).servers.list(filter);
      return { json: servers, ids: servers.map((s) => s.id), text: servers.length === 0 ? 'No servers.' : serversTable(servers) };
    },
  },
  {
    path: ['servers', 'get'],
    usage: 'SERVER',
    summary: 'Show a server with its resource usage. SERVER is an id or a name.',
    positionals: ['SERVER'],
    async run(ctx, args) {
      const client = await ctx.client();
      const server = await client.servers.get((await resolveServer(client, args.arg(0))).id);
      return { json: server, ids: [server.id], text: serverDetails(server) };
    },
  },
  {
    path: ['servers', 'create'],
    usage: '--name N --plan ID --os ID --location L [--hostname H] [--ssh-key ID] [--backups]',
    summary: 'Create a server; it is provisioned over the next few minutes.',
    options: {
      name: { type: 'string' },
      plan: { type: 'string' },
      os: { type: 'string' },
      location: { type: 'string' },
      hostname: { type: 'string' },
      'ssh-key': { type: 'string' },
      backups: { type: 'boolean' },
    },
    async run(ctx, args) {
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
  },
  {
    path: ['servers', 'update'],
    usage: 'SERVER [--name N] [--hostname H] [--backups | --no-backups]',
    summary: 'Change some of a server’s settings (PATCH); the others stay as they are.',
    positionals: ['SERVER'],
    options: { name: { type: 'string' }, hostname: { type: 'string' }, backups: { type: 'boolean' }, 'no-backups': { type: 'boolean' } },
    async run(ctx, args) {
      const patch = definedOnly({ name: args.string('name'), hostname: args.string('hostname'), backups_enabled: backups(args) });
      requireSome(patch, '--name, --hostname, --backups, --no-backups');
      const input = checkInput(ServerPatchSchema, patch, SERVER_OPTIONS);
      const client = await ctx.client();
      const server = await client.servers.update((await resolveServer(client, args.arg(0))).id, input);
      return { json: server, ids: [server.id], text: serverDetails(server) };
    },
  },
  {
    path: ['servers', 'replace'],
    usage: 'SERVER --name N --hostname H (--backups | --no-backups)',
    summary: 'Set all of a server’s settings at once (PUT).',
    positionals: ['SERVER'],
    options: { name: { type: 'string' }, hostname: { type: 'string' }, backups: { type: 'boolean' }, 'no-backups': { type: 'boolean' } },
    async run(ctx, args) {
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
  },
  {
    path: ['servers', 'delete'],
    usage: 'SERVER [--yes]',
    summary: 'Delete a server and everything on it. On a terminal you type its name to confirm; otherwise --yes is needed.',
    positionals: ['SERVER'],
    options: { yes: { type: 'boolean' } },
    async run(ctx, args) {
      const ask = mustAsk(ctx.io, args.flag('yes'), 'vps servers delete');
      const client = await ctx.client();
      const ref = await resolveServer(client, args.arg(0));
      const name = ask ? await serverName(ctx, ref) : (ref.name ?? `server ${ref.id}`);
      if (ask) await confirmByTyping(ctx.io, `Deleting ${name} cannot be undone. Type its name to confirm:`, name);
      await client.servers.delete(ref.id);
      return { ids: [ref.id], text: `Deleted ${name}.` };
    },
  },
  powerCommand('start', 'Start a stopped server. --wait follows it until it is active.', false),
  powerCommand('stop', 'Stop a server (asks first). --wait follows it until it has stopped.', true),
  powerCommand('reboot', 'Reboot a server (asks first). --wait follows it until it is active again.', true),
];
