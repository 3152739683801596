// VPS.org tokens all start with `vps_`. Anything that may end up in a message or a log line
// goes through here, because a server (or a user pasting into the wrong field) can echo one back.
const TOKEN_PATTERN = /vps_[A-Za-z0-9_-]+/g;

export const REDACTED_TOKEN = 'vps_…redacted';

export function redactSecrets(text: string): string {
  return text.includes('vps_') ? text.replace(TOKEN_PATTERN, REDACTED_TOKEN) : text;
}
