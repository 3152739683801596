// A desktop notification as the services ask for it; the shell shows it, and a click opens the
// window at `target`. Its texts carry server names and the server's own error words, and some
// desktops read a notification body as markup (libnotify takes <b>, <a href>, <img>): so what
// is shown is plain text, on one line, cut to a length a notification can hold.
import type { WindowTarget } from '@shared/ipc-contract';

export interface AppNotification {
  title: string;
  body: string;
  target?: WindowTarget;
}

export const NOTIFICATION_LIMITS = { title: 80, body: 240 } as const;

// Markup tags and terminal escape sequences first; then what could still start markup or an
// entity, and every control character.
const TAG = /<[^<>]*>/g;
// eslint-disable-next-line no-control-regex -- an escape sequence starts with the ESC character
const ESCAPE_SEQUENCE = /(\u001b\[|\u009b)[0-?]*[ -/]*[@-~]/g;
const MARKUP_CHARS: Record<string, string> = { '<': '‹', '>': '›', '&': '＆' };
// eslint-disable-next-line no-control-regex -- control characters are what is being removed
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function plain(text: string, max: number): string {
  const flat = text
    .replace(TAG, ' ')
    .replace(ESCAPE_SEQUENCE, '')
    .replace(/[<>&]/g, (char) => MARKUP_CHARS[char] ?? '')
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** The notification with a plain, short title and body. */
export function plainNotification(notification: AppNotification): AppNotification {
  return {
    ...notification,
    title: plain(notification.title, NOTIFICATION_LIMITS.title),
    body: plain(notification.body, NOTIFICATION_LIMITS.body),
  };
}
