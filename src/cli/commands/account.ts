// What vps account does (its words are in table/account.ts).
import type { CommandRun } from '../command-spec';
import type { CliContext } from '../context';
import { accountDetails } from '../text-views';

export const RUNS = {
  async account(ctx) {
    const me = await (await ctx.client()).account.me();
    return { json: me, ids: [me.account.email], text: accountDetails(me, new Date(ctx.now())) };
  },
} satisfies Record<string, CommandRun<CliContext>>;
