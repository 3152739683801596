// In-memory terminals for tests that run main() or the prompts in this process.
import { PassThrough } from 'node:stream';
import type { CliInput, CliIo } from '../io';

export interface TestIo extends CliIo {
  stdin: PassThrough & CliInput;
  out(): string;
  err(): string;
  /** Every setRawMode call, in order. */
  rawModes: boolean[];
}

/** `tty`: stdin and stderr are a terminal, as when someone types the command. */
export function testIo(opts: { tty?: boolean; env?: Record<string, string | undefined> } = {}): TestIo {
  let out = '';
  let err = '';
  const rawModes: boolean[] = [];
  const stdin = new PassThrough() as PassThrough & CliInput;
  if (opts.tty) {
    stdin.isTTY = true;
    stdin.setRawMode = (mode: boolean) => rawModes.push(mode);
  }
  return {
    stdin,
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text), isTTY: opts.tty === true },
    env: opts.env ?? {},
    out: () => out,
    err: () => err,
    rawModes,
  };
}
