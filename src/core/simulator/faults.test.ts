import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { FaultSet } from './faults';
import { call } from './testing/http-calls';
import { createManualClock, startSimulator, type Simulator } from './simulator';

describe('FaultSet', () => {
  it('matches by method and path prefix or pattern, and uses each rule up the given number of times', () => {
    const faults = new FaultSet();
    faults.inject({ method: 'post', path: '/api/v1/servers/', kind: 'status', status: 500, times: 2 });
    faults.inject({ path: /\/reboot\/$/, kind: 'cut' });
    expect(faults.take('GET', '/api/v1/servers/')).toBeUndefined();
    expect(faults.take('POST', '/api/v1/servers/1/start/')?.kind).toBe('status');
    expect(faults.take('POST', '/api/v1/servers/')?.kind).toBe('status');
    expect(faults.take('POST', '/api/v1/servers/1/reboot/')?.kind).toBe('cut');
    expect(faults.take('POST', '/api/v1/servers/1/reboot/')).toBeUndefined();
  });

  it('keeps an Infinity rule until cleared', () => {
    const faults = new FaultSet();
    faults.inject({ path: '/', kind: 'malformed_json', times: Infinity });
    for (let i = 0; i < 50; i++) expect(faults.take('GET', '/api/v1/domains/')).toBeDefined();
    faults.clear();
    expect(faults.take('GET', '/api/v1/domains/')).toBeUndefined();
  });

  it('refuses rules that could never fire or would not be an error', () => {
    const faults = new FaultSet();
    expect(() => faults.inject({ path: '/', kind: 'cut', times: 0 })).toThrow(RangeError);
    expect(() => faults.inject({ path: '/', kind: 'status', status: 200 })).toThrow(RangeError);
  });
});

describe('fault injection over HTTP', () => {
  let sim: Simulator;
  beforeEach(async () => {
    sim = await startSimulator({ clock: createManualClock() });
  });
  afterEach(() => sim.close());

  const auth = () => ({ authorization: `Bearer ${sim.tokens.full}` });

  it('delays the headers by latencyMs, then sends the real response', async () => {
    sim.faults.inject({ path: '/api/v1/servers/', kind: 'latency', latencyMs: 10_000 });
    await expect(fetch(`${sim.url}/api/v1/servers/`, { headers: auth(), signal: AbortSignal.timeout(50) })).rejects.toThrow();
    sim.faults.inject({ path: '/api/v1/servers/', kind: 'latency', latencyMs: 20 });
    const reply = await call(sim, 'GET', '/api/v1/servers/');
    expect(reply.status).toBe(200);
    expect(reply.json.count).toBe(sim.state.servers.size);
  });

  it('sends headers, then holds the body back for bodyDelayMs', async () => {
    sim.faults.inject({ path: '/api/v1/domains/', kind: 'latency', bodyDelayMs: 10_000 });
    const reply = await request(`${sim.url}/api/v1/domains/`, { headers: auth(), bodyTimeout: 50 });
    expect(reply.statusCode).toBe(200);
    await expect(reply.body.text()).rejects.toThrow(/timeout/i);
  });

  it('answers a burst of 5xx, then recovers', async () => {
    sim.faults.inject({ path: '/api/v1/servers/', kind: 'status', status: 503, times: 3 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(sim, 'GET', '/api/v1/servers/')).status);
    expect(statuses).toEqual([503, 503, 503, 200]);
    expect(sim.requests.map((r) => r.status)).toEqual([503, 503, 503, 200]);
  });

  it('throttles with 429 and Retry-After', async () => {
    sim.faults.inject({ path: '/api/v1/', kind: 'rate_limit', retryAfter: 7 });
    const reply = await call(sim, 'GET', '/api/v1/account/me/');
    expect(reply.status).toBe(429);
    expect(reply.headers.get('retry-after')).toBe('7');
    expect(reply.json.detail).toMatch(/7 seconds/);
  });

  it('cuts the connection half-way through the body', async () => {
    sim.faults.inject({ path: '/api/v1/servers/', kind: 'cut' });
    const reply = await request(`${sim.url}/api/v1/servers/`, { headers: auth() });
    expect(reply.statusCode).toBe(200);
    expect(Number(reply.headers['content-length'])).toBeGreaterThan(100);
    await expect(reply.body.text()).rejects.toThrow();
    expect((await call(sim, 'GET', '/api/v1/servers/')).status).toBe(200);
  });

  it('sends malformed JSON with 200', async () => {
    sim.faults.inject({ path: '/api/v1/servers/', kind: 'malformed_json' });
    const response = await fetch(`${sim.url}/api/v1/servers/`, { headers: auth() });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const text = await response.text();
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it('sends a proxy’s HTML error page', async () => {
    sim.faults.inject({ path: '/api/v1/domains/', kind: 'html_error' });
    const response = await fetch(`${sim.url}/api/v1/domains/`, { headers: auth() });
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toMatch(/<html>[\s\S]*502 Bad Gateway[\s\S]*<\/html>/);
  });

  it('leaves other methods and paths alone, and stops after clear()', async () => {
    sim.faults.inject({ method: 'POST', path: '/api/v1/servers/', kind: 'status', status: 500, times: Infinity });
    expect((await call(sim, 'GET', '/api/v1/servers/')).status).toBe(200);
    expect((await call(sim, 'POST', '/api/v1/servers/12345/reboot/')).status).toBe(500);
    sim.faults.clear();
    expect((await call(sim, 'POST', '/api/v1/servers/12345/reboot/')).status).toBe(200);
  });
});
