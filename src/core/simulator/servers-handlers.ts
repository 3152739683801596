// /api/v1/servers/: list, create, get, replace, update, delete, start, stop, reboot.
import type { ServerStatus } from '@shared/api-types';
import { has, objectBody, optionalBool, optionalInt, optionalText, requiredBool, requiredInt, requiredText, type Body } from './body-fields';
import { findLocation, findOs, findPlan } from './catalog';
import { invalid, notFound, paymentRequired } from './failures';
import type { Handler, HandlerContext } from './handler-types';
import { listBody } from './paginate';
import { jsonResponse, type SimResponse } from './respond';
import type { SimServer } from './state';
import { serverCreatedView, serverDetailView, serverView } from './views';

const NAME_PATTERN = /^[A-Za-z0-9-]{1,63}$/;
const HOSTNAME_PATTERN = /^(?=.{1,253}$)[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.?$/;

export const listServers: Handler = (ctx) => {
  const status = ctx.url.searchParams.get('status');
  const location = ctx.url.searchParams.get('location');
  const servers = [...ctx.state.servers.values()]
    .filter((s) => (status === null || s.status === status) && (location === null || s.location === location))
    .map(serverView);
  return jsonResponse(200, listBody(servers, ctx.pageSize, ctx.url));
};

export const createServer: Handler = (ctx) => {
  const body = objectBody(ctx.body);
  const name = serverName(body);
  const planId = requiredInt(body, 'plan_id');
  const osId = requiredInt(body, 'os_id');
  const location = requiredText(body, 'location');
  const hostname = optionalText(body, 'hostname');
  // Checked like the real API does, though the simulator has no SSH keys to install.
  optionalInt(body, 'ssh_key_id');
  const backups = optionalBool(body, 'backups_enabled') ?? false;
  const plan = findPlan(planId);
  if (!plan) throw invalid(`There is no plan with id ${planId}.`, 'plan_id');
  if (!findOs(osId)) throw invalid(`There is no operating system image with id ${osId}.`, 'os_id');
  if (!findLocation(location)) throw invalid(`There is no datacenter location "${location}".`, 'location');
  if (!ctx.state.charge(plan.monthly_price)) throw paymentRequired();
  const server = ctx.state.addServer({
    id: ctx.state.newServerId(),
    name,
    hostname: hostname ? checkedHostname(hostname) : null,
    status: 'provisioning',
    ip_address: null,
    ipv6_address: null,
    location,
    planId,
    osId,
    backups_enabled: backups,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    transition: null,
  });
  ctx.state.beginTransition(server, 'provisioning', 'active', ctx.state.timings.provisionMs, ctx.now);
  return jsonResponse(201, serverCreatedView(server, 'Server is being provisioned. This may take 2-5 minutes.'));
};

export const getServer: Handler = (ctx) => jsonResponse(200, serverDetailView(serverOf(ctx), ctx.now));

export const replaceServer: Handler = (ctx) => {
  const server = serverOf(ctx);
  const body = objectBody(ctx.body);
  return saveSettings(ctx, server, {
    name: serverName(body),
    hostname: checkedHostname(requiredText(body, 'hostname')),
    backups_enabled: requiredBool(body, 'backups_enabled'),
  });
};

export const updateServer: Handler = (ctx) => {
  const server = serverOf(ctx);
  const body = objectBody(ctx.body);
  return saveSettings(ctx, server, {
    name: has(body, 'name') ? serverName(body) : server.name,
    hostname: has(body, 'hostname') ? checkedHostname(requiredText(body, 'hostname')) : server.hostname,
    backups_enabled: optionalBool(body, 'backups_enabled') ?? server.backups_enabled,
  });
};

export const deleteServer: Handler = (ctx) => {
  ctx.state.servers.delete(serverOf(ctx).id);
  return jsonResponse(204);
};

export const startServer: Handler = (ctx) => {
  const server = serverOf(ctx);
  if (server.status === 'active') throw invalid('Server is already running');
  refuseUnlessSettled(server);
  ctx.state.beginTransition(server, 'starting', 'active', ctx.state.timings.startMs, ctx.now);
  return powerResult(server, 'Server is starting');
};

export const stopServer: Handler = (ctx) => {
  const server = serverOf(ctx);
  refuseUnlessRunning(server);
  ctx.state.beginTransition(server, 'stopping', 'stopped', ctx.state.timings.stopMs, ctx.now);
  return powerResult(server, 'Server is stopping');
};

export const rebootServer: Handler = (ctx) => {
  const server = serverOf(ctx);
  refuseUnlessRunning(server);
  ctx.state.beginTransition(server, 'rebooting', 'active', ctx.state.timings.rebootMs, ctx.now);
  return powerResult(server, 'Server is rebooting');
};

function serverOf(ctx: HandlerContext): SimServer {
  const server = ctx.params.id === undefined ? undefined : ctx.state.servers.get(ctx.params.id);
  if (!server) throw notFound();
  return server;
}

function serverName(body: Body): string {
  const name = requiredText(body, 'name');
  if (!NAME_PATTERN.test(name)) throw invalid('A server name may contain only letters, digits and hyphens (at most 63).', 'name');
  return name;
}

function checkedHostname(hostname: string): string {
  if (!HOSTNAME_PATTERN.test(hostname)) throw invalid('Enter the hostname as a fully qualified domain name, like web01.example.com.', 'hostname');
  return hostname;
}

/** PUT and PATCH alike: the settings, every one checked before, change the server together. */
function saveSettings(ctx: HandlerContext, server: SimServer, settings: Pick<SimServer, 'name' | 'hostname' | 'backups_enabled'>): SimResponse {
  server.name = settings.name;
  server.hostname = settings.hostname;
  server.backups_enabled = settings.backups_enabled;
  server.updatedAt = ctx.now;
  return jsonResponse(200, serverDetailView(server, ctx.now));
}

const BUSY: ReadonlySet<ServerStatus> = new Set(['provisioning', 'starting', 'stopping', 'rebooting']);

function refuseUnlessSettled(server: SimServer): void {
  if (server.status === 'suspended') throw invalid('Server is suspended; power actions are unavailable until it is reactivated');
  if (BUSY.has(server.status)) throw invalid(`Server is ${server.status}; wait until it has finished`);
}

function refuseUnlessRunning(server: SimServer): void {
  refuseUnlessSettled(server);
  if (server.status !== 'active') throw invalid('Server is not running');
}

function powerResult(server: SimServer, message: string): SimResponse {
  return jsonResponse(200, { status: 'success', message, server: { id: server.id, name: server.name, status: server.status } });
}
