// /api/v1/domains/: list, register, get, update settings, remove from the account, transfer in.
import type { CallOptions, VpsClient } from './client-types';
import { fetchList } from './list';
import type { HttpMethod, RequestCore } from './request';
import { DOMAIN, DOMAIN_DETAIL, DOMAIN_REGISTERED, DOMAIN_TRANSFER, DOMAIN_UPDATED, parseAs } from './schemas';
import { idSegment, queryString } from './url-parts';

const NAMES = { target: 'domain', plural: 'domains' };

export function domainsApi(core: RequestCore): VpsClient['domains'] {
  const send = (method: HttpMethod, path: string, opts: CallOptions | undefined, body?: unknown): Promise<unknown> =>
    core.send({ method, path, body, target: NAMES.target, signal: opts?.signal });
  const one = (id: number): string => `/api/v1/domains/${idSegment(id, 'domain')}/`;

  return {
    list: (filter, opts) =>
      fetchList(core, `/api/v1/domains/${queryString({ status: filter?.status, search: filter?.search })}`, DOMAIN, NAMES, opts?.signal),
    register: async (input, opts) => parseAs(DOMAIN_REGISTERED, await send('POST', '/api/v1/domains/', opts, input)),
    get: async (id, opts) => parseAs(DOMAIN_DETAIL, await send('GET', one(id), opts)),
    update: async (id, input, opts) => parseAs(DOMAIN_UPDATED, await send('PUT', one(id), opts, input)),
    remove: async (id, opts) => {
      await send('DELETE', one(id), opts);
    },
    transfer: async (id, input, opts) => parseAs(DOMAIN_TRANSFER, await send('POST', `${one(id)}transfer/`, opts, input)),
  };
}
