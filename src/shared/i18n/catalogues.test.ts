// Every language has exactly English's messages, each with English's placeholders; and the
// compiled modules (src/shared/i18n/paraglide) are those of the catalogues as they are now.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, localeOfTag, resolveLocale } from './locales';

const dir = path.join(import.meta.dirname, 'messages');
type Variant = { declarations?: string[]; match: Record<string, string> };
type Catalogue = Record<string, string | Variant[]>;
const load = (locale: string): Catalogue => {
  const { $schema: _schema, ...messages } = JSON.parse(readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as Catalogue & { $schema?: string };
  return messages;
};

/** The placeholders a message uses: {name} in its texts, and the inputs it declares. */
function placeholders(message: string | Variant[]): string[] {
  const texts = typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match));
  const found = new Set(texts.flatMap((text) => [...text.matchAll(/\{\s*(\w+)\s*\}/g)].map((match) => match[1] ?? '')));
  if (typeof message !== 'string') {
    for (const v of message) for (const d of v.declarations ?? []) if (d.startsWith('input ')) found.add(d.slice('input '.length).trim());
  }
  return [...found].sort();
}

const english = load('en');

describe.each(LOCALES.filter((l) => l !== 'en'))('the %s catalogue', (locale) => {
  const catalogue = load(locale);

  it('has every message English has, and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
  });

  it("uses each message's placeholders exactly as English does", () => {
    const differing = Object.keys(english)
      .filter((key) => key in catalogue)
      .filter((key) => placeholders(catalogue[key]!).join() !== placeholders(english[key]!).join());
    expect(differing).toEqual([]);
  });

  it('leaves no message empty', () => {
    expect(Object.entries(catalogue).filter(([, message]) => placeholders(message).length === 0 && JSON.stringify(message).length <= 2)).toEqual([]);
  });
});

describe('choosing the language', () => {
  it('takes the Settings choice, else the first OS language the app has, else English', () => {
    expect(resolveLocale('fi', ['vi-VN'])).toBe('fi');
    expect(resolveLocale('system', ['de-DE', 'fil-PH', 'fi'])).toBe('tl');
    expect(resolveLocale('system', ['yi'])).toBe('yi');
    expect(resolveLocale('system', ['de-DE'])).toBe('en');
    expect(resolveLocale('system', [])).toBe('en');
    expect(localeOfTag('mg_MG')).toBe('mg');
  });
});

describe('the compiled messages', () => {
  it('are up to date with the catalogues (run scripts/i18n-compile.mjs after editing them)', async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { compileCatalogues } = (await import('../../../scripts/i18n-compile.mjs')) as { compileCatalogues: () => Promise<Record<string, string>> };
    const compiled = await compileCatalogues();
    for (const [file, content] of Object.entries(compiled)) {
      expect(readFileSync(path.join(import.meta.dirname, 'paraglide', file), 'utf8'), file).toBe(content);
    }
  }, 120_000);
});
