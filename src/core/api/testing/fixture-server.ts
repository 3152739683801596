// For tests: a tiny HTTP server on 127.0.0.1 that answers with exactly the bodies a test
// gives it, for response shapes the simulator never produces. Real HTTP through the real client.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureReply {
  status?: number;
  headers?: Record<string, string>;
  /** Sent as JSON unless it is a string. */
  body?: unknown;
}

export interface FixtureServer {
  url: string;
  /** Method, path with query, and headers of every request, in order. */
  requests: { method: string; path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/** On 127.0.0.1, at `port` (default: any free one). */
export async function startFixtureServer(reply: (path: string, method: string) => FixtureReply, port = 0): Promise<FixtureServer> {
  const requests: FixtureServer['requests'] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const method = req.method ?? 'GET';
    requests.push({ method, path, headers: req.headers });
    req.resume();
    req.on('end', () => {
      const { status = 200, headers = {}, body } = reply(path, method);
      const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, typeof body === 'string' || body === undefined ? headers : { 'content-type': 'application/json', ...headers });
      res.end(text);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
