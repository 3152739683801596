// Every call to VPS.org from the services goes through here: it needs a token, it is refused
// before sending when the token lacks the permission (naming it), and a 401 tells the session,
// which pauses background work until a new token is saved.
import type { OperationId } from '@shared/operations';
import { VpsError, appError, toAppError } from '@shared/errors';
import { m } from '@shared/i18n';
import type { VpsClient } from '../api/client-types';
import type { SessionManager } from './session';

export interface ApiGate {
  run<T>(operation: OperationId, call: (client: VpsClient) => Promise<T>): Promise<T>;
  /** Whether the token may do it; 'unknown' permissions count as allowed (the API decides). */
  allowed(operation: OperationId): boolean;
}

export function createApiGate(
  session: Pick<SessionManager, 'client' | 'tokenLoaded' | 'can' | 'view' | 'activeProfileId' | 'reportUnauthorized'>,
): ApiGate {
  // Offline on the very first start, the token's permissions were never seen: then the API
  // decides, rather than everything being refused.
  const permissionsKnown = (): boolean => session.view().tokenName !== null;

  return {
    async run(operation, call) {
      // Right after start-up the tray already offers the cached servers' actions.
      await session.tokenLoaded();
      const client = session.client();
      if (client === null) {
        throw new VpsError(appError('unauthorized', m.gate_no_token()));
      }
      const verdict = session.can(operation);
      if (verdict.allowed === false && permissionsKnown()) {
        throw new VpsError(
          appError('forbidden', m.gate_forbidden({ permission: verdict.permission }), {
            permission: verdict.permission,
          }),
        );
      }
      const profileId = session.activeProfileId();
      try {
        return await call(client);
      } catch (error) {
        const failure = error instanceof VpsError ? error : new VpsError(toAppError(error));
        if (failure.kind === 'unauthorized' && profileId !== null) session.reportUnauthorized(profileId);
        throw failure;
      }
    },
    allowed(operation) {
      return !permissionsKnown() || session.can(operation).allowed !== false;
    },
  };
}
