// The API address is user-configurable (profiles, CLI --api-url), so it is checked before a
// request can carry the token anywhere: https only, plain http only to this machine, named by
// its address. `localhost` does not count: a hosts file or a resolver can point it anywhere.
import { VpsError, appError } from '@shared/errors';

export const DEFAULT_BASE_URL = 'https://admin.vps.org';

/** As URL writes them: other spellings of these addresses (127.1, [0:0:0:0:0:0:0:1]) become these. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]']);

function invalid(message: string): VpsError {
  return new VpsError(appError('invalid_input', message));
}

/** The normalised base URL (origin plus any path prefix, no trailing slash), or a VpsError of kind `invalid_input`. */
export function checkBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw invalid('The API address must be a web address such as https://admin.vps.org.');
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw invalid('The API address must start with https:// (plain http:// is allowed only for 127.0.0.1 or [::1]).');
  }
  if (url.username !== '' || url.password !== '') {
    throw invalid('The API address must not contain a user name or password.');
  }
  if (url.search !== '' || url.hash !== '') {
    throw invalid('The API address must not contain a query (?) or a fragment (#).');
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}
