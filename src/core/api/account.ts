// GET /api/v1/account/me/: who the token belongs to and what it may do.
import type { VpsClient } from './client-types';
import type { RequestCore } from './request';
import { ACCOUNT_ME, parseAs } from './schemas';

export function accountApi(core: RequestCore): VpsClient['account'] {
  return {
    async me(opts) {
      return parseAs(ACCOUNT_ME, await core.send({ method: 'GET', path: '/api/v1/account/me/', target: 'account', signal: opts?.signal }));
    },
  };
}
