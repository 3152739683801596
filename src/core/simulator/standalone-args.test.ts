import { describe, expect, it } from 'vitest';
import { parseStandaloneArgs } from './standalone-args';

describe('parseStandaloneArgs', () => {
  it('defaults to any free port and whole lists', () => {
    expect(parseStandaloneArgs([])).toEqual({ port: 0, pageSize: null });
  });

  it('reads --port and --page-size', () => {
    expect(parseStandaloneArgs(['--port', '8787', '--page-size', '25'])).toEqual({ port: 8787, pageSize: 25 });
    expect(parseStandaloneArgs(['--port=9000'])).toEqual({ port: 9000, pageSize: null });
  });

  it.each([[['--port', 'abc']], [['--port', '70000']], [['--page-size', '0']], [['--page-size', '-3']], [['--verbose']]])('explains what is wrong with %j', (argv) => {
    expect(parseStandaloneArgs(argv)).toEqual({ error: expect.any(String) });
  });
});
