import { describe, expect, it } from 'vitest';
import { details, render, table } from './output';

describe('table', () => {
  it('aligns columns to their widest cell without trailing blanks', () => {
    expect(table(['ID', 'NAME', 'STATUS'], [['1', 'web-01', 'active'], ['12345', 'db', '']])).toBe(
      ['ID     NAME    STATUS', '1      web-01  active', '12345  db'].join('\n'),
    );
  });
});

describe('details', () => {
  it('aligns the values and leaves out what is not known', () => {
    expect(details([['Name', 'web-01'], ['IPv6', undefined], ['Hostname', 'web01.example.com']])).toBe(
      ['Name:      web-01', 'Hostname:  web01.example.com'].join('\n'),
    );
  });
});

describe('render', () => {
  const result = { text: 'two servers', json: [{ id: 1 }, { id: 2 }], ids: [1, 2] };

  it('prints the text, the JSON or the ids, by mode', () => {
    expect(render(result, 'text')).toBe('two servers\n');
    expect(JSON.parse(render(result, 'json'))).toEqual([{ id: 1 }, { id: 2 }]);
    expect(render(result, 'quiet')).toBe('1\n2\n');
  });

  it('prints nothing for a part the command does not have', () => {
    expect(render({ text: 'Deleted web-01.', ids: [7] }, 'json')).toBe('');
    expect(render({ text: 'Logged out.' }, 'quiet')).toBe('');
  });
});
