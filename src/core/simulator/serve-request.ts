// One API request, start to finish, as the provider orders it: route (404/405), token (401),
// permission (403), body (400), then the operation on a state brought up to date.
import { canPerform } from '@shared/permissions';
import type { TokenRegistry } from './auth';
import { ApiFailure, forbidden } from './failures';
import { OPERATION_HANDLERS } from './operation-handlers';
import { jsonResponse, type SimResponse } from './respond';
import { matchRoute } from './router';
import type { SimState } from './state';

export interface ServeContext {
  state: SimState;
  tokens: TokenRegistry;
  now: number;
  pageSize: number | null;
}

export interface ApiRequest {
  method: string;
  /** Absolute, on the simulator's own origin. */
  url: URL;
  authorization: string | undefined;
  body: string;
}

export function serveRequest(ctx: ServeContext, request: ApiRequest): SimResponse {
  try {
    const route = matchRoute(request.method, request.url.pathname);
    if (route.kind === 'not_found') return jsonResponse(404, { detail: 'Not found.' });
    if (route.kind === 'method_not_allowed') {
      const response = jsonResponse(405, { detail: `Method "${request.method}" not allowed.` });
      return { ...response, headers: { ...response.headers, Allow: route.allowed.join(', ') } };
    }
    const token = ctx.tokens.authenticate(request.authorization, ctx.now);
    const verdict = canPerform(token.permissions, route.operation);
    if (verdict.allowed === false) throw forbidden(verdict.permission);
    const body = parseBody(request.body);
    ctx.state.settle(ctx.now);
    return OPERATION_HANDLERS[route.operation]({ state: ctx.state, now: ctx.now, params: route.params, body, url: request.url, pageSize: ctx.pageSize, token });
  } catch (error) {
    if (!(error instanceof ApiFailure)) return jsonResponse(500, { detail: 'A server error occurred.' });
    const response = jsonResponse(error.status, error.body);
    return { ...response, headers: { ...response.headers, ...error.headers } };
  }
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ApiFailure(400, { detail: `JSON parse error - ${(error as Error).message}`, error_code: 'parse_error' });
  }
}
