import { describe, expect, it } from 'vitest';
import { OPERATIONS, OPERATION_IDS } from '@shared/operations';
import { matchRoute } from './router';

describe('matchRoute', () => {
  it('finds every operation of the shared table with its parameters', () => {
    for (const id of OPERATION_IDS) {
      const { method, path } = OPERATIONS[id];
      const match = matchRoute(method, path.replace('{id}', '12345').replace('{uuid}', 'abc-123'));
      const params = path.includes('{id}') ? { id: 12345 } : path.includes('{uuid}') ? { uuid: 'abc-123' } : {};
      expect(match, id).toEqual({ kind: 'found', operation: id, params });
    }
  });

  it('needs the trailing slash and integer server and domain ids', () => {
    expect(matchRoute('GET', '/api/v1/servers')).toEqual({ kind: 'not_found' });
    expect(matchRoute('GET', '/api/v1/servers/web-01/')).toEqual({ kind: 'not_found' });
    expect(matchRoute('GET', '/api/v1/dns-zones/a/b/')).toEqual({ kind: 'not_found' });
  });

  it('tells a wrong method apart from a wrong path', () => {
    expect(matchRoute('DELETE', '/api/v1/servers/')).toEqual({ kind: 'method_not_allowed', allowed: ['GET', 'POST'] });
  });
});
