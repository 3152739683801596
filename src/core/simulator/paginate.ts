// Server and domain lists: whole as {count, results}, or Django REST Framework pages with
// absolute next/previous links when a page size is set.
import { ApiFailure } from './failures';

export interface WholeList<T> {
  count: number;
  results: T[];
}

export interface Page<T> extends WholeList<T> {
  next: string | null;
  previous: string | null;
}

export function listBody<T>(items: T[], pageSize: number | null, url: URL): WholeList<T> | Page<T> {
  if (pageSize === null) return { count: items.length, results: items };
  const requested = url.searchParams.get('page') ?? '1';
  const page = /^\d+$/.test(requested) ? Number(requested) : NaN;
  const lastPage = Math.max(1, Math.ceil(items.length / pageSize));
  if (!(page >= 1 && page <= lastPage)) throw new ApiFailure(404, { detail: 'Invalid page.' });
  return {
    count: items.length,
    next: page < lastPage ? linkTo(url, page + 1) : null,
    previous: page > 1 ? linkTo(url, page - 1) : null,
    results: items.slice((page - 1) * pageSize, page * pageSize),
  };
}

/** DRF drops the page parameter for the first page and keeps every other parameter. */
function linkTo(url: URL, page: number): string {
  const link = new URL(url);
  if (page === 1) link.searchParams.delete('page');
  else link.searchParams.set('page', String(page));
  return link.toString();
}
