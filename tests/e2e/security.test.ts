// The built window under its Content Security Policy: the meta tag says exactly the shared
// policy, no script is inline, and a whole session breaks none of the rules.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';
import { closeBrowser, launchApp } from './harness';

afterAll(() => closeBrowser());

const html = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'out', 'renderer', 'index.html'), 'utf8');

describe('content security policy', () => {
  it('is in the built index.html as the shared constant, with no inline script', () => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="/);
      expect(body?.trim()).toBe('');
    }
  });

  it('is not violated while the window is used', async () => {
    const { page, close } = await launchApp({ profile: 'full' });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    try {
      await page.getByRole('row', { name: /web-01/ }).click();
      await page.getByRole('meter', { name: 'CPU' }).waitFor();
      for (const view of [/^Domains/, /^DNS/, /^Activity/, /^Settings/]) await page.getByRole('button', { name: view }).click();
      await page.keyboard.press('Control+k');
      await page.getByRole('combobox', { name: 'Search servers, domains and actions' }).fill('open acme');
      expect(violations).toEqual([]);
    } finally {
      await close();
    }
  });
});
