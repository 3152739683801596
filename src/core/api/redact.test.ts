import { describe, expect, it } from 'vitest';
import { REDACTED_TOKEN, isTokenShaped, redactSecrets, rememberToken } from './redact';

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

  it('accepts as a token only what it redacts whole', () => {
    for (const token of ['vps_abc123', 'vps_A-b_C', 'vps_demo_full_access_4f2c9a7e1b']) {
      expect(isTokenShaped(token)).toBe(true);
      expect(redactSecrets(`x ${token} y`)).toBe(`x ${REDACTED_TOKEN} y`);
    }
    for (const token of ['vps_abc.DEF+ghi/jkl=', 'vps_', 'vps_a b', 'abc', 'VPS_abc', ' vps_abc']) expect(isTokenShaped(token)).toBe(false);
  });

  it('redacts the exact tokens in use, whatever their characters', () => {
    rememberToken('vps_old.style+token/=');
    expect(redactSecrets('echo vps_old.style+token/= and old.style')).toBe(`echo ${REDACTED_TOKEN} and old.style`);
  });
});
