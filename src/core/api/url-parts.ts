// Path segments and query strings for API paths. Ids are checked here because the CLI passes
// user input straight through, and a bad id must not turn into a request for another path.
import { VpsError } from '@shared/errors';
import { safeError } from './http-errors';

export function idSegment(id: number, what: string): string {
  if (!Number.isSafeInteger(id) || id < 1) throw new VpsError(safeError('invalid_input', `That is not a valid ${what} id.`));
  return String(id);
}

export function uuidSegment(uuid: string, what: string): string {
  if (uuid.trim() === '') throw new VpsError(safeError('invalid_input', `That is not a valid ${what} id.`));
  return encodeURIComponent(uuid);
}

/** `?a=1&b=2` from the defined, non-empty values, in the order given; '' when there are none. */
export function queryString(params: Record<string, string | undefined>): string {
  let query = '';
  for (const key in params) {
    const value = params[key];
    if (value === undefined || value === '') continue;
    query += `${query === '' ? '?' : '&'}${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
  }
  return query;
}
