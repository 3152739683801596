// The VPS.org client: the resource modules composed over one request core.
import type { ClientOptions, VpsClient } from './client-types';
import { accountApi } from './account';
import { dnsApi } from './dns';
import { domainsApi } from './domains';
import { createRequestCore } from './request';
import { serversApi } from './servers';

/** Throws a VpsError of kind `invalid_input` when the base URL is not allowed (see checkBaseUrl). */
export function createClient(options: ClientOptions): VpsClient {
  const core = createRequestCore(options);
  return {
    baseUrl: core.baseUrl,
    account: accountApi(core),
    servers: serversApi(core),
    domains: domainsApi(core),
    dns: dnsApi(core),
    close: () => core.close(),
  };
}
