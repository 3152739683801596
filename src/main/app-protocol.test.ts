import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, APP_ORIGIN, CSP_HEADER, serveAppFile } from './app-protocol';

// A renderer folder with a secret beside it, and a symlink inside that points at the secret.
const base = mkdtempSync(path.join(os.tmpdir(), 'vps-app-protocol-'));
const root = path.join(base, 'renderer');
mkdirSync(path.join(root, 'assets'), { recursive: true });
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>VPS Tray</title>');
writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
writeFileSync(path.join(base, 'secret.txt'), 'the token');
symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.js'));
symlinkSync(base, path.join(root, 'up'));

describe('the app:// protocol', () => {
  it('serves the index and its assets with their types', async () => {
    const index = await serveAppFile(APP_INDEX_URL, root);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('<title>VPS Tray</title>');
    expect((await serveAppFile(`${APP_ORIGIN}/`, root)).status).toBe(200);
    const script = await serveAppFile(`${APP_ORIGIN}/assets/index-abc.js?v=1#x`, root);
    expect([script.status, script.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect((await serveAppFile(`${APP_ORIGIN}/assets/index-abc.css`, root)).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 to every way out of the folder', async () => {
    for (const url of [
      `${APP_ORIGIN}/../secret.txt`,
      `${APP_ORIGIN}/assets/../../secret.txt`,
      `${APP_ORIGIN}/%2e%2e/secret.txt`,
      `${APP_ORIGIN}/.%2e/secret.txt`,
      `${APP_ORIGIN}/assets/%2e%2e%2f%2e%2e%2fsecret.txt`,
      `${APP_ORIGIN}/..%5csecret.txt`,
      `${APP_ORIGIN}/%2fetc%2fpasswd`,
      `${APP_ORIGIN}//etc/passwd`,
      `${APP_ORIGIN}/assets/link.js`,
      `${APP_ORIGIN}/up/secret.txt`,
      `${APP_ORIGIN}/index.html%00.js`,
      `${APP_ORIGIN}/%E0%A4%A`,
      `${APP_ORIGIN}/assets`,
      `${APP_ORIGIN}/missing.js`,
      'app://other-host/index.html',
      `file://${path.join(root, 'index.html')}`,
    ]) {
      const response = await serveAppFile(url, root);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('the token');
    }
  });

  it('puts the Content-Security-Policy on every response, 404s included', async () => {
    for (const url of [APP_INDEX_URL, `${APP_ORIGIN}/assets/index-abc.js`, `${APP_ORIGIN}/../secret.txt`, `${APP_ORIGIN}/missing.js`]) {
      const response = await serveAppFile(url, root);
      expect(response.headers.get('content-security-policy'), url).toBe(CSP_HEADER);
      expect(CSP_HEADER).toContain("script-src 'self'");
      expect(CSP_HEADER).toContain("frame-ancestors 'none'");
    }
  });
});
