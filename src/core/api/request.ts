// The one request core every API call goes through: one keep-alive undici Agent per client,
// a cap on requests in flight, timeouts and an overall deadline, a cap on the size of a body,
// retries for GETs only, a log line per attempt, and errors as AppErrors. It knows nothing
// about resources; the modules beside it do.
import { setTimeout as delay } from 'node:timers/promises';
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import type { Agent } from 'undici';
import { VpsError, type AppError } from '@shared/errors';
import type { ClientOptions } from './client-types';
import { backoffDelay } from './backoff';
import { DEFAULT_BASE_URL, checkBaseUrl } from './base-url';
import { cancelledError, deadlineError, errorFromStatus, errorFromTransport, unreadableBody } from './http-errors';
import { redactSecrets, rememberToken } from './redact';
import { createDeadlines } from './deadlines';
import { createSemaphore } from './semaphore';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRequest {
  method: HttpMethod;
  /** Path and query below the base URL, e.g. "/api/v1/servers/?status=active". */
  path: string;
  /** Sent as JSON. */
  body?: unknown;
  /** What the request is about, for messages such as "VPS.org has no such server". */
  target: string;
  signal?: AbortSignal | undefined;
}

export interface RequestCore {
  /** The checked base URL, without a trailing slash. */
  readonly baseUrl: string;
  /** The parsed JSON body of a 2xx response (undefined when it has none), or a thrown VpsError. */
  send(request: ApiRequest): Promise<unknown>;
  close(): Promise<void>;
}

export const CLIENT_DEFAULTS = {
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 15_000,
  bodyTimeoutMs: 30_000,
  deadlineMs: 60_000,
  // Far above the largest page the API sends, far below what would hurt the app's memory.
  maxBodyBytes: 8 * 1024 * 1024,
  maxRetries: 3,
  maxRetryDelayMs: 30_000,
  concurrency: 6,
} as const;

const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

type Outcome =
  | { status: number; headers: IncomingHttpHeaders; body: string }
  | { status: null; error: AppError };

const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> => delay(ms, undefined, { signal });

function cancelled(): VpsError {
  return new VpsError(cancelledError());
}

function readJson(outcome: { status: number; headers: IncomingHttpHeaders; body: string }): unknown {
  if (outcome.body === '') return undefined;
  try {
    return JSON.parse(outcome.body);
  } catch {
    throw new VpsError(unreadableBody(outcome.status, outcome.body, outcome.headers['content-type']));
  }
}

export function createRequestCore(options: ClientOptions): RequestCore {
  const baseUrl = checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  const origin = new URL(baseUrl).origin;
  const basePath = baseUrl.slice(origin.length);
  const maxRetries = options.maxRetries ?? CLIENT_DEFAULTS.maxRetries;
  const maxRetryDelayMs = options.maxRetryDelayMs ?? CLIENT_DEFAULTS.maxRetryDelayMs;
  const sleep = options.sleep ?? defaultSleep;
  const onRequest = options.onRequest;
  const deadlineMs = options.deadlineMs ?? CLIENT_DEFAULTS.deadlineMs;
  const deadlines = createDeadlines(deadlineMs);
  const maxBodyBytes = options.maxBodyBytes ?? CLIENT_DEFAULTS.maxBodyBytes;
  const semaphore = createSemaphore(options.concurrency ?? CLIENT_DEFAULTS.concurrency);
  // undici is loaded with the first request, not at start-up: the tray is drawn from the cache
  // before anything is asked of the network, and `vps --help` never needs it.
  let agent: Agent | null = null;
  let loading: Promise<Agent> | null = null;
  const loadAgent = (): Promise<Agent> =>
    (loading ??= import('undici').then(({ Agent }) => {
      agent = new Agent({
        connect: { timeout: options.connectTimeoutMs ?? CLIENT_DEFAULTS.connectTimeoutMs },
        headersTimeout: options.headersTimeoutMs ?? CLIENT_DEFAULTS.headersTimeoutMs,
        bodyTimeout: options.bodyTimeoutMs ?? CLIENT_DEFAULTS.bodyTimeoutMs,
        maxResponseSize: maxBodyBytes,
      });
      return agent;
    }));

  async function attempt(
    method: HttpMethod,
    path: string,
    headers: Record<string, string>,
    body: string | undefined,
    signal: AbortSignal | undefined,
    attemptNumber: number,
  ): Promise<Outcome> {
    if (!semaphore.tryAcquire()) {
      try {
        await semaphore.acquire(signal);
      } catch {
        throw cancelled();
      }
    }
    const started = performance.now();
    let outcome: Outcome;
    let reading: Readable | null = null;
    try {
      const response = await (agent ?? (await loadAgent())).request({ origin, path, method, headers, body, signal });
      reading = response.body;
      deadlines.watch(reading, started + deadlineMs);
      outcome = { status: response.statusCode, headers: response.headers, body: await response.body.text() };
    } catch (error) {
      const failure = signal?.aborted
        ? cancelledError()
        : reading !== null && deadlines.cut(reading)
          ? deadlineError(deadlineMs)
          : errorFromTransport(error, maxBodyBytes);
      outcome = { status: null, error: failure };
    } finally {
      if (reading !== null) deadlines.forget(reading);
      semaphore.release();
    }
    onRequest?.({ method, path: redactSecrets(path), status: outcome.status, ms: Math.round(performance.now() - started), attempt: attemptNumber });
    return outcome;
  }

  function retryDelay(error: AppError, attemptNumber: number): number {
    return error.retryAfter === undefined
      ? backoffDelay(attemptNumber, maxRetryDelayMs)
      : Math.min(error.retryAfter * 1000, maxRetryDelayMs);
  }

  return {
    baseUrl,
    async send({ method, path: relativePath, body, target, signal }) {
      if (signal?.aborted) throw cancelled();
      const path = basePath + relativePath;
      const pending = options.token();
      const token = typeof pending === 'string' ? pending : await pending;
      rememberToken(token);
      const headers: Record<string, string> =
        body === undefined
          ? { authorization: `Bearer ${token}`, accept: 'application/json' }
          : { authorization: `Bearer ${token}`, accept: 'application/json', 'content-type': 'application/json' };
      const payload = body === undefined ? undefined : JSON.stringify(body);
      // Only GETs are retried: a POST that timed out may still have rebooted the server.
      const retries = method === 'GET' ? maxRetries : 0;

      for (let attemptNumber = 1; ; attemptNumber++) {
        const outcome = await attempt(method, path, headers, payload, signal, attemptNumber);
        if (outcome.status !== null && outcome.status >= 200 && outcome.status < 300) return readJson(outcome);
        const error =
          outcome.status === null
            ? outcome.error
            : errorFromStatus(outcome.status, outcome.body, outcome.headers, target);
        const retryable = outcome.status === null ? error.kind === 'network' : RETRYABLE_STATUSES.has(outcome.status);
        if (!retryable || attemptNumber > retries) throw new VpsError(error);
        try {
          await sleep(retryDelay(error, attemptNumber), signal);
        } catch {
          throw cancelled();
        }
        if (signal?.aborted) throw cancelled();
      }
    },
    close: async () => {
      deadlines.stop();
      if (loading) await (await loading).close();
    },
  };
}
