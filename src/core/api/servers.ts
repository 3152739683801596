// /api/v1/servers/: list, create, get, replace, update, delete, and the power actions.
import type { PowerAction } from '@shared/api-types';
import type { CallOptions, VpsClient } from './client-types';
import { fetchList } from './list';
import type { HttpMethod, RequestCore } from './request';
import { POWER_RESULT, SERVER, SERVER_CREATED, SERVER_DETAIL, parseAs } from './schemas';
import { idSegment, queryString } from './url-parts';

const NAMES = { target: 'server', plural: 'servers' };

export function serversApi(core: RequestCore): VpsClient['servers'] {
  const send = (method: HttpMethod, path: string, opts: CallOptions | undefined, body?: unknown): Promise<unknown> =>
    core.send({ method, path, body, target: NAMES.target, signal: opts?.signal });
  const one = (id: number): string => `/api/v1/servers/${idSegment(id, 'server')}/`;
  const power = async (id: number, action: PowerAction, opts: CallOptions | undefined) =>
    parseAs(POWER_RESULT, await send('POST', `${one(id)}${action}/`, opts));

  return {
    list: (filter, opts) =>
      fetchList(core, `/api/v1/servers/${queryString({ status: filter?.status, location: filter?.location })}`, SERVER, NAMES, opts?.signal),
    create: async (input, opts) => parseAs(SERVER_CREATED, await send('POST', '/api/v1/servers/', opts, input)),
    get: async (id, opts) => parseAs(SERVER_DETAIL, await send('GET', one(id), opts)),
    replace: async (id, input, opts) => parseAs(SERVER_DETAIL, await send('PUT', one(id), opts, input)),
    update: async (id, patch, opts) => parseAs(SERVER_DETAIL, await send('PATCH', one(id), opts, patch)),
    delete: async (id, opts) => {
      await send('DELETE', one(id), opts);
    },
    start: (id, opts) => power(id, 'start', opts),
    stop: (id, opts) => power(id, 'stop', opts),
    reboot: (id, opts) => power(id, 'reboot', opts),
  };
}
