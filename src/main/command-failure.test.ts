import { describe, expect, it } from 'vitest';
import { VpsError, appError } from '@shared/errors';
import { REDACTED_TOKEN } from '../core/api/redact';
import { commandFailure } from './command-failure';

describe('commandFailure', () => {
  it('keeps an AppError, thrown or not, with its kind and details', () => {
    const error = appError('forbidden', 'This token may not power servers.', { status: 403, permission: 'servers:power' });
    expect(commandFailure(new VpsError(error))).toEqual(error);
    expect(commandFailure(error)).toEqual(error);
  });

  it('turns anything else into a plain sentence without a stack', () => {
    const failure = commandFailure(new TypeError('x is undefined'));
    expect(failure.kind).toBe('server');
    expect(failure.message).not.toContain('undefined');
  });

  it('lets nothing that looks like a token leave, in the message or the field', () => {
    const failure = commandFailure(appError('validation', 'The token vps_abcdef123 is not allowed.', { field: 'vps_abcdef123' }));
    expect(failure).toEqual({ kind: 'validation', message: `The token ${REDACTED_TOKEN} is not allowed.`, field: REDACTED_TOKEN });
  });

  it('is idempotent, so each boundary may apply it', () => {
    const once = commandFailure(new VpsError(appError('network', 'Bearer vps_secret failed')));
    expect(commandFailure(new VpsError(once))).toEqual(once);
  });
});
