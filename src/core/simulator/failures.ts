// The API's error answers, thrown from deep inside a handler and turned into a response by
// serveRequest (serve-request.ts).

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: { detail: string } & Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.detail);
    this.name = 'ApiFailure';
  }
}

export function invalid(detail: string, field?: string): ApiFailure {
  return new ApiFailure(400, field === undefined ? { detail, error_code: 'validation_error' } : { detail, error_code: 'validation_error', field });
}

export function notFound(): ApiFailure {
  return new ApiFailure(404, { detail: 'Not found.' });
}

export function paymentRequired(): ApiFailure {
  return new ApiFailure(402, { detail: 'Insufficient account balance' });
}

export function forbidden(permission: string): ApiFailure {
  return new ApiFailure(403, { detail: `Token lacks ${permission} permission`, error_code: 'permission_denied', permission });
}
