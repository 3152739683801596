// Questions on the terminal: y/N confirmations, the typed name for deleting a server, and the
// token typed without echo. Also the first line of a piped stdin (--token-stdin).
import { VpsError, appError } from '@shared/errors';
import type { CliInput, CliIo } from './io';
import { printableLines } from './printable';
import { UsageError } from './usage-error';

const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const BACKSPACE = new Set(['\u007f', '\b']);

export const CANCELLED = 'Cancelled; nothing was changed.';

/** The first line of the stream (without its line ending), or what there is before it ends. */
export function readLine(input: CliInput): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const finish = (line: string, rest: string): void => {
      input.off('data', onData);
      input.off('end', onEnd);
      input.off('error', onError);
      input.pause();
      if (rest !== '') input.unshift(Buffer.from(rest, 'utf8'));
      resolve(line.replace(/\r$/, ''));
    };
    const onData = (chunk: Buffer | string): void => {
      text += chunk.toString();
      const newline = text.indexOf('\n');
      if (newline !== -1) finish(text.slice(0, newline), text.slice(newline + 1));
    };
    const onEnd = (): void => finish(text, '');
    const onError = (error: Error): void => {
      input.off('data', onData);
      input.off('end', onEnd);
      reject(error);
    };
    input.on('data', onData);
    input.once('end', onEnd);
    input.once('error', onError);
    input.resume();
  });
}

/** A line typed on the terminal with nothing echoed (raw mode); Ctrl-C cancels. */
export function readHidden(io: CliIo, question: string): Promise<string> {
  const input = io.stdin;
  io.stderr.write(printableLines(question));
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (): void => {
      input.off('data', onData);
      input.setRawMode?.(false);
      input.pause();
      io.stderr.write('\n');
    };
    const onData = (chunk: Buffer | string): void => {
      for (const char of chunk.toString()) {
        if (char === CTRL_C) {
          done();
          reject(new VpsError(appError('cancelled', CANCELLED)));
          return;
        }
        if (char === '\r' || char === '\n' || char === CTRL_D) {
          done();
          resolve(typed);
          return;
        }
        if (BACKSPACE.has(char)) typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    input.setRawMode?.(true);
    input.on('data', onData);
    input.resume();
  });
}

/** Asks a yes/no question on the terminal; only "y" or "yes" is a yes. */
export async function askYesNo(io: CliIo, question: string): Promise<boolean> {
  io.stderr.write(`${printableLines(question)} [y/N] `);
  const answer = (await readLine(io.stdin)).trim().toLowerCase();
  return answer === 'y' || answer === 'yes';
}

/**
 * Whether a destructive command must still ask: not with --yes; on a terminal, yes; without a
 * terminal it cannot ask, so it stops before anything is sent.
 */
export function mustAsk(io: CliIo, yes: boolean, command: string): boolean {
  if (yes) return false;
  if (io.stdin.isTTY !== true) throw new UsageError(`${command} needs --yes when not run from a terminal`);
  return true;
}

/** Asks, and stops the command unless the answer is yes. */
export async function confirmOrCancel(io: CliIo, question: string): Promise<void> {
  if (!(await askYesNo(io, question))) throw new VpsError(appError('cancelled', CANCELLED));
}

/** Asks for a name to be typed back, for actions that cannot be undone. */
export async function confirmByTyping(io: CliIo, question: string, expected: string): Promise<void> {
  io.stderr.write(`${printableLines(question)} `);
  const typed = (await readLine(io.stdin)).trim();
  if (typed !== expected) throw new VpsError(appError('cancelled', CANCELLED));
}
