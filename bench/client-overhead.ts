// What the app's client costs on top of the HTTP it does: the same GET /servers/{id}/ through
// createClient and through a bare undici Agent with the same options, interleaved so both see
// the same machine, the same simulator and the same garbage collector.
import { Agent } from 'undici';
import { createClient } from '../src/core/api/client';
import { CLIENT_DEFAULTS } from '../src/core/api/request';
import { median } from './stats';

export interface ClientOverhead {
  ratio: number;
  clientMedianMs: number;
  rawMedianMs: number;
  requests: number;
}

const OVERHEAD_REQUESTS = 2000;
const WARM_UP = 200;

export async function measureClientOverhead(opts: { url: string; token: string; serverId: number }): Promise<ClientOverhead> {
  const client = createClient({ baseUrl: opts.url, token: () => opts.token });
  const agent = new Agent({
    connect: { timeout: CLIENT_DEFAULTS.connectTimeoutMs },
    headersTimeout: CLIENT_DEFAULTS.headersTimeoutMs,
    bodyTimeout: CLIENT_DEFAULTS.bodyTimeoutMs,
  });
  const origin = new URL(opts.url).origin;
  const path = `/api/v1/servers/${opts.serverId}/`;
  const headers = { authorization: `Bearer ${opts.token}`, accept: 'application/json' };

  const viaClient = async (): Promise<number> => {
    const started = performance.now();
    const server = await client.servers.get(opts.serverId);
    const ms = performance.now() - started;
    if (server.id !== opts.serverId) throw new Error('The client returned another server than the one asked for.');
    return ms;
  };
  // The raw side still reads and parses the JSON: any caller has to, so that is not overhead.
  const raw = async (): Promise<number> => {
    const started = performance.now();
    const response = await agent.request({ origin, path, method: 'GET', headers });
    const body = (await response.body.json()) as { id?: unknown };
    const ms = performance.now() - started;
    if (response.statusCode !== 200 || body.id !== opts.serverId) throw new Error(`The raw request failed with HTTP ${response.statusCode}.`);
    return ms;
  };

  try {
    for (let i = 0; i < WARM_UP; i++) {
      await viaClient();
      await raw();
    }
    const clientMs: number[] = [];
    const rawMs: number[] = [];
    for (let i = 0; i < OVERHEAD_REQUESTS; i++) {
      // Alternating which goes first cancels any advantage of following the other.
      if (i % 2 === 0) {
        clientMs.push(await viaClient());
        rawMs.push(await raw());
      } else {
        rawMs.push(await raw());
        clientMs.push(await viaClient());
      }
    }
    const clientMedianMs = median(clientMs);
    const rawMedianMs = median(rawMs);
    return { ratio: clientMedianMs / rawMedianMs, clientMedianMs, rawMedianMs, requests: OVERHEAD_REQUESTS };
  } finally {
    await client.close();
    await agent.close();
  }
}
