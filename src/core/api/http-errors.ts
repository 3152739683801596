// Turns what went wrong on the wire into an AppError a person can act on. Every sentence
// passes through redactSecrets: error bodies come from the server and may echo the token.
import type { IncomingHttpHeaders } from 'node:http';
import { appError, type AppError, type ErrorKind } from '@shared/errors';
import { parseRetryAfter } from './backoff';
import { redactSecrets } from './redact';

export const UNAUTHORIZED_MESSAGE = 'Your API token is invalid or has expired. Paste a new token in Settings.';
export const NETWORK_MESSAGE = 'Could not reach VPS.org. Check your connection.';
export const CANCELLED_MESSAGE = 'The request to VPS.org was cancelled.';

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

  if (status === 401) return safeError('unauthorized', UNAUTHORIZED_MESSAGE, extra);
  if (status === 403) {
    const named = permission ?? (detail === undefined ? undefined : PERMISSION_IN_TEXT.exec(detail)?.[0]);
    if (named === undefined) {
      return safeError('forbidden', 'Your API token is not allowed to do this. Create a token with the needed permission at VPS.org and paste it in Settings.', extra);
    }
    return safeError('forbidden', `Your API token lacks the ${named} permission. Create a token that has it at VPS.org and paste it in Settings.`, { ...extra, permission: named });
  }
  if (status === 404) return safeError('not_found', `VPS.org has no such ${target}; it may have been deleted. Refresh and try again.`, extra);
  if (status === 400 || status === 409 || status === 422) {
    const message = detail === undefined ? 'VPS.org did not accept the request. Check the values and try again.' : sentence(detail);
    return safeError('validation', message, field === undefined ? extra : { ...extra, field });
  }
  if (status === 402) {
    const reason = detail === undefined ? 'Your VPS.org account balance is too low for this.' : sentence(detail);
    return safeError('payment_required', `${reason} Add funds to your VPS.org account and try again.`, extra);
  }
  if (status === 429) {
    const retryAfter = parseRetryAfter(headers['retry-after']);
    if (retryAfter === undefined) return safeError('rate_limited', 'VPS.org is receiving too many requests from this token. Try again in a minute.', extra);
    const wait = retryAfter === 1 ? '1 second' : `${retryAfter} seconds`;
    return safeError('rate_limited', `VPS.org is receiving too many requests from this token. Try again in ${wait}.`, { ...extra, retryAfter });
  }
  if (status >= 500) return safeError('server', `VPS.org had a problem answering (HTTP ${status}). Try again in a moment.`, extra);
  return safeError('bad_response', `VPS.org answered with an unexpected status (HTTP ${status}). Check the API address in Settings.`, extra);
}

const TIMEOUT_MESSAGES: Record<string, string> = {
  UND_ERR_CONNECT_TIMEOUT: 'Could not connect to VPS.org in time. Check your connection and try again.',
  UND_ERR_HEADERS_TIMEOUT: 'VPS.org took too long to answer. Try again in a moment.',
  UND_ERR_BODY_TIMEOUT: 'VPS.org took too long to send its answer. Try again in a moment.',
};

export function cancelledError(): AppError {
  return safeError('cancelled', CANCELLED_MESSAGE);
}

/** The error for a request that was still going when its overall deadline came. */
export function deadlineError(deadlineMs: number): AppError {
  return safeError('timeout', `VPS.org did not finish answering within ${Math.round(deadlineMs / 1000)} seconds. Try again in a moment.`);
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** The error for a request that got no complete response: too big, a timeout, or otherwise a network failure. */
export function errorFromTransport(error: unknown, maxBodyBytes: number): AppError {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') {
    return safeError(
      'bad_response',
      `VPS.org sent a reply larger than ${megabytes(maxBodyBytes)}, far more than any answer of the API; VPS Tray stopped reading it. Check the API address in Settings.`,
    );
  }
  // Paths and queries are encoded by the client, so the only argument undici can refuse is
  // the Authorization header: a token with characters no header may carry.
  if (code === 'UND_ERR_INVALID_ARG') {
    return safeError('invalid_input', 'The API token contains characters that cannot be sent. Paste the token again in Settings.');
  }
  const timeout = typeof code === 'string' ? TIMEOUT_MESSAGES[code] : undefined;
  return timeout === undefined ? safeError('network', NETWORK_MESSAGE) : safeError('timeout', timeout);
}

/** The error for a body that is not the JSON the API always sends. */
export function unreadableBody(status: number, body: string, contentType: string | undefined): AppError {
  return isWebPage(body, contentType)
    ? safeError('bad_response', `VPS.org sent a web page instead of data (HTTP ${status}). The service may be down, or the API address may be wrong.`, { status })
    : safeError('bad_response', `VPS.org sent a reply that is not valid JSON (HTTP ${status}). Try again in a moment.`, { status });
}
