// VPS.org tokens are `vps_` followed by letters, digits, `_` and `-`. The app accepts no other
// token (isTokenShaped), so the pattern that redacts covers every token it can hold. Anything
// that may end up in a message or a log line goes through redactSecrets, because a server (or a
// user pasting into the wrong field) can echo one back; the exact tokens this process has sent
// are redacted too, in case one comes back in a form the pattern does not match whole.
import { toAppError, type AppError } from '@shared/errors';

const TOKEN_BODY = '[A-Za-z0-9_-]+';
const TOKEN_SHAPE = new RegExp(`^vps_${TOKEN_BODY}$`);
const TOKEN_PATTERN = new RegExp(`vps_${TOKEN_BODY}`, 'g');

export const REDACTED_TOKEN = 'vps_…redacted';

/** Tokens this process has put in an Authorization header. */
const tokensInUse = new Set<string>();

/** True for a token in the one alphabet the app accepts and redacts. */
export function isTokenShaped(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

/** Called by the request core with every token it sends, so its exact value is redacted everywhere. */
export function rememberToken(token: string): void {
  if (token !== '') tokensInUse.add(token);
}

export function redactSecrets(text: string): string {
  let clean = text;
  for (const token of tokensInUse) if (clean.includes(token)) clean = clean.split(token).join(REDACTED_TOKEN);
  return clean.includes('vps_') ? clean.replace(TOKEN_PATTERN, REDACTED_TOKEN) : clean;
}

/** Whatever was thrown, as an AppError whose every text field is safe to show and log. */
export function redactedError(error: unknown): AppError {
  const failure = { ...toAppError(error) };
  failure.message = redactSecrets(failure.message);
  if (failure.field !== undefined) failure.field = redactSecrets(failure.field);
  if (failure.permission !== undefined) failure.permission = redactSecrets(failure.permission);
  if (failure.code !== undefined) failure.code = redactSecrets(failure.code);
  return failure;
}
