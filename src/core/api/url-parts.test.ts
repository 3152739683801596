import { describe, expect, it } from 'vitest';
import { idSegment, queryString, uuidSegment } from './url-parts';

describe('url parts', () => {
  it('builds a query from the defined, non-empty values, encoded', () => {
    expect(queryString({ status: 'active', location: undefined })).toBe('?status=active');
    expect(queryString({ search: 'a b&c=d', status: '' })).toBe('?search=a%20b%26c%3Dd');
    expect(queryString({ zone: 'z1', record_type: 'MX' })).toBe('?zone=z1&record_type=MX');
    expect(queryString({})).toBe('');
  });

  it('accepts only positive integer ids', () => {
    expect(idSegment(12345, 'server')).toBe('12345');
    for (const bad of [0, -1, 1.5, Number.NaN, 2 ** 60]) {
      expect(() => idSegment(bad, 'server')).toThrow(expect.objectContaining({ kind: 'invalid_input' }));
    }
  });

  it('keeps a uuid inside its path segment', () => {
    expect(uuidSegment('abc-123', 'DNS zone')).toBe('abc-123');
    expect(uuidSegment('../servers/1', 'DNS zone')).toBe('..%2Fservers%2F1');
    expect(() => uuidSegment(' ', 'DNS zone')).toThrow(expect.objectContaining({ kind: 'invalid_input' }));
  });
});
