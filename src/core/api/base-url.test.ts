import { describe, expect, it } from 'vitest';
import { VpsError } from '@shared/errors';
import { checkBaseUrl, DEFAULT_BASE_URL } from './base-url';

function rejection(raw: string): VpsError {
  try {
    checkBaseUrl(raw);
  } catch (error) {
    if (error instanceof VpsError) return error;
    throw error;
  }
  throw new Error(`${raw} was accepted`);
}

describe('checkBaseUrl', () => {
  it('accepts https and normalises away a trailing slash', () => {
    expect(checkBaseUrl(DEFAULT_BASE_URL)).toBe('https://admin.vps.org');
    expect(checkBaseUrl(' https://admin.vps.org/ ')).toBe('https://admin.vps.org');
    expect(checkBaseUrl('https://proxy.example.com/vps/')).toBe('https://proxy.example.com/vps');
  });

  it('accepts plain http only on loopback', () => {
    expect(checkBaseUrl('http://127.0.0.1:4010')).toBe('http://127.0.0.1:4010');
    expect(checkBaseUrl('http://[::1]:4010')).toBe('http://[::1]:4010');
  });

  it('does not count localhost, or any name, as loopback: DNS or a hosts file can point it anywhere', () => {
    for (const raw of ['http://localhost:4010', 'http://LOCALHOST', 'http://localhost.:4010', 'http://127.0.0.1.nip.io']) {
      expect(rejection(raw).message).toMatch(/127\.0\.0\.1 or \[::1\]/);
    }
  });

  it.each(['http://admin.vps.org', 'http://10.0.0.1:4010', 'ftp://admin.vps.org', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'rejects %s as invalid_input',
    (raw) => {
      const error = rejection(raw);
      expect(error.kind).toBe('invalid_input');
      expect(error.message).toMatch(/https:\/\//);
    },
  );

  it('rejects what is not a web address, credentials, queries and fragments', () => {
    expect(rejection('admin.vps.org').message).toMatch(/web address/);
    expect(rejection('https://user:pw@admin.vps.org').message).toMatch(/user name or password/);
    expect(rejection('https://admin.vps.org/?x=1').message).toMatch(/query/);
    expect(rejection('https://admin.vps.org/#top').message).toMatch(/fragment/);
  });

  it('never echoes what was typed, which might be a pasted token', () => {
    expect(rejection('vps_secret123').message).not.toContain('vps_secret123');
  });
});
