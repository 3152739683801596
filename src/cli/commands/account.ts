// vps account: who the token belongs to, what it may do, and until when.
import type { CommandSpec } from '../command-spec';
import { accountDetails } from '../text-views';

export const ACCOUNT_COMMANDS: CommandSpec[] = [
  {
    path: ['account'],
    usage: '',
    summary: 'Show the account, the token’s name, its permissions and when it expires.',
    async run(ctx) {
      const me = await (await ctx.client()).account.me();
      return { json: me, ids: [me.account.email], text: accountDetails(me, new Date(ctx.now())) };
    },
  },
];
