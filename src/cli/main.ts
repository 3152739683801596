// `vps`: parse the command line, run the command, print its result, and say how it went in
// the exit code: 0 done, 1 the API or the network said no, 2 the command was mistyped.
import { isAppError, type AppError } from '@shared/errors';
import { redactSecrets } from '../core/api/redact';
import { parseCommandLine, type ParsedCommandLine } from './args';
import type { CommandSpec } from './command-spec';
import { COMMANDS } from './command-table';
import type { CliDeps } from './context';
import { usageLine } from './help';
import type { CliIo } from './io';
import { outputMode, render } from './output';
import { UsageError } from './usage-error';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

const LOGIN_HINT = 'hint: run `vps auth login` to save a new token, or set VPS_TOKEN.';

export async function main(argv: readonly string[], io: CliIo, deps: CliDeps = {}): Promise<number> {
  let parsed: ParsedCommandLine;
  try {
    parsed = parseCommandLine(argv, COMMANDS);
  } catch (error) {
    return report(io, error, undefined);
  }
  if (parsed.kind === 'help') {
    io.stdout.write(`${parsed.text}\n`);
    return EXIT_OK;
  }
  const { spec, args, globals } = parsed;
  if (spec.local) {
    try {
      const run = await spec.load();
      io.stdout.write(render(await run({ io, globals, commands: COMMANDS }, args), outputMode(globals)));
      return EXIT_OK;
    } catch (error) {
      return report(io, error, spec);
    }
  }
  // The context brings the HTTP client, the keychain and the schemas: loaded only for commands that use them.
  const { createContext } = await import('./context');
  const ctx = createContext(io, globals, deps);
  try {
    const run = await spec.load();
    io.stdout.write(render(await run(ctx, args), ctx.mode));
    return EXIT_OK;
  } catch (error) {
    return report(io, error, spec);
  } finally {
    await ctx.close();
  }
}

/** Writes the error on stderr and returns the exit code for it. */
function report(io: CliIo, error: unknown, spec: CommandSpec | undefined): number {
  if (error instanceof UsageError) {
    const hint = error.hint ?? (spec === undefined ? 'Run "vps --help" to see the commands.' : `usage: ${usageLine(spec)}`);
    io.stderr.write(`error: ${redactSecrets(error.message)}\n${hint}\n`);
    return EXIT_USAGE;
  }
  const failure: AppError = isAppError(error)
    ? error
    : { kind: 'server', message: `vps stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}` };
  io.stderr.write(`error: ${redactSecrets(failure.message)}\n`);
  // A login that fails needs no advice to log in.
  const loggingIn = spec?.path.join(' ') === 'auth login';
  if (failure.kind === 'unauthorized' && !loggingIn && !failure.message.includes('vps auth login')) io.stderr.write(`${LOGIN_HINT}\n`);
  return failure.kind === 'invalid_input' ? EXIT_USAGE : EXIT_FAILED;
}
