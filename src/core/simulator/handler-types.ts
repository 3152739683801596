// What an operation's handler gets and gives back.
import type { SimToken } from './auth';
import type { SimResponse } from './respond';
import type { RouteParams } from './router';
import type { SimState } from './state';

export interface HandlerContext {
  state: SimState;
  now: number;
  params: RouteParams;
  /** The parsed JSON body; undefined when the request had none. */
  body: unknown;
  /** The absolute request URL (pagination links are built from it). */
  url: URL;
  pageSize: number | null;
  token: SimToken;
}

export type Handler = (ctx: HandlerContext) => SimResponse;
