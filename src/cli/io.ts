// What the command reads and writes, passed in so that main() runs the same in a terminal and
// in a unit test with streams of its own.
import type { Readable } from 'node:stream';

export interface CliInput extends Readable {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

export interface CliOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
  stdin: CliInput;
  env: Record<string, string | undefined>;
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // Opened on first use: setting up stdin takes milliseconds that most commands never need.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
  };
}
