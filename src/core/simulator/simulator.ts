// The embedded VPS.org: a real HTTP server on 127.0.0.1 serving every API operation from an
// in-memory account, for the demo and for every integration test. Other software on this
// machine, or a web page that points a name at 127.0.0.1 (DNS rebinding), can reach the port
// too: so it answers only requests addressed to a loopback host, reads bodies up to a limit,
// and for the demo makes tokens no one else knows.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_TOKENS, TokenRegistry } from './auth';
import { systemClock, type SimClock } from './clock';
import { Delays } from './delays';
import { serveRequest } from './serve-request';
import { FaultSet, faultResponse, type FaultRule } from './faults';
import { jsonResponse, send, sendCut, type SimResponse } from './respond';
import { generateDomains, generateServers, seedDemoData, demoAccount } from './seed';
import { DAY_MS, SimState } from './state';
import { REALISTIC_TIMINGS, type SimTimings } from './timings';
import { createScenario, type Scenario } from './scenario';

export { createManualClock, systemClock, type ManualClock, type SimClock } from './clock';
export { DEMO_TIMINGS, REALISTIC_TIMINGS, type SimTimings } from './timings';
export type { FaultKind, FaultRule } from './faults';
export type { SimState } from './state';
export type { DomainPatch, Scenario } from './scenario';
export { playDemoStory } from './demo-story';

export interface SimulatorOptions {
  /** Default 0: any free port. */
  port?: number;
  /** Default: the system clock. */
  clock?: SimClock;
  /** Default: REALISTIC_TIMINGS. */
  timings?: SimTimings;
  /** null (default): lists come whole as {count, results}; a number: DRF pages of that size. */
  pageSize?: number | null;
  /** USD, default 500. */
  balance?: number;
  /** Default true: the demo account's servers, domains and zones. */
  seedData?: boolean;
  /**
   * Default false: the fixed DEMO_TOKENS, for `npm run simulator` and tests. True: a new random
   * set on every start (the app's demo), so a token from an earlier run opens nothing.
   */
  freshTokens?: boolean;
}

/** Request bodies larger than this get a 413: no API request comes close. */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;

export interface SimRequest {
  method: string;
  path: string;
  /** Without the leading '?'; '' when there is none. */
  query: string;
  status: number;
  /** Clock time when the request arrived. */
  at: number;
}

export interface Simulator {
  /** e.g. http://127.0.0.1:41234 (no trailing slash); API paths are /api/v1/... */
  url: string;
  /** readOnly = servers:list, domains:list, dns:list; power = servers:list, servers:power. */
  tokens: { full: string; readOnly: string; expired: string; power: string };
  clock: SimClock;
  addToken(token: string, opts: { name?: string; permissions: string[]; expiresAt?: string | null }): void;
  /** Later requests with it get 401. */
  revokeToken(token: string): void;
  faults: { inject(rule: FaultRule): void; clear(): void };
  /** Every request handled, in order of arrival. */
  requests: SimRequest[];
  setPageSize(size: number | null): void;
  setBalance(usd: number): void;
  /** Direct access for tests; call state.settle(clock.now()) before reading time-dependent fields. */
  state: SimState;
  /** Drives the account into the situations alerts are about (usage, states, domains, token expiry). */
  scenario: Scenario;
  /** Adds many synthetic servers/domains: unique names, expiry dates over the next 2 years. */
  generate(opts: { servers?: number; domains?: number }): void;
  close(): Promise<void>;
}

export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const clock = opts.clock ?? systemClock;
  const state = new SimState({ timings: opts.timings ?? REALISTIC_TIMINGS, balance: opts.balance ?? 500, account: demoAccount(clock.now()) });
  if (opts.seedData ?? true) seedDemoData(state, clock.now());
  const tokenValues = opts.freshTokens ? freshTokenValues() : fixedTokenValues();
  const tokens = registerDemoTokens(tokenValues, clock.now());
  const faults = new FaultSet();
  const delays = new Delays();
  const requests: SimRequest[] = [];
  let pageSize = checkPageSize(opts.pageSize ?? null);
  let url = '';

  /** Answers and closes the connection: what is left of the request is not read. */
  async function refuse(res: ServerResponse, entry: SimRequest, response: SimResponse): Promise<void> {
    entry.status = response.status;
    res.setHeader('Connection', 'close');
    await send(res, response, delays, 0);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    // Appended rather than resolved, so a path like //x stays a path on this origin.
    const target = new URL(`${url}${req.url ?? '/'}`);
    const entry: SimRequest = { method, path: target.pathname, query: target.search.slice(1), status: 0, at: clock.now() };
    requests.push(entry);
    const refused = refusal(req, port);
    if (refused) return refuse(res, entry, refused);
    let body: string;
    try {
      body = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuse(res, entry, TOO_LARGE);
      throw error;
    }
    const fault = faults.take(method, target.pathname);
    if (fault?.latencyMs) await delays.wait(fault.latencyMs);
    const response =
      (fault && faultResponse(fault)) ??
      serveRequest({ state, tokens, now: clock.now(), pageSize }, { method, url: target, authorization: req.headers.authorization, body });
    entry.status = response.status;
    if (fault?.kind === 'cut') sendCut(res, response);
    else await send(res, response, delays, fault?.bodyDelayMs ?? 0);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  url = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url,
    tokens: tokenValues,
    clock,
    addToken: (token, spec) => tokens.add(token, spec, clock.now()),
    revokeToken: (token) => tokens.revoke(token),
    faults: { inject: (rule) => faults.inject(rule), clear: () => faults.clear() },
    requests,
    setPageSize(size) {
      pageSize = checkPageSize(size);
    },
    setBalance(usd) {
      state.balance = usd;
    },
    state,
    scenario: createScenario(state, tokens, clock),
    generate({ servers = 0, domains = 0 }) {
      generateServers(state, servers, clock.now());
      generateDomains(state, domains, clock.now());
    },
    close() {
      // Idempotent: a test that stops the simulator midway (to go offline) can still clean up.
      closing ??= new Promise<void>((resolve, reject) => {
        delays.cancelAll();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

type TokenValues = Simulator['tokens'];

function fixedTokenValues(): TokenValues {
  return { full: DEMO_TOKENS.full.token, readOnly: DEMO_TOKENS.readOnly.token, expired: DEMO_TOKENS.expired.token, power: DEMO_TOKENS.power.token };
}

function freshTokenValues(): TokenValues {
  const fresh = (kind: string): string => `vps_demo_${kind}_${randomBytes(16).toString('hex')}`;
  return { full: fresh('full'), readOnly: fresh('read_only'), expired: fresh('expired'), power: fresh('power') };
}

/** The four demo tokens, with DEMO_TOKENS' names and permissions, under the given values. */
function registerDemoTokens(values: TokenValues, now: number): TokenRegistry {
  const registry = new TokenRegistry();
  for (const kind of ['full', 'readOnly', 'power'] as const) {
    const spec = DEMO_TOKENS[kind];
    registry.add(values[kind], { name: spec.name, permissions: [...spec.permissions] }, now - 30 * DAY_MS);
  }
  const { expired } = DEMO_TOKENS;
  registry.add(values.expired, { name: expired.name, permissions: [...expired.permissions], expiresAt: new Date(now - DAY_MS).toISOString() }, now - 90 * DAY_MS);
  return registry;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** The answer to a request the simulator will not serve: addressed to another host, or too big. */
function refusal(req: IncomingMessage, port: number): SimResponse | null {
  const host = (req.headers.host ?? '').toLowerCase();
  const separator = host.lastIndexOf(':');
  const name = separator > host.lastIndexOf(']') ? host.slice(0, separator) : host;
  const hostPort = separator > host.lastIndexOf(']') ? host.slice(separator + 1) : '';
  if (!LOOPBACK_HOSTS.has(name) || hostPort !== String(port)) {
    return jsonResponse(421, { detail: 'This server answers only requests addressed to 127.0.0.1 or [::1] at its own port.' });
  }
  const length = Number(req.headers['content-length'] ?? 0);
  return length > MAX_REQUEST_BODY_BYTES ? TOO_LARGE : null;
}

const TOO_LARGE = jsonResponse(413, { detail: 'The request body is too large.' });

function checkPageSize(size: number | null): number | null {
  if (size !== null && !(Number.isInteger(size) && size >= 1)) throw new RangeError('The page size must be a whole number of at least 1, or null.');
  return size;
}

class BodyTooLarge extends Error {}

/** The body as text; a BodyTooLarge once it passes the limit, whatever Content-Length said. */
async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
