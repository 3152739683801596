import { describe, expect, it } from 'vitest';
import { REDACTED_TOKEN, redactSecrets } from './redact';

describe('redactSecrets', () => {
  it('replaces every token in a text', () => {
    expect(redactSecrets('bad token vps_abc123-X_y, also vps_Z9')).toBe(`bad token ${REDACTED_TOKEN}, also ${REDACTED_TOKEN}`);
  });

  it('leaves text without a token alone and is idempotent', () => {
    expect(redactSecrets('Server vps-web_01 is up')).toBe('Server vps-web_01 is up');
    const once = redactSecrets('Bearer vps_secret');
    expect(redactSecrets(once)).toBe(once);
    expect(once).not.toContain('secret');
  });
});
