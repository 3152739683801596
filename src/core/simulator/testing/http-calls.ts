// Plain HTTP calls against a running simulator, for the simulator's own tests.
import { afterEach, beforeEach } from 'vitest';
import { createManualClock, REALISTIC_TIMINGS, startSimulator, type ManualClock, type Simulator } from '../simulator';

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON; undefined when it is empty. */
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read whatever shape the API sent
}

export interface CallOptions {
  /** Default: the full-access demo token; null sends no Authorization header. */
  token?: string | null;
  /** An object is sent as JSON; a string is sent as is. */
  body?: unknown;
}

export async function call(sim: Simulator, method: string, path: string, opts: CallOptions = {}): Promise<Reply> {
  const token = opts.token === undefined ? sim.tokens.full : opts.token;
  const headers: Record<string, string> = {};
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${sim.url}${path}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: text === '' ? undefined : JSON.parse(text) };
}

/** Before each test, a fresh simulator with realistic timings on a manual clock, handed to `started`; closed after the test. */
export function realisticSimulatorPerTest(started: (sim: Simulator, clock: ManualClock) => void): void {
  let current: Simulator | undefined;
  beforeEach(async () => {
    const clock = createManualClock();
    current = await startSimulator({ clock, timings: REALISTIC_TIMINGS });
    started(current, clock);
  });
  afterEach(() => current?.close());
}

/** The id of the one seeded item that `matches`; throws naming `what` when the seed has none. */
export function seededId<T extends { id: number }>(items: ReadonlyMap<number, T>, matches: (item: T) => boolean, what: string): number {
  const item = [...items.values()].find(matches);
  if (!item) throw new Error(`no seeded ${what}`);
  return item.id;
}
