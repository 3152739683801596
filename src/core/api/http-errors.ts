// Turns what went wrong on the wire into an AppError a person can act on. Every sentence
// passes through redactSecrets: error bodies come from the server and may echo the token.
import type { IncomingHttpHeaders } from 'node:http';
import { appError, type AppError, type ErrorKind } from '@shared/errors';
import { m } from '@shared/i18n';
import { parseRetryAfter } from './backoff';
import { redactSecrets } from './redact';

/** "VPS.org has no such server…", by what the request was about. */
const NOT_FOUND: Record<string, () => string> = {
  server: m.error_not_found_server,
  domain: m.error_not_found_domain,
  'DNS zone': m.error_not_found_zone,
  'DNS record': m.error_not_found_record,
};

/** An AppError whose text fields are safe to show and log. */
export function safeError(kind: ErrorKind, message: string, extra: Omit<AppError, 'kind' | 'message'> = {}): AppError {
  const error = appError(kind, redactSecrets(message), extra);
  if (error.field !== undefined) error.field = redactSecrets(error.field);
  if (error.permission !== undefined) error.permission = redactSecrets(error.permission);
  if (error.code !== undefined) error.code = redactSecrets(error.code);
  return error;
}

interface ErrorBody {
  detail?: string;
  code?: string;
  field?: string;
  permission?: string;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Reads `{detail, error_code, field, permission}`, or a Django-REST field map like `{"name": ["This field is required."]}`. */
function readErrorBody(body: string): ErrorBody {
  if (!body.trimStart().startsWith('{')) return {};
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null) return {};
  const record = data as Record<string, unknown>;
  const found: ErrorBody = {};
  const detail = text(record.detail) ?? text(record.message) ?? text(record.error);
  const code = text(record.error_code);
  const field = text(record.field);
  const permission = text(record.permission);
  if (detail !== undefined) found.detail = detail;
  if (code !== undefined) found.code = code;
  if (field !== undefined) found.field = field;
  if (permission !== undefined) found.permission = permission;
  if (detail === undefined) {
    for (const [key, value] of Object.entries(record)) {
      const first: unknown = Array.isArray(value) ? value[0] : value;
      if (typeof first === 'string') {
        found.field ??= key;
        found.detail = `${key}: ${first}`;
        break;
      }
    }
  }
  return found;
}

function sentence(detail: string): string {
  return /[.!?]$/.test(detail) ? detail : `${detail}.`;
}

const PERMISSION_IN_TEXT = /([a-z_]+|\*):([a-z_]+|\*)/i;

function isWebPage(body: string, contentType: string | undefined): boolean {
  return contentType?.includes('html') === true || body.trimStart().startsWith('<');
}

/**
 * The error for a non-2xx response. `target` names what the request was about, e.g. "server".
 * A web page instead of JSON means something other than the API answered (a proxy, a wrong
 * address), so its status says little and it is reported as `bad_response`.
 */
export function errorFromStatus(status: number, body: string, headers: IncomingHttpHeaders, target: string): AppError {
  if (isWebPage(body, headers['content-type'])) return unreadableBody(status, body, headers['content-type']);
  const { detail, code, field, permission } = readErrorBody(body);
  const extra: Omit<AppError, 'kind' | 'message'> = { status };
  if (code !== undefined) extra.code = code;

  if (status === 401) return safeError('unauthorized', m.error_unauthorized(), extra);
  if (status === 403) {
    const named = permission ?? (detail === undefined ? undefined : PERMISSION_IN_TEXT.exec(detail)?.[0]);
    if (named === undefined) {
      return safeError('forbidden', m.error_forbidden(), extra);
    }
    return safeError('forbidden', m.error_forbidden_named({ permission: named }), { ...extra, permission: named });
  }
  if (status === 404) return safeError('not_found', (NOT_FOUND[target] ?? m.error_not_found)(), extra);
  if (status === 400 || status === 409 || status === 422) {
    const message = detail === undefined ? m.error_validation() : sentence(detail);
    return safeError('validation', message, field === undefined ? extra : { ...extra, field });
  }
  if (status === 402) {
    const reason = detail === undefined ? m.error_payment_default() : sentence(detail);
    return safeError('payment_required', m.error_payment({ reason }), extra);
  }
  if (status === 429) {
    const retryAfter = parseRetryAfter(headers['retry-after']);
    if (retryAfter === undefined) return safeError('rate_limited', m.error_rate_limited(), extra);
    return safeError('rate_limited', m.error_rate_limited_wait({ seconds: retryAfter }), { ...extra, retryAfter });
  }
  if (status >= 500) return safeError('server', m.error_server({ status }), extra);
  return safeError('bad_response', m.error_bad_status({ status }), extra);
}

const TIMEOUT_MESSAGES: Record<string, () => string> = {
  UND_ERR_CONNECT_TIMEOUT: m.error_connect_timeout,
  UND_ERR_HEADERS_TIMEOUT: m.error_headers_timeout,
  UND_ERR_BODY_TIMEOUT: m.error_body_timeout,
};

export function cancelledError(): AppError {
  return safeError('cancelled', m.error_cancelled());
}

/** The error for a request that got no complete response: a timeout, or otherwise a network failure. */
export function errorFromTransport(error: unknown): AppError {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  // Paths and queries are encoded by the client, so the only argument undici can refuse is
  // the Authorization header: a token with characters no header may carry.
  if (code === 'UND_ERR_INVALID_ARG') {
    return safeError('invalid_input', m.error_token_chars());
  }
  const timeout = typeof code === 'string' ? TIMEOUT_MESSAGES[code] : undefined;
  return timeout === undefined ? safeError('network', m.error_network()) : safeError('timeout', timeout());
}

/** The error for a body that is not the JSON the API always sends. */
export function unreadableBody(status: number, body: string, contentType: string | undefined): AppError {
  return isWebPage(body, contentType)
    ? safeError('bad_response', m.error_web_page({ status }), { status })
    : safeError('bad_response', m.error_bad_json({ status }), { status });
}
