// Errors are values with a kind and a sentence a person understands. Every layer (client,
// services, IPC, CLI) passes these along unchanged; the UI shows `message`, never a stack.

export type ErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'validation'
  | 'payment_required'
  | 'rate_limited'
  | 'network'
  | 'timeout'
  | 'server'
  | 'bad_response'
  | 'cancelled'
  | 'keychain'
  /** The operating system refused something the app asked of it (opening a folder). */
  | 'system'
  | 'invalid_input';

export interface AppError {
  kind: ErrorKind;
  /** A sentence for a person: what happened and, where it helps, what to do next. */
  message: string;
  /** HTTP status, when the error came from a response. */
  status?: number;
  /** The request field an API `validation` error points at. */
  field?: string;
  /** The permission a `forbidden` error names, e.g. "servers:power". */
  permission?: string;
  /** Seconds to wait, from a 429's Retry-After. */
  retryAfter?: number;
  /** The API's own error_code, when it sent one. */
  code?: string;
}

export function appError(kind: ErrorKind, message: string, extra: Omit<AppError, 'kind' | 'message'> = {}): AppError {
  return { kind, message, ...extra };
}

export function isAppError(value: unknown): value is AppError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AppError).kind === 'string' &&
    typeof (value as AppError).message === 'string'
  );
}

/** Thrown form of an AppError, for code paths that use exceptions (the client, services). */
export class VpsError extends Error implements AppError {
  readonly kind: ErrorKind;
  readonly status?: number;
  readonly field?: string;
  readonly permission?: string;
  readonly retryAfter?: number;
  readonly code?: string;

  constructor(error: AppError) {
    super(error.message);
    this.name = 'VpsError';
    this.kind = error.kind;
    if (error.status !== undefined) this.status = error.status;
    if (error.field !== undefined) this.field = error.field;
    if (error.permission !== undefined) this.permission = error.permission;
    if (error.retryAfter !== undefined) this.retryAfter = error.retryAfter;
    if (error.code !== undefined) this.code = error.code;
  }

  toJSON(): AppError {
    const { kind, message, status, field, permission, retryAfter, code } = this;
    return Object.fromEntries(
      Object.entries({ kind, message, status, field, permission, retryAfter, code }).filter(([, v]) => v !== undefined),
    ) as unknown as AppError;
  }
}

/** Any thrown value as an AppError: VpsErrors keep their kind, anything else becomes `server`. */
export function toAppError(error: unknown): AppError {
  if (error instanceof VpsError) return error.toJSON();
  if (isAppError(error)) return { ...error };
  return appError('server', 'Something went wrong inside VPS Tray. Try again; if it keeps happening, restart the app.');
}
