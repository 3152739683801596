import { describe, expect, it } from 'vitest';
import { m } from '@shared/i18n';
import { errorFromStatus, errorFromTransport, unreadableBody } from './http-errors';

const json = { 'content-type': 'application/json' };
const body = (value: unknown): string => JSON.stringify(value);

describe('errorFromStatus', () => {
  it('401 asks for a new token, whatever the body says', () => {
    const error = errorFromStatus(401, body({ detail: 'Invalid token vps_leaked' }), json, 'server');
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, message: m.error_unauthorized() });
  });

  it('403 names the permission from a `permission` field or from the detail', () => {
    expect(errorFromStatus(403, body({ detail: 'Forbidden', permission: 'dns:delete' }), json, 'DNS zone')).toMatchObject({
      kind: 'forbidden',
      permission: 'dns:delete',
    });
    const parsed = errorFromStatus(403, body({ detail: 'Token lacks servers:power permission' }), json, 'server');
    expect(parsed).toMatchObject({ kind: 'forbidden', permission: 'servers:power' });
    expect(parsed.message).toContain('servers:power');
    expect(errorFromStatus(403, body({ detail: 'Token lacks dns:* permission' }), json, 'DNS zone').permission).toBe('dns:*');
    expect(errorFromStatus(403, body({ detail: 'Nope' }), json, 'server')).not.toHaveProperty('permission');
  });

  it('404 names what was not found', () => {
    expect(errorFromStatus(404, body({ detail: 'Not found.' }), json, 'DNS record')).toMatchObject({
      kind: 'not_found',
      message: expect.stringContaining('no such DNS record'),
    });
  });

  it('400 uses the API detail as the sentence and keeps field and error_code', () => {
    const error = errorFromStatus(400, body({ detail: 'MX records require a priority value', error_code: 'validation_error', field: 'priority' }), json, 'DNS record');
    expect(error).toEqual({ kind: 'validation', status: 400, message: 'MX records require a priority value.', field: 'priority', code: 'validation_error' });
  });

  it('400 reads a Django-REST field map too', () => {
    expect(errorFromStatus(400, body({ name: ['This field is required.'] }), json, 'server')).toMatchObject({
      kind: 'validation',
      field: 'name',
      message: 'name: This field is required.',
    });
  });

  it('402, 429 and 5xx', () => {
    expect(errorFromStatus(402, body({ detail: 'Insufficient account balance' }), json, 'server')).toMatchObject({
      kind: 'payment_required',
      message: 'Insufficient account balance. Add funds to your VPS.org account and try again.',
    });
    const limited = errorFromStatus(429, body({ detail: 'Slow down' }), { ...json, 'retry-after': '12' }, 'server');
    expect(limited).toMatchObject({ kind: 'rate_limited', retryAfter: 12, message: expect.stringContaining('12 seconds') });
    expect(errorFromStatus(429, '', {}, 'server')).not.toHaveProperty('retryAfter');
    expect(errorFromStatus(503, body({ detail: 'Service temporarily unavailable' }), json, 'server')).toMatchObject({ kind: 'server', status: 503 });
    expect(errorFromStatus(500, 'oops', {}, 'server')).toMatchObject({ kind: 'server', status: 500 });
  });

  it('a web page instead of JSON is a bad_response, whatever its status', () => {
    const page = '<html><head><title>502 Bad Gateway</title></head></html>';
    expect(errorFromStatus(502, page, { 'content-type': 'text/html' }, 'server')).toMatchObject({ kind: 'bad_response', status: 502 });
    expect(errorFromStatus(404, page, {}, 'server')).toMatchObject({ kind: 'bad_response', status: 404 });
  });

  it('an unexpected status is a bad_response', () => {
    expect(errorFromStatus(301, '', {}, 'server')).toMatchObject({ kind: 'bad_response', status: 301 });
  });

  it('redacts a token that the server echoes into any text field', () => {
    const error = errorFromStatus(400, body({ detail: 'Token vps_abcDEF123 is malformed', field: 'vps_abcDEF123', error_code: 'x_vps_abcDEF123' }), json, 'server');
    expect(JSON.stringify(error)).not.toContain('vps_abcDEF123');
    const forbidden = errorFromStatus(403, body({ detail: 'no', permission: 'vps_abcDEF123' }), json, 'server');
    expect(JSON.stringify(forbidden)).not.toContain('vps_abcDEF123');
  });
});

describe('errorFromTransport', () => {
  it('tells timeouts from other network failures', () => {
    expect(errorFromTransport({ code: 'UND_ERR_HEADERS_TIMEOUT' }).kind).toBe('timeout');
    expect(errorFromTransport({ code: 'UND_ERR_BODY_TIMEOUT' }).kind).toBe('timeout');
    expect(errorFromTransport({ code: 'UND_ERR_CONNECT_TIMEOUT' }).kind).toBe('timeout');
    expect(errorFromTransport({ code: 'ECONNREFUSED' })).toEqual({ kind: 'network', message: m.error_network() });
    expect(errorFromTransport(new Error('vps_secret'))).toEqual({ kind: 'network', message: m.error_network() });
  });
});

describe('unreadableBody', () => {
  it('tells a web page from broken JSON', () => {
    expect(unreadableBody(200, '<!doctype html>', undefined).message).toContain('web page');
    expect(unreadableBody(200, '{"count": 2,', 'application/json').message).toContain('not valid JSON');
  });
});
