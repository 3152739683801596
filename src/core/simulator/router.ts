// Which API operation a method and path name, from the one operations table the whole app
// shares. Django-style: paths end with a slash, ids are integers, zone and record ids uuids.
import { OPERATIONS, OPERATION_IDS, type OperationId } from '@shared/operations';

export interface RouteParams {
  id?: number;
  uuid?: string;
}

export type RouteMatch =
  | { kind: 'found'; operation: OperationId; params: RouteParams }
  | { kind: 'method_not_allowed'; allowed: string[] }
  | { kind: 'not_found' };

interface CompiledRoute {
  operation: OperationId;
  method: string;
  pattern: RegExp;
}

const ROUTES: CompiledRoute[] = OPERATION_IDS.map((operation) => {
  const { method, path } = OPERATIONS[operation];
  const source = path
    .split('/')
    .map((part) => (part === '{id}' ? '(?<id>\\d{1,15})' : part === '{uuid}' ? '(?<uuid>[A-Za-z0-9-]{1,100})' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return { operation, method, pattern: new RegExp(`^${source}$`) };
});

export function matchRoute(method: string, pathname: string): RouteMatch {
  const allowed: string[] = [];
  for (const route of ROUTES) {
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    if (route.method !== method.toUpperCase()) {
      allowed.push(route.method);
      continue;
    }
    const params: RouteParams = {};
    if (match.groups?.id !== undefined) params.id = Number(match.groups.id);
    if (match.groups?.uuid !== undefined) params.uuid = match.groups.uuid;
    return { kind: 'found', operation: route.operation, params };
  }
  return allowed.length > 0 ? { kind: 'method_not_allowed', allowed } : { kind: 'not_found' };
}
