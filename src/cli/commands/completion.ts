// What vps completion and its helper vps __complete do (their words are in table/completion.ts).
import { NAME_KINDS, type CommandRun, type LocalContext } from '../command-spec';
import { storeFile } from '../../core/store/paths';
import { cachedNames } from '../completion/cached-names';
import { completionScript } from '../completion/script';
import { SHELLS } from '../completion/shells';

export const RUNS = {
  async completion(ctx, args) {
    return { text: completionScript(args.argChoice(0, 'SHELL', SHELLS), ctx.commands) };
  },

  async names(ctx, args) {
    const names = cachedNames(storeFile(ctx.io.env), args.argChoice(0, 'KIND', NAME_KINDS), ctx.globals.profile);
    return { json: names, ids: names, text: names.join('\n') };
  },
} satisfies Record<string, CommandRun<LocalContext>>;
