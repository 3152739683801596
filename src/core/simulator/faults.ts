// Misbehaviour on demand, per route: what a client must survive from a real API and the
// proxies in front of it. Rules are consumed in the order they were injected.
import { jsonResponse, type SimResponse } from './respond';

export type FaultKind = 'latency' | 'status' | 'rate_limit' | 'cut' | 'malformed_json' | 'html_error';

export interface FaultRule {
  /** Default: any method. */
  method?: string;
  /** A string is a path prefix, e.g. '/api/v1/servers/'; a RegExp is tested against the path. */
  path: string | RegExp;
  /** How many requests it affects, default 1 (Infinity allowed). */
  times?: number;
  kind: FaultKind;
  /** Wait this long before sending headers (any kind). */
  latencyMs?: number;
  /** Send headers, then wait this long before the body (any kind that sends a body). */
  bodyDelayMs?: number;
  /** For 'status' (e.g. 500, 502, 503, 504); for 'html_error' default 502. */
  status?: number;
  /** Seconds, for 'rate_limit' (429 with Retry-After); default 1. */
  retryAfter?: number;
}

interface ActiveRule {
  rule: FaultRule;
  left: number;
}

export class FaultSet {
  private rules: ActiveRule[] = [];

  inject(rule: FaultRule): void {
    const times = rule.times ?? 1;
    if (!(times >= 1)) throw new RangeError('A fault rule must affect at least one request.');
    if (rule.kind === 'status' && (rule.status === undefined || rule.status < 400 || rule.status > 599)) {
      throw new RangeError("A 'status' fault needs an error status between 400 and 599.");
    }
    this.rules.push({ rule, left: times });
  }

  clear(): void {
    this.rules = [];
  }

  /** The first rule matching this request, counted as used. */
  take(method: string, path: string): FaultRule | undefined {
    const index = this.rules.findIndex(({ rule }) => matches(rule, method, path));
    const active = this.rules[index];
    if (!active) return undefined;
    active.left -= 1;
    if (active.left <= 0) this.rules.splice(index, 1);
    return active.rule;
  }
}

function matches(rule: FaultRule, method: string, path: string): boolean {
  if (rule.method !== undefined && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  return typeof rule.path === 'string' ? path.startsWith(rule.path) : rule.path.test(path);
}

const STATUS_DETAIL: Record<number, string> = {
  500: 'A server error occurred.',
  502: 'Bad gateway.',
  503: 'Service temporarily unavailable, try again later.',
  504: 'Gateway timeout.',
};

/**
 * The response a fault sends instead of the API's own, or undefined when the fault only
 * changes how the real response travels (latency, cut).
 */
export function faultResponse(rule: FaultRule): SimResponse | undefined {
  switch (rule.kind) {
    case 'latency':
    case 'cut':
      return undefined;
    case 'status': {
      const status = rule.status ?? 500;
      return jsonResponse(status, { detail: STATUS_DETAIL[status] ?? 'The request failed.' });
    }
    case 'rate_limit': {
      const seconds = rule.retryAfter ?? 1;
      const response = jsonResponse(429, { detail: `Request was throttled. Expected available in ${seconds} seconds.` });
      return { ...response, headers: { ...response.headers, 'Retry-After': String(seconds) } };
    }
    case 'malformed_json':
      return { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"count": 2, "results": [{"id": 12345, "name": "web-01",' };
    case 'html_error': {
      const status = rule.status ?? 502;
      const title = status === 502 ? '502 Bad Gateway' : `${status} Error`;
      return {
        status,
        headers: { 'Content-Type': 'text/html' },
        body: `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`,
      };
    }
  }
}

