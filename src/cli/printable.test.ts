import { describe, expect, it } from 'vitest';
import { printable, printableJson, printableLines } from './printable';

describe('printable', () => {
  it('writes escape sequences and other control characters as visible text', () => {
    expect(printable('web\u001b[2J-01')).toBe('web\\u001b[2J-01');
    expect(printable('a\rb\bc\u0007d\u009b31m')).toBe('a\\u000db\\u0008c\\u0007d\\u009b31m');
    expect(printable('two\nlines\ttab')).toBe('two\\u000alines\\u0009tab');
  });

  it('escapes the invisible bidi controls that make text read as something else', () => {
    expect(printable('invoice\u202egpj.exe')).toBe('invoice\\u202egpj.exe');
    expect(printable('\u2066x\u2069\u200f')).toBe('\\u2066x\\u2069\\u200f');
  });

  it('leaves ordinary text alone, in any script', () => {
    for (const text of ['web-01', 'Tên máy chủ', 'שרת', 'palvelin 😀', 'a  b']) expect(printable(text)).toBe(text);
  });
});

describe('printableLines', () => {
  it('keeps line feeds and escapes the rest', () => {
    expect(printableLines('one\ntwo\u001b[K\r')).toBe('one\ntwo\\u001b[K\\u000d');
  });
});

describe('printableJson', () => {
  it('escapes what JSON.stringify leaves raw, so the text parses to the same value', () => {
    const value = { name: 'x\u009b2J\u202e\u007f', esc: '\u001b[2J' };
    const json = printableJson(JSON.stringify(value));
    // eslint-disable-next-line no-control-regex -- the test looks for raw control characters
    expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
