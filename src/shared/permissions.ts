// Permission strings are `resource:action`; `resource:*` grants every action on a resource
// and `*:*` grants everything (the provider's account page).
import { m } from './i18n';
import { OPERATIONS, type OperationId } from './operations';

export function grants(granted: string, needed: string): boolean {
  const [gResource, gAction] = splitPermission(granted);
  const [nResource, nAction] = splitPermission(needed);
  if (gResource === undefined || nResource === undefined) return false;
  return (gResource === '*' || gResource === nResource) && (gAction === '*' || gAction === nAction);
}

export function hasPermission(permissions: readonly string[], needed: string): boolean {
  return permissions.some((p) => grants(p, needed));
}

export type Verdict =
  | { allowed: true }
  /** The provider names no permission for this operation: try it and let the API decide. */
  | { allowed: 'unknown' }
  | { allowed: false; permission: string; reason: string };

export function canPerform(permissions: readonly string[], operation: OperationId): Verdict {
  const needed = OPERATIONS[operation].permission;
  if (needed === null) return { allowed: true };
  if (needed === 'unknown') return { allowed: 'unknown' };
  if (hasPermission(permissions, needed)) return { allowed: true };
  return { allowed: false, permission: needed, reason: m.needs_permission({ permission: needed }) };
}

function splitPermission(p: string): [string, string] | [undefined, undefined] {
  const parts = p.trim().split(':');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return [undefined, undefined];
  return [parts[0], parts[1]];
}
