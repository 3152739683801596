// Responses as values, and the two ways they travel over a socket: whole (optionally with a
// pause between headers and body) or cut off half-way.
import type { ServerResponse } from 'node:http';
import type { Delays } from './delays';

export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  /** Empty for 204. */
  body: string;
}

/** A JSON response; without a payload, an empty body and no Content-Type (for 204). */
export function jsonResponse(status: number, payload?: unknown): SimResponse {
  if (payload === undefined) return { status, headers: {}, body: '' };
  return { status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) };
}

export async function send(res: ServerResponse, response: SimResponse, delays: Delays, bodyDelayMs: number): Promise<void> {
  if (res.destroyed) return;
  const headers = withLength(response);
  res.writeHead(response.status, headers);
  if (bodyDelayMs > 0 && response.body !== '') {
    res.flushHeaders();
    await delays.wait(bodyDelayMs);
    if (res.destroyed) return;
  }
  res.end(response.body);
}

/** Headers announcing the whole body, then half of it, then the socket is destroyed. */
export function sendCut(res: ServerResponse, response: SimResponse): void {
  if (res.destroyed) return;
  const bytes = Buffer.from(response.body);
  if (bytes.length < 2) {
    res.socket?.destroy();
    return;
  }
  res.writeHead(response.status, withLength(response));
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
}

function withLength(response: SimResponse): Record<string, string> {
  if (response.status === 204 || response.status === 304) return response.headers;
  return { ...response.headers, 'Content-Length': String(Buffer.byteLength(response.body)) };
}
