import { describe, expect, it } from 'vitest';
import { isTrustedSender, type AppOrigin } from './sender';

const packaged: AppOrigin = { kind: 'app' };
const dev: AppOrigin = { kind: 'dev', url: 'http://localhost:5173/' };
const PAGE = 'app://vps-tray/index.html';

const main = (url: string) => ({ url, isMainFrame: true });

describe('isTrustedSender', () => {
  it('trusts the app:// page in the main frame, with or without a hash or query', () => {
    expect(isTrustedSender(main(PAGE), packaged)).toBe(true);
    expect(isTrustedSender(main(`${PAGE}#/domains`), packaged)).toBe(true);
    expect(isTrustedSender(main(`${PAGE}?view=dns`), packaged)).toBe(true);
  });

  it('refuses the same page in a sub-frame', () => {
    expect(isTrustedSender({ url: PAGE, isMainFrame: false }, packaged)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: false }, dev)).toBe(false);
  });

  it('refuses other hosts and schemes that look like the app, and any file: page', () => {
    for (const url of [
      'app://vps-tray.evil.example/index.html',
      'app://evil.example/index.html',
      'app://user@vps-tray/index.html',
      'app://vps-tray:443/index.html',
      'apps://vps-tray/index.html',
      'file:///opt/VPS%20Tray/resources/app.asar/out/renderer/index.html',
      'file:///tmp/index.html',
    ]) {
      expect(isTrustedSender(main(url), packaged), url).toBe(false);
    }
  });

  it('refuses foreign origins, about:blank, data: and garbage', () => {
    for (const url of ['https://evil.example/', 'about:blank', 'data:text/html,<script>1</script>', 'javascript:alert(1)', '', 'not a url', 'http://localhost:5173/']) {
      expect(isTrustedSender(main(url), packaged), url).toBe(false);
    }
  });

  it('in development trusts the dev server origin only, not lookalikes', () => {
    expect(isTrustedSender(main('http://localhost:5173/'), dev)).toBe(true);
    expect(isTrustedSender(main('http://localhost:5173/src/App.svelte?x=1#top'), dev)).toBe(true);
    for (const url of [
      'http://localhost:5174/',
      'https://localhost:5173/',
      'http://127.0.0.1:5173/',
      'http://localhost.evil.example:5173/',
      'http://localhost:5173@evil.example/',
      'http://evil.example/?http://localhost:5173/',
      'ws://localhost:5173/',
      PAGE,
      'about:blank',
    ]) {
      expect(isTrustedSender(main(url), dev), url).toBe(false);
    }
  });
});
