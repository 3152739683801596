// The one entry for IPC commands: the channel must be a known `vps:` command, the input must
// pass that command's schema, and the answer is always a Result — an AppError with a sentence
// on failure, never a stack and never a token.
import * as v from 'valibot';
import { appError } from '@shared/errors';
import { CHANNEL_PREFIX, COMMANDS, type CommandHandlers, type CommandName, type Result } from '@shared/ipc-contract';
import { invalidInput } from '@shared/invalid-input';
import { commandFailure } from '../command-failure';

export type Dispatch = (channel: string, rawInput: unknown) => Promise<Result<unknown>>;

const UNKNOWN_COMMAND: Result<never> = {
  ok: false,
  error: appError('invalid_input', 'VPS Tray does not know this command. Restart the app if this keeps happening.'),
};

function commandOf(channel: string): CommandName | null {
  if (!channel.startsWith(CHANNEL_PREFIX)) return null;
  const name = channel.slice(CHANNEL_PREFIX.length);
  return Object.hasOwn(COMMANDS, name) ? (name as CommandName) : null;
}

export function createDispatcher(handlers: CommandHandlers): Dispatch {
  return async (channel, rawInput) => {
    const name = typeof channel === 'string' ? commandOf(channel) : null;
    if (name === null) return UNKNOWN_COMMAND;
    const parsed = v.safeParse(COMMANDS[name].input, rawInput);
    if (!parsed.success) return { ok: false, error: commandFailure(invalidInput(parsed.issues)) };
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    try {
      return { ok: true, value: await handler(parsed.output) };
    } catch (error) {
      return { ok: false, error: commandFailure(error) };
    }
  };
}
