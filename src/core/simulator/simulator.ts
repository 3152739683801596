// The embedded VPS.org: a real HTTP server on 127.0.0.1 serving every API operation from an
// in-memory account, for the demo and for every integration test.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_TOKENS, TokenRegistry } from './auth';
import { systemClock, type SimClock } from './clock';
import { Delays } from './delays';
import { serveRequest } from './serve-request';
import { FaultSet, faultResponse, type FaultRule } from './faults';
import { send, sendCut } from './respond';
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
}

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
  const tokens = registerDemoTokens(clock.now());
  const faults = new FaultSet();
  const delays = new Delays();
  const requests: SimRequest[] = [];
  let pageSize = checkPageSize(opts.pageSize ?? null);
  let url = '';

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    // Appended rather than resolved, so a path like //x stays a path on this origin.
    const target = new URL(`${url}${req.url ?? '/'}`);
    const entry: SimRequest = { method, path: target.pathname, query: target.search.slice(1), status: 0, at: clock.now() };
    requests.push(entry);
    const body = await readBody(req);
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
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let closing: Promise<void> | null = null;
  return {
    url,
    tokens: { full: DEMO_TOKENS.full.token, readOnly: DEMO_TOKENS.readOnly.token, expired: DEMO_TOKENS.expired.token, power: DEMO_TOKENS.power.token },
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

function registerDemoTokens(now: number): TokenRegistry {
  const registry = new TokenRegistry();
  const { full, readOnly, expired, power } = DEMO_TOKENS;
  for (const spec of [full, readOnly, power]) registry.add(spec.token, { name: spec.name, permissions: [...spec.permissions] }, now - 30 * DAY_MS);
  registry.add(expired.token, { name: expired.name, permissions: [...expired.permissions], expiresAt: new Date(now - DAY_MS).toISOString() }, now - 90 * DAY_MS);
  return registry;
}

function checkPageSize(size: number | null): number | null {
  if (size !== null && !(Number.isInteger(size) && size >= 1)) throw new RangeError('The page size must be a whole number of at least 1, or null.');
  return size;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
