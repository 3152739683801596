// Lists come in three shapes: a bare array (the DNS routes), `{count, results}`, and Django-REST
// pages `{count, next, previous, results}`. Pages are followed through `next`, but only within
// the API's own base URL, never twice, and never past MAX_PAGES.
import { VpsError } from '@shared/errors';
import { safeError } from './http-errors';
import type { RequestCore } from './request';
import { parseAs, type Shape } from './schemas';

export const MAX_PAGES = 1000;

interface Page {
  items: unknown[];
  next: string | null;
}

function badList(message: string): VpsError {
  return new VpsError(safeError('bad_response', message));
}

function readPage(data: unknown, plural: string): Page {
  if (Array.isArray(data)) return { items: data, next: null };
  if (typeof data === 'object' && data !== null) {
    const { results, next } = data as { results?: unknown; next?: unknown };
    if (Array.isArray(results)) {
      if (next === undefined || next === null || next === '') return { items: results, next: null };
      if (typeof next === 'string') return { items: results, next };
      throw badList(`VPS.org sent a page of ${plural} with an invalid 'next' link.`);
    }
  }
  throw badList(`VPS.org sent a list of ${plural} in a shape VPS Tray does not understand.`);
}

/** The path below the base URL that a `next` link points to, if it stays within the API. */
function nextPath(baseUrl: string, currentPath: string, link: string, plural: string): string {
  let resolved: string;
  try {
    resolved = new URL(link, baseUrl + currentPath).href;
  } catch {
    throw badList(`VPS.org sent a page of ${plural} with an invalid 'next' link.`);
  }
  if (!resolved.startsWith(`${baseUrl}/`)) {
    throw badList(`VPS.org sent a page of ${plural} whose 'next' link leads away from the API address; VPS Tray did not follow it.`);
  }
  return resolved.slice(baseUrl.length);
}

/** Every item of a list, across all its pages, each validated against `shape`. */
export async function fetchList<T>(
  core: RequestCore,
  path: string,
  shape: Shape<T>,
  names: { target: string; plural: string },
  signal: AbortSignal | undefined,
): Promise<T[]> {
  const items: T[] = [];
  const visited = new Set<string>();
  let current: string | null = path;
  while (current !== null) {
    if (visited.size === MAX_PAGES) throw badList(`VPS.org sent more than ${MAX_PAGES} pages of ${names.plural}; VPS Tray stopped reading.`);
    visited.add(current);
    const page = readPage(await core.send({ method: 'GET', path: current, target: names.target, signal }), names.plural);
    for (const item of page.items) items.push(parseAs(shape, item));
    current = page.next === null ? null : nextPath(core.baseUrl, current, page.next, names.plural);
    if (current !== null && visited.has(current)) {
      throw badList(`VPS.org sent pages of ${names.plural} whose 'next' links go round in a circle.`);
    }
  }
  return items;
}
