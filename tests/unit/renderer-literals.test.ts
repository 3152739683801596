// The window says nothing in a fixed language: every word in a component's markup comes from
// the message catalogues (src/shared/i18n). This finds words written straight into the markup
// (text between tags, and the attributes a person reads or hears); what may stay as it is —
// the product's name, key names, technical abbreviations and example values — is listed here.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = path.resolve(import.meta.dirname, '..', '..', 'src', 'renderer', 'src');

/** The same in every language: names, abbreviations, keys, and examples of what to type. */
const SAME_IN_EVERY_LANGUAGE = new Set(['VPS Tray', 'IPv4', 'IPv6', 'TTL', 'Esc', 'web-02', 'web02.example.com', 'example.com', 'mynewdomain.com', 'www', 'https://admin.vps.org', 'vps_…', 'ns{…}.example.com']);

const READ_ALOUD = ['label', 'title', 'placeholder', 'aria-label', 'description', 'hint', 'submitLabel', 'busyLabel', 'things', 'listing', 'alt'];

/** The markup with every {expression} (braces balanced) replaced by one NUL character. */
function withoutExpressions(markup: string): string {
  let out = '';
  let depth = 0;
  for (const char of markup) {
    if (char === '{' && depth++ === 0) out += '\u0000';
    else if (char === '}' && depth > 0) depth--;
    else if (depth === 0) out += char;
  }
  return out;
}

/** Words written into a component's markup (not its script or style) in any language. */
export function fixedWords(component: string): string[] {
  const markup = withoutExpressions(
    component
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/<!--[\s\S]*?-->/g, ''),
  );
  const found: string[] = [];
  // Text between tags, outside {expressions}.
  for (const [, text = ''] of markup.matchAll(/>([^<>]*)</g)) {
    for (const part of text.split('\u0000')) {
      const words = part.trim();
      if (/\p{L}{2}/u.test(words)) found.push(words);
    }
  }
  // Attributes written as plain strings.
  for (const [, name, value = ''] of markup.matchAll(new RegExp(`\\s(${READ_ALOUD.join('|')})="([^"]*)"`, 'g'))) {
    if (/\p{L}{2}/u.test(value)) found.push(`${name}="${value.replaceAll('\u0000', '{…}')}"`);
  }
  return found.filter((words) => !SAME_IN_EVERY_LANGUAGE.has(words.replace(/^[\w-]+="(.*)"$/, '$1')));
}

function components(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.svelte'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('words in the window', () => {
  it('come from the catalogues in every component', () => {
    const fixed = components(RENDERER).flatMap((file) => fixedWords(readFileSync(file, 'utf8')).map((words) => `${path.relative(RENDERER, file)}: ${words}`));
    expect(fixed).toEqual([]);
  });

  it('are found when written into the markup', () => {
    const component = `<script lang="ts">let a = 'Kept';</script>\n<h1>{m.nav_servers()}</h1>\n<p class="x">Nothing yet, {name}</p>\n<button aria-label="Close" title={m.x()}>VPS Tray</button>\n<style>.x { color: red }</style>`;
    expect(fixedWords(component)).toEqual(['Nothing yet,', 'aria-label="Close"']);
  });
});
