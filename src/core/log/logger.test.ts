import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger, logFile } from './logger';

const tempUserData = () => mkdtempSync(path.join(os.tmpdir(), 'vps-log-'));

describe('the log', () => {
  it('writes one line per event with its time, level, name and fields, in the user-data folder', () => {
    const file = logFile(tempUserData());
    const log = createLogger({ file });
    log.info('app.start', { version: '0.1.0' });
    log.warn('refresh.failed', { kind: 'network', status: null });
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z info app\.start \{"version":"0\.1\.0"\}$/);
    expect(lines[1]).toMatch(/ warn refresh\.failed \{"kind":"network","status":null\}$/);
  });

  it('never writes a token', () => {
    const file = logFile(tempUserData());
    createLogger({ file }).error('api.error', { message: 'bad token vps_abcDEF123_-x echoed back' });
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('vps_abcDEF123');
    expect(text).toContain('vps_…redacted');
  });

  it('rotates at its size limit, keeping one previous file', () => {
    const file = logFile(tempUserData());
    const maxBytes = 4096;
    const log = createLogger({ file, maxBytes });
    for (let i = 0; i < 100; i++) log.info('refresh.ok', { servers: i });
    expect(statSync(file).size).toBeLessThanOrEqual(maxBytes);
    expect(readFileSync(file, 'utf8')).toContain('{"servers":99}');
    expect(readFileSync(path.join(path.dirname(file), 'vps-tray.old.log'), 'utf8')).toContain('refresh.ok');
  });


  it('echoes the same lines when asked (vps --verbose: to standard error)', () => {
    const file = logFile(tempUserData());
    const echoed: string[] = [];
    createLogger({ file, echo: { write: (text: string) => echoed.push(text) } }).info('loud', { n: 1 });
    expect(echoed).toEqual([readFileSync(file, 'utf8')]);
    expect(echoed[0]).toMatch(/ info loud \{"n":1\}\n$/);
  });
});
