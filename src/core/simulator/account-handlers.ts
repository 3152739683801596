// /api/v1/account/me/: the account and the calling token, for any valid token.
import type { AccountMe } from '@shared/api-types';
import type { Handler } from './handler-types';
import { jsonResponse } from './respond';
import { isoDate, isoTime } from './views';

export const accountMe: Handler = (ctx) => {
  const { account } = ctx.state;
  const { token } = ctx;
  const body: AccountMe = {
    account: {
      email: account.email,
      first_name: account.first_name,
      last_name: account.last_name,
      company_name: account.company_name,
      created_at: isoDate(account.createdAt),
    },
    token: {
      name: token.name,
      permissions: [...token.permissions],
      created_at: isoTime(token.createdAt),
      last_used_at: token.lastUsedAt === null ? null : isoTime(token.lastUsedAt),
      expires_at: token.expiresAt === null ? null : isoTime(token.expiresAt),
      is_expired: token.expiresAt !== null && token.expiresAt <= ctx.now,
    },
  };
  return jsonResponse(200, body);
};
