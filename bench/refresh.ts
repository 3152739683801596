// One full refresh with the window hidden: how many requests it makes (it should read the list
// pages and nothing else) and how long it takes next to bare undici reading the same pages.
import { Agent } from 'undici';
import type { AppState } from '../src/shared/app-state';
import type { Simulator } from '../src/core/simulator/simulator';
import { startSignedInApp } from './bench-app';
import { median } from './stats';

export interface RefreshFigures {
  /** Requests of one refresh, from the simulator's log. */
  requests: number;
  /** The list pages there are: what a refresh needs. */
  listPages: number;
  /** Requests for anything but a list page (per-item details, zones, usage). */
  otherRequests: number;
  /** List pages plus one detail request per server and per domain. */
  naiveRequests: number;
  medianMs: number;
  rawMedianMs: number;
  ratio: number;
  /** The app's state after the refresh, for the render figure. */
  state: AppState;
}

const RUNS = 5;
const LIST_PATHS = new Set(['/api/v1/servers/', '/api/v1/domains/']);

/** `sim` holds exactly `count` servers and `count` domains and serves pages of `pageSize`. */
export async function measureRefresh(sim: Simulator, opts: { count: number; pageSize: number }): Promise<RefreshFigures> {
  const bench = await startSignedInApp({ apiUrl: sim.url, token: sim.tokens.full });
  const agent = new Agent();
  try {
    const refresh = async (): Promise<number> => {
      const started = performance.now();
      await bench.app.handlers.refresh(undefined);
      return performance.now() - started;
    };
    const raw = async (): Promise<number> => {
      const started = performance.now();
      const items = (await readAllPages(agent, sim.url, '/api/v1/servers/', sim.tokens.full)) + (await readAllPages(agent, sim.url, '/api/v1/domains/', sim.tokens.full));
      const ms = performance.now() - started;
      if (items !== 2 * opts.count) throw new Error(`Bare undici read ${items} items instead of ${2 * opts.count}.`);
      return ms;
    };

    await raw();
    const logStart = sim.requests.length;
    const appMs = [await refresh()];
    const one = sim.requests.slice(logStart);
    const rawMs = [await raw()];
    for (let run = 1; run < RUNS; run++) {
      appMs.push(await refresh());
      rawMs.push(await raw());
    }

    const state = bench.app.state();
    if (state.servers.length !== opts.count || state.domains.length !== opts.count) {
      throw new Error(`After a refresh the app holds ${state.servers.length} servers and ${state.domains.length} domains, not ${opts.count} of each.`);
    }
    const listPages = 2 * Math.ceil(opts.count / opts.pageSize);
    const medianMs = median(appMs);
    const rawMedianMs = median(rawMs);
    return {
      requests: one.length,
      listPages,
      otherRequests: one.filter((r) => !(r.method === 'GET' && LIST_PATHS.has(r.path))).length,
      naiveRequests: listPages + 2 * opts.count,
      medianMs,
      rawMedianMs,
      ratio: medianMs / rawMedianMs,
      state,
    };
  } finally {
    await agent.close();
    await bench.close();
  }
}

/** Follows `next` links one page after another; returns how many items the pages held. */
async function readAllPages(agent: Agent, baseUrl: string, firstPath: string, token: string): Promise<number> {
  const origin = new URL(baseUrl).origin;
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
  let path: string | null = firstPath;
  let items = 0;
  while (path !== null) {
    const response = await agent.request({ origin, path, method: 'GET', headers });
    const page = (await response.body.json()) as { results: unknown[]; next: string | null };
    if (response.statusCode !== 200) throw new Error(`Bare undici got HTTP ${response.statusCode} for ${path}.`);
    items += page.results.length;
    const next: URL | null = page.next === null ? null : new URL(page.next);
    path = next === null ? null : next.pathname + next.search;
  }
  return items;
}
